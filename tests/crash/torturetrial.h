#pragma once

// One trial of the torture harness: GUI-like processes, plenum-cli lanes and a sqlite3 lane work
// on one knowledge base while random SIGKILLs hit any of them; then the checks of torturecheck.h.

#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace torture {

struct Config {
    QString cli; ///< plenum-cli
    QString guiLike; ///< torture_gui
    QString gui; ///< the real GUI (plenum), run offscreen; empty: left out
    QString sqlite3; ///< the stock sqlite3 tool; empty: left out
    QString base; ///< the prepared knowledge base every trial starts from (index files beside it)
    int cliLanes = 3;
    int runMs = 1500; ///< how long processes are started in a trial
    int killEveryMs = 400; ///< mean time between SIGKILLs
};

/// What a trial did and what went wrong.
struct TrialResult {
    int processes = 0;
    int killed = 0;
    int commits = 0; ///< items logged as committed
    int edits = 0; ///< note and alias edits logged as committed
    int lockedAfterWait = 0; ///< "locked" errors after waiting at least the busy timeout (allowed)
    QString indexState; ///< what `plenum-cli check` said of the index at the end
    QMap<QString, QStringList> failures; ///< category → one sentence each
};

/// Runs trial number TRIAL of the run seeded SEED in DIR (a fresh folder).
TrialResult runTrial(const Config &config, const QString &dir, std::uint32_t seed, int trial);

/// The seed knowledge base's fixed content: the notes each lane edits and the concepts whose alias
/// the sqlite3 lane edits, as a plenum-kb file.
QByteArray seedRecords(int cliLanes);

/// The concept whose alias the sqlite3 lane edits, and the alias it starts with.
inline const char *const kAliasConcept = "torture-concept";
inline const char *const kSeedAlias = "zqseedaliasx";

} // namespace torture

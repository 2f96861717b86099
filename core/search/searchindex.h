#pragma once

#include "model/item.h"
#include "model/progress.h"
#include "search/aliaskeys.h"
#include "search/indexsource.h"
#include "search/queryparser.h"
#include "search/searchtokenizer.h"
#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <set>

namespace plenum::core::search {

struct PhraseHelper;
class SearchRun;

class ImpactWriter;
class NameWriter;

/// What a search returns and how.
struct SearchOptions {
    int limit = 50; ///< hits to return (0: none, for counts and facets only)
    int offset = 0; ///< hits to skip, for paging
    bool expandAliases = true; ///< also search the other names of items the query names
    bool facets = true; ///< count matches by type, Central Committee term and year
    bool count = true; ///< count all matches (always done when facets are on)
    std::optional<ItemType> type; ///< only this type (like type: in the query)
    QString markOpen = QStringLiteral("\u0002"); ///< inserted before each highlighted match
    QString markClose = QStringLiteral("\u0003"); ///< inserted after each highlighted match
    int snippetChars = 120; ///< snippet length in characters, marks not counted (about)
    /// Queries that can match at most this many rows score every match in one walk instead of
    /// ranking block by block (the result is the same; tests lower it to cover both ways).
    std::int64_t scoreAllBelow = 20000;
    /// A later page of the query ranked last, with the index unchanged, continues that ranking
    /// (RankState::pageRanked); off, every search ranks again (the benchmark times ranking so).
    bool reusePages = true;
    /// Queries that can match at most this many rows highlight their page in one walk of their
    /// matches instead of looking each hit up (the same snippets; tests change it to cover both).
    std::int64_t highlightWalkBelow = 5000;
    /// Match, rank and count Chinese words without the last character the query tokenizer adds
    /// after their last bigram (RankState::matchOnly: same rows, same scores, less to read); off
    /// only to compare both ways (tests, the benchmark).
    bool matchWithoutTail = true;
    /// Phrase postings (postings.h, ADR 0028): Reuse ranks and counts a query from the postings of
    /// its phrases when this connection holds them all (holdPostings() reads them); Always reads
    /// them for every query that would otherwise score every match, and uses them for any query
    /// (tests); Off never uses them (comparisons).
    enum class Postings { Off, Reuse, Always };
    Postings postings = Postings::Reuse;
    /// Walks of many matches take each row's length from the lengths kept with the index, read
    /// once per state of it; false looks each row up in FTS5's docsize table (comparisons).
    bool heldLengths = true;
    /// The postings of names and aliases kept with the index (search_names, ADR 0031) are held
    /// for the phrases of a search that has them, instead of walking FTS5; off to compare (tests,
    /// the benchmark).
    bool storedNames = true;
    /// Phrase postings read by two connections at once come in pieces of about this many rows,
    /// cut by row id (postingsPieces()); tests lower it to cut small knowledge bases too.
    std::int64_t pieceRows = 16000;
};

/// One result row.
struct SearchHit {
    QString id;
    ItemType type = ItemType::Statement;
    QString title; ///< name or title; for statements the start of the text
    QString snippet; ///< text around the matches, matches wrapped in the chosen marks
    double score = 0; ///< relevance, higher is better (negated bm25 with field weights)
    bool linked = false; ///< listed because it links to SearchResults::linkedTo, without a text match
};

/// One facet value with its number of matches.
struct FacetCount {
    QString key; ///< "statement", "18" (Central Committee term), "2013"
    std::int64_t count = 0;
};

struct SearchResults {
    ParsedQuery query; ///< what the text was parsed into, with the expansions used
    QList<SearchHit> hits;
    std::int64_t total = -1; ///< all matches (-1 when not counted)
    bool exactRanking = true; ///< always true: hits are ranked exactly (kept for the CLI's JSON)
    /// The milestone the whole query names (its name or an alias): the items linking to it that do
    /// not match the text follow the text matches (newest first, SearchHit::linked) and count in
    /// total and facets. Empty for other queries and when alias expansion is off.
    QString linkedTo;
    QList<FacetCount> byType; ///< in kAllItemTypes order, non-zero only
    QList<FacetCount> byTerm; ///< Central Committee term, ascending; items with none are left out
    QList<FacetCount> byYear; ///< ascending; items without a date are left out
};

/// How open() found the index.
enum class IndexState { UpToDate, CaughtUp, Rebuilt };

/// The full-text index of a knowledge base, kept in a separate derived file (indexPath()) that
/// catches up with the knowledge base's change journal and is rebuilt when missing, damaged or
/// stale, or when the knowledge base was replaced by another copy. One object per thread: it owns
/// its own connection. Any number of connections, in this process and others, may share the file:
/// one catches up at a time (under the index file's write lock) while the others wait for it, or
/// search what it last committed. interrupt() may be called from any thread.
class SearchIndex {
public:
    /// Bumped whenever the tokenizer or the index layout changes; an older index is rebuilt.
    static constexpr int kVersion = 8;
    /// open() waits this many busy timeouts for another connection building the index.
    static constexpr int kBuildWaitRounds = 24;

    /// The index file of the knowledge base at KB_PATH: "<kb>.search.sqlite".
    static QString indexPath(const QString &kbPath);

    /// Opens (creating, repairing or catching up as needed) the index of the knowledge base at
    /// KB_PATH, which must exist and be migrated. PROGRESS sees rebuilds and catch-ups.
    static std::unique_ptr<SearchIndex> open(const QString &kbPath, const Progress &progress = {});

    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;
    ~SearchIndex();

    /// How open() found the index.
    [[nodiscard]] IndexState openedState() const noexcept { return m_state; }
    /// Applies the knowledge base's changes since the last call; returns how many items were reindexed.
    std::int64_t catchUp(const Progress &progress = {});
    /// Rebuilds the whole index from the knowledge base.
    void rebuild(const Progress &progress = {});
    /// Items in the index.
    [[nodiscard]] std::int64_t itemCount();
    /// Checks the index against itself (SQLite and FTS5 integrity checks) and against the knowledge
    /// base: every item indexed once with the text, aliases, type, term, year and language it has
    /// now, no rows of items that are gone, journal caught up with the same knowledge base. Returns
    /// the problems found, one sentence each.
    [[nodiscard]] QStringList verify();
    /// PRAGMA synchronous of the index connection: NORMAL (1) except while a rebuild runs.
    [[nodiscard]] int synchronousMode();

    /// Parses TEXT (see parseQuery) and returns ranked hits with snippets and, when asked, counts
    /// and facets. Catches up with the knowledge base first. Throws Error Cancelled when interrupted.
    [[nodiscard]] SearchResults search(const QString &text, const SearchOptions &options = {});
    /// Parses TEXT with this knowledge base's aliases, without searching.
    [[nodiscard]] ParsedQuery parse(const QString &text, bool expandAliases = true);

    /// Reads what every search of many matches needs (the row lengths of this state of the index),
    /// so that the first search does not wait for it: the app calls it when it opens a knowledge
    /// base, on the search thread. Changes nothing.
    void warmUp();

    /// Reads the phrase postings of TEXT's phrases (postings.h) that this connection does not hold
    /// yet, when they fit in its cache, so that the next searches using them (the query refined
    /// by another word, its next pages, its counts) rank from memory. The GUI calls it after a
    /// search, while the user reads. Returns the rows read; throws Error Cancelled when interrupted.
    /// KEEP_GOING, when set, is asked before each phrase is read; false stops with Cancelled.
    std::int64_t holdPostings(
        const QString &text, bool expandAliases = true, const std::function<bool()> &keepGoing = {});
    /// Reads what the search of TEXT would read first, before it is asked for: the postings of a
    /// word with its aliases, which its first search reads whole (SearchRun::readFirst()); other
    /// queries read nothing, since their first search walks less than their postings hold. The GUI
    /// calls it as the user types, so that the search after the pause ranks from memory. Returns
    /// the rows read; KEEP_GOING as in holdPostings().
    std::int64_t readFirst(const QString &text, bool expandAliases = true, const std::function<bool()> &keepGoing = {});
    /// Rows of phrase postings this connection holds.
    [[nodiscard]] std::int64_t heldPostingRows() const;

    /// Drops what earlier searches kept on this connection (phrase postings, phrase frequencies,
    /// the last ranked page): their memory comes back, and the next search costs what the first
    /// one after a change to the index does (the benchmark's "first search" column).
    void forgetCaches();

    /// Makes a search running on another thread stop with Error Cancelled. Safe from any thread.
    void interrupt();

private:
    // A read transaction with a SearchRun of TEXT given to READ; the rows of postings it added.
    std::int64_t readPostingsOf(const QString &text, bool expandAliases, const std::function<void(SearchRun &)> &read);
    struct Journal;
    SearchIndex(Database db, QString kbPath);
    static std::unique_ptr<SearchIndex> openConnection(const QString &kbPath);
    static Database openFile(const QString &kbPath);
    PhraseHelper helper();
    void createSchema();
    void resetFile();
    [[nodiscard]] bool isBuilt();
    void reloadState();
    Journal journal();
    std::int64_t lastAppliedSeq();
    std::int64_t journalHead();
    bool needsRebuild(const Journal &j, std::int64_t changed);
    void rebuildLocked(const Progress &progress);
    void rebuildUnless(bool unlessBuilt, const Progress &progress);
    void applyChanges(const Journal &j, std::int64_t changed, const Progress &progress);
    double impactReference();
    void followAppended(const QByteArray &before, std::int64_t version, const std::vector<std::int64_t> &appended);
    void indexRows(Query &source, ImpactWriter &impacts, NameWriter &names, const Progress &progress,
        std::int64_t total, std::int64_t &done);
    double sampleAverageLength(Query &source);
    void removeEntity(const QString &id);
    std::int64_t deadRows();
    void loadCounters();
    void saveCounters(const Journal &j);
    QStringList verifyLocked(const Journal &j, const QSet<QString> &pending);
    QSet<QString> pendingEntities(std::int64_t applied);
    void verifyContent(QStringList &problems, const QSet<QString> &pending);

    Database m_db;
    QString m_kbPath;
    IndexState m_state = IndexState::UpToDate;
    AliasKeys m_aliases;
    Congresses m_congresses;
    std::int64_t m_serial = 0; // read and written only under the index's write lock
    std::set<int> m_typeTerms; // row ids' bits from the term up (type, term), for year-range scans
    std::int64_t m_dataVersion = -1; // PRAGMA data_version when the state above was loaded
    bool m_rebuiltByCatchUp = false; // the last catch-up rebuilt (another history, many changes)
    std::vector<std::int64_t> *m_appended = nullptr; // catchUp(): the rows applyChanges() appends
    RankState *m_rank = nullptr; // owned by m_db's connection
    // A second connection that reads phrase postings beside m_db (SearchRun::setHelper()),
    // opened by the first search; its handle is what interrupt() reaches from other threads.
    std::unique_ptr<SearchIndex> m_helper;
    std::atomic<sqlite3 *> m_helperHandle { nullptr };
};

} // namespace plenum::core::search

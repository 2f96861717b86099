#pragma once

#include "model/error.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace plenum::ui {

/// What the user is told when something fails.
struct ErrorReport {
    QString what; ///< the action that failed ("Cannot show cc18-3"), in the interface language
    QString message; ///< why, a sentence in the interface language
    QString detail; ///< core's own sentence (in the interface language when ui/coremessages.h knows it, else English),
                    ///< or empty
};

/// The sentence, in the interface language, that explains a failure of kind CODE.
[[nodiscard]] QString errorSentence(core::ErrorCode code);

/// The one way errors reach the user; tests substitute a recorder. Callers say what failed and
/// hand over the error; the reporter words it in the interface language and decides how to show it.
class ErrorReporter {
public:
    virtual ~ErrorReporter() = default;
    /// Tells the user that WHAT failed and why (MESSAGE, a sentence already in the interface language).
    void report(const QString &what, const QString &message);
    /// Tells the user that WHAT failed because of ERROR: the sentence for its code in the interface
    /// language, with core's own sentence as the detail (translated when coreMessageText() knows it).
    void report(const QString &what, const core::Error &error);
    /// Passes on a report worded already.
    void report(const ErrorReport &report) { show(report); }

private:
    virtual void show(const ErrorReport &report) = 0;
};

/// For work that repeats as the user types (searching, looking up a note's links): passes a
/// failure on to its target once; the same failure again is dropped until reset(), which the
/// owner calls when the work succeeds again.
class RepeatFilter final : public ErrorReporter {
public:
    explicit RepeatFilter(ErrorReporter &target);
    /// The next failure is passed on, even the same as the last.
    void reset() { m_last.reset(); }

private:
    void show(const ErrorReport &report) override;

    ErrorReporter &m_target;
    std::optional<ErrorReport> m_last;
};

/// Shows errors in a message box over PARENT (core's sentence under "Show Details…"). A report that
/// arrives while a box is open waits for it to close; the same report twice in a row is shown once.
class DialogErrorReporter final : public ErrorReporter {
public:
    explicit DialogErrorReporter(QWidget *parent);

private:
    void show(const ErrorReport &report) override;

    QWidget *m_parent;
    bool m_showing = false;
    QList<ErrorReport> m_waiting;
};

/// Keeps the reports it gets until release(), then passes them on, and every later one, to the
/// target it is given; discard() drops those kept. For a window built before its knowledge base is
/// known sound (app/gui/main.cpp): a damaged file is then not reported twice.
class HeldErrorReporter final : public ErrorReporter {
public:
    void release(std::unique_ptr<ErrorReporter> target);
    void discard() { m_kept.clear(); }

private:
    void show(const ErrorReport &report) override;

    std::unique_ptr<ErrorReporter> m_target;
    QList<ErrorReport> m_kept;
};

} // namespace plenum::ui

#pragma once

#include "model/error.h"
#include "model/progress.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace plenum::core {
class KnowledgeBase;
}

namespace plenum::ui {

/// Long work (import, export, reindex) on a worker thread with its own connection to the
/// knowledge base, a progress dialog with Cancel, and the outcome delivered on the GUI thread.
class TaskRunner final : public QObject {
    Q_OBJECT
public:
    /// The work: it gets its own open knowledge base and a progress callback that returns false
    /// once the user pressed Cancel. What it returns reaches DONE.
    using Work = std::function<QJsonObject(core::KnowledgeBase &kb, const core::Progress &progress)>;
    /// Called on the GUI thread: the result, or the error (Cancelled when the user stopped it).
    using Done = std::function<void(const std::optional<QJsonObject> &result, const std::optional<core::Error> &error)>;

    /// Starts WORK on the knowledge base at KB_PATH with a progress dialog titled LABEL over
    /// PARENT (shown only if the work takes longer than a moment). Returns at once.
    static void run(QWidget *parent, const QString &kbPath, const QString &label, Work work, Done done);

    /// Runs like run() but waits for the outcome (tests, and work the caller must finish first).
    static void runAndWait(QWidget *parent, const QString &kbPath, const QString &label, Work work, Done done);
};

} // namespace plenum::ui

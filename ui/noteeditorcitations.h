#pragma once

#include "export/cslengine.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <optional>

class QTimer;
template <typename T> class QFutureWatcher;

namespace plenum::ui {

/// The citations of a note in the chosen CSL style, for the editor's preview. The engine
/// (citeproc-js under node) takes a moment, so it runs on a worker thread a short pause after the
/// last request, and what it made is kept per style and set of citations: typing text around
/// citations never waits for it, and the preview shows the plain form until the rendering arrives.
class CitationRenderer final : public QObject {
    Q_OBJECT
public:
    /// What to render: the style name (an id or a .csl path), the cited references as CSL-JSON
    /// items ("id" is the citation key) and the clusters in reading order.
    struct Request {
        QString style;
        QJsonArray items;
        QList<QList<core::CslCite>> clusters;
    };

    /// Renders DELAY_MS after the last request that is not cached.
    explicit CitationRenderer(int delayMs = 300, QObject *parent = nullptr);
    ~CitationRenderer() override;

    /// What the engine made of REQUEST (each cluster's HTML and the reference list) when it was
    /// rendered before; otherwise nullopt, and a rendering is scheduled (ready() follows).
    [[nodiscard]] std::optional<core::CslRendering> rendered(const Request &request);
    /// Why the last rendering failed (the engine missing, a style refused), empty after a success.
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// Whether a rendering is waiting or running.
    [[nodiscard]] bool busy() const;

signals:
    /// A rendering arrived (or failed): ask rendered() again.
    void ready();

private:
    struct Outcome {
        QString key;
        core::CslRendering rendering;
        QString error;
    };
    void start();
    void finished();

    QTimer *m_delay;
    QFutureWatcher<Outcome> *m_watcher;
    Request m_pending;
    QString m_pendingKey;
    QHash<QString, core::CslRendering> m_cache;
    QString m_lastError;
    QString m_failedKey;
    bool m_running = false;
};

} // namespace plenum::ui

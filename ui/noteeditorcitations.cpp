#include "ui/noteeditorcitations.h"

#include "export/cslstyles.h"
#include "model/error.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace plenum::ui {

namespace {

constexpr qsizetype kMaxCached = 64;

// One key for one style and set of citations: the exact engine input.
QString cacheKey(const CitationRenderer::Request &request)
{
    QString key = request.style + QLatin1Char('\n')
        + QString::fromUtf8(QJsonDocument(request.items).toJson(QJsonDocument::Compact));
    for (const auto &cluster : request.clusters) {
        key += QLatin1Char('\n');
        for (const core::CslCite &c : cluster)
            key += QStringLiteral("%1|%2|%3|%4|%5;")
                       .arg(c.id, c.locator, c.label)
                       .arg(int(c.suppressAuthor))
                       .arg(int(c.authorOnly));
    }
    return key;
}

} // namespace

CitationRenderer::CitationRenderer(int delayMs, QObject *parent)
    : QObject(parent)
    , m_delay(new QTimer(this))
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(delayMs);
    connect(m_delay, &QTimer::timeout, this, &CitationRenderer::start);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &CitationRenderer::finished);
}

CitationRenderer::~CitationRenderer()
{
    // The worker touches nothing of ours, but the engine's node process should not outlive the editor.
    m_watcher->waitForFinished();
}

bool CitationRenderer::busy() const
{
    return m_delay->isActive() || m_running;
}

std::optional<core::CslRendering> CitationRenderer::rendered(const Request &request)
{
    const QString key = cacheKey(request);
    if (const auto hit = m_cache.constFind(key); hit != m_cache.cend())
        return *hit;
    if (key == m_failedKey)
        return std::nullopt; // asked again only when the citations or the style change
    if (key != m_pendingKey) {
        m_pending = request;
        m_pendingKey = key;
    }
    if (!m_running)
        m_delay->start(); // restarted by every keystroke that changes the citations
    return std::nullopt;
}

void CitationRenderer::start()
{
    if (m_pendingKey.isEmpty() || m_cache.contains(m_pendingKey) || m_running)
        return;
    m_running = true; // until finished() has taken the outcome
    auto promise = std::make_shared<QPromise<Outcome>>();
    promise->start();
    m_watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, request = m_pending, key = m_pendingKey] {
        Outcome outcome { key, {}, {} };
        try {
            outcome.rendering = core::renderCsl(core::resolveStyle(request.style), request.items, request.clusters);
        } catch (const core::Error &e) {
            outcome.error = e.message();
        } catch (const std::exception &e) {
            outcome.error = QString::fromLocal8Bit(e.what());
        }
        promise->addResult(outcome);
        promise->finish();
    });
}

void CitationRenderer::finished()
{
    m_running = false;
    const auto future = m_watcher->future();
    if (future.resultCount() > 0) {
        const Outcome outcome = future.result();
        m_lastError = outcome.error;
        m_failedKey = outcome.error.isEmpty() ? QString() : outcome.key;
        if (outcome.error.isEmpty()) {
            if (m_cache.size() >= kMaxCached)
                m_cache.clear();
            m_cache.insert(outcome.key, outcome.rendering);
        }
        if (outcome.key == m_pendingKey)
            m_pendingKey.clear();
    }
    if (!m_pendingKey.isEmpty())
        m_delay->start(); // the citations changed while the engine ran
    emit ready();
}

} // namespace plenum::ui

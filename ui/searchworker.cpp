#include "ui/searchworker.h"

#include "ui/guard.h"

namespace plenum::ui {

SearchWorker::SearchWorker(QString kbPath)
    : m_kbPath(std::move(kbPath))
{
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::supersede(quint64 serial)
{
    m_latest = serial;
    QMutexLocker lock(&m_mutex);
    if (m_index)
        m_index->interrupt();
}

void SearchWorker::openIndex()
{
    auto index = core::search::SearchIndex::open(m_kbPath, [this](std::int64_t done, std::int64_t total) {
        emit indexing(done, total);
        return !m_stopping;
    });
    QMutexLocker lock(&m_mutex);
    m_index = std::move(index);
}

bool SearchWorker::ensureIndex(quint64 serial)
{
    if (m_index)
        return true;
    try {
        openIndex();
        return true;
    } catch (const core::Error &e) {
        fail(serial, e);
    } catch (const std::exception &e) {
        fail(serial, unexpectedError(e));
    }
    return false;
}

void SearchWorker::prepare()
{
    if (m_latest > 0 || m_index)
        return;
    try {
        openIndex();
        m_index->warmUp();
    } catch (const std::exception &) {
        // Nothing is lost or hidden: the first search opens the index again and reports why not.
    }
}

void SearchWorker::readAhead(quint64 serial, const QString &text, bool expand)
{
    if (serial < m_latest || m_pagesQueued > 0)
        return;
    try {
        if (!m_index)
            openIndex();
        (void)m_index->readFirst(text, expand, [this, serial] { return serial >= m_latest; });
    } catch (const std::exception &) {
        // Only a head start: interrupted by a newer request, or failing where the search will
        // report what went wrong.
    }
}

qint64 SearchWorker::heldPostingRows() const
{
    return m_index ? m_index->heldPostingRows() : 0;
}

void SearchWorker::fail(quint64 serial, const core::Error &error)
{
    // An exception never leaves this thread's event loop: the GUI thread reports it.
    if (error.code() != core::ErrorCode::Cancelled && serial >= m_latest)
        emit failed(serial, static_cast<int>(error.code()), error.message());
}

void SearchWorker::search(
    quint64 serial, const QString &text, bool expand, const QString &type, bool facets, int offset)
{
    if (offset > 0 && m_pagesQueued > 0)
        --m_pagesQueued;
    if (serial < m_latest || !ensureIndex(serial))
        return;
    core::search::SearchOptions options;
    options.expandAliases = expand;
    options.facets = facets;
    options.count = facets;
    options.limit = facets ? 0 : kPage;
    options.offset = offset;
    options.type = core::typeFromName(type);
    try {
        const auto results = m_index->search(text, options);
        if (serial >= m_latest)
            emit finished(serial, facets, offset, results);
        // While the user reads, the query's phrase postings are read so that the next word typed,
        // the next page and the counts rank from memory; the next search interrupts it.
        // After a page too: the pages asked for stop it, and it goes on after the last of them.
        if ((facets || offset > 0) && serial >= m_latest && m_pagesQueued == 0)
            holdPostings(serial, text, expand);
    } catch (const core::Error &e) {
        fail(serial, e);
    } catch (const std::exception &e) {
        fail(serial, unexpectedError(e));
    }
}

void SearchWorker::holdPostings(quint64 serial, const QString &text, bool expand)
{
    try {
        (void)m_index->holdPostings(text, expand, [this, serial] { return serial >= m_latest && m_pagesQueued == 0; });
    } catch (const std::exception &) {
        // Only a head start: interrupted by the next search, or failing where that search will
        // report what went wrong.
    }
}

} // namespace plenum::ui

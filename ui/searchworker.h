#pragma once

#include "search/searchindex.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

namespace plenum::ui {

/// Runs searches on its own thread with its own index connection. Newer requests make older
/// ones pointless: they are skipped if still queued and interrupted if running.
class SearchWorker final : public QObject {
    Q_OBJECT
public:
    /// Hits per page.
    static constexpr int kPage = 100;

    explicit SearchWorker(QString kbPath);
    ~SearchWorker() override;

    /// Marks SERIAL as the newest request and stops a running search. Safe from any thread.
    void supersede(quint64 serial);
    /// Stops everything for good, an index build too (it rolls back): the window closes or opens
    /// another knowledge base. Safe from any thread.
    void stop()
    {
        m_stopping = true;
        supersede(m_latest + 1);
    }

public slots:
    /// Searches TEXT; FACETS asks for counts and facets (the slower second phase); OFFSET > 0
    /// asks for a further page of hits.
    /// A page of the current search is about to be asked for: reading postings ahead stops
    /// before its next phrase so that the page does not wait. Safe from any thread.
    void pageWanted() { ++m_pagesQueued; }
    void search(quint64 serial, const QString &text, bool expand, const QString &type, bool facets, int offset = 0);
    /// Opens the index (building or catching it up, with indexing()) and reads what the first
    /// search needs, before the user types; a search asked for meanwhile waits for it.
    void prepare();
    /// Reads what the search of TEXT will read first (SearchIndex::readFirst()) while the user
    /// pauses in typing; the search of the same SERIAL, queued behind, ranks from memory. A newer
    /// serial stops it. Reports nothing: the search reports what fails.
    void readAhead(quint64 serial, const QString &text, bool expand);

public:
    /// Rows of phrase postings the index holds (tests); on the worker's thread only.
    [[nodiscard]] qint64 heldPostingRows() const;

signals:
    void finished(quint64 serial, bool facets, int offset, const plenum::core::search::SearchResults &results);
    /// Search SERIAL failed with core::ErrorCode CODE and core's MESSAGE (Cancelled is never sent).
    void failed(quint64 serial, int code, const QString &message);
    /// The index is being built or caught up: DONE of TOTAL.
    void indexing(qint64 done, qint64 total);

private:
    void openIndex();
    bool ensureIndex(quint64 serial);
    void fail(quint64 serial, const core::Error &error);
    void holdPostings(quint64 serial, const QString &text, bool expand);

    QString m_kbPath;
    QMutex m_mutex; // guards m_index against interrupt() from the GUI thread
    std::unique_ptr<core::search::SearchIndex> m_index;
    std::atomic<quint64> m_latest { 0 };
    std::atomic<bool> m_stopping { false };
    std::atomic<int> m_pagesQueued { 0 }; // pages asked for and not started: reading ahead stops
};

} // namespace plenum::ui

Q_DECLARE_METATYPE(plenum::core::search::SearchResults)

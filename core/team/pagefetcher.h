#pragma once

#include "team/objectdata.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace plenum::core::team {

class PgConnection;

/// One object of a pull page as the server sent it (data unparsed).
struct RemoteObject {
    QString id, type;
    QByteArray data;
    std::int64_t version = 0;
    bool deleted = false;
};

/// One page of a pull as the fetcher hands it over: whole versions only, unless the page's one
/// version goes on in the next page (COMPLETE false).
struct PullPage {
    QList<RemoteObject> objects;
    /// Each live object read and checked (what validateRemote checks), in order; empty for deletes.
    std::vector<CheckedObject> checked;
    bool complete = true; ///< the page ends a version: a commit may follow it
};

/// Fetches a pull's pages on a thread of its own, one page ahead of the writer: while page N is
/// written, page N+1 is read from the server and checked. The connection belongs to the fetcher
/// until it is destroyed (which stops and joins the thread). A failure (the server, or an object
/// that fails its checks) is handed over in place of the page it stopped, and thrown by next().
class PageFetcher {
public:
    PageFetcher(PgConnection &conn, std::int64_t library, std::int64_t version, const QString &afterEntity);
    ~PageFetcher();
    PageFetcher(const PageFetcher &) = delete;
    PageFetcher &operator=(const PageFetcher &) = delete;

    /// The next page; nullopt at the end of the pull. Throws the fetch's or the checks' Error.
    std::optional<PullPage> next();

private:
    void run();
    bool fetchOne();

    PgConnection &m_conn;
    std::int64_t m_library, m_version;
    QString m_entity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PullPage> m_ready;
    std::exception_ptr m_error;
    bool m_done = false, m_stop = false;
    std::thread m_thread;
};

} // namespace plenum::core::team

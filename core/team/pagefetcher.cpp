#include "team/pagefetcher.h"

#include "model/error.h"
#include "team/pgconnection.h"

#include <QJsonDocument>

namespace plenum::core::team {

namespace {

// A page of the pull, from the start of a version or after an object within one: both keep to the
// index (library_id, version, entity_id). At most 2,000 objects and, past the first, 64 MB of
// data, so a page of large notes (or a hostile server's) cannot exhaust memory.
#define PLENUM_PULL_PAGE(condition)                                                                                    \
    "SELECT entity_id, type, data, version, deleted FROM (SELECT *, sum(coalesce(octet_length(data), 0)) "             \
    "OVER (ORDER BY version, entity_id ROWS UNBOUNDED PRECEDING) AS upto FROM (SELECT entity_id, type, "               \
    "data::text AS data, version, deleted FROM plenum.objects WHERE library_id = $1 AND " condition                    \
    " ORDER BY version, entity_id LIMIT 2000) page) sized "                                                            \
    "WHERE upto - coalesce(octet_length(data), 0) < 67108864 ORDER BY version, entity_id"
constexpr char kPullFromVersion[] = PLENUM_PULL_PAGE("version > $2 AND $3 = ''");
constexpr char kPullAfterEntity[] = PLENUM_PULL_PAGE("(version, entity_id) > ($2, $3)");
#undef PLENUM_PULL_PAGE

QList<RemoteObject> fetchBatch(PgConnection &conn, std::int64_t library, std::int64_t version, const QString &entity)
{
    const QList<std::optional<QByteArray>> params
        = { QByteArray::number(library), QByteArray::number(version), entity.toUtf8() };
    const PgResult res = entity.isEmpty() ? conn.exec(kPullFromVersion, params) : conn.exec(kPullAfterEntity, params);
    QList<RemoteObject> out;
    out.reserve(res.rows());
    for (int i = 0; i < res.rows(); ++i)
        out.append({ res.text(i, 0), res.text(i, 1), res.bytes(i, 2), res.integer(i, 3),
            res.text(i, 4) == QLatin1String("t") });
    return out;
}

/// How many objects at the start of BATCH make up whole versions: up to the first object of its
/// last version, or 0 when the batch holds one version only (which may go on in the next page).
qsizetype wholeVersions(const QList<RemoteObject> &batch)
{
    qsizetype start = batch.size() - 1;
    while (start > 0 && batch.at(start - 1).version == batch.back().version)
        --start;
    return start;
}

/// Whether LAST's version has objects after LAST on the server.
bool versionContinues(PgConnection &conn, std::int64_t library, const RemoteObject &last)
{
    const PgResult res = conn.exec("SELECT EXISTS (SELECT 1 FROM plenum.objects WHERE library_id = $1 AND version = $2 "
                                   "AND entity_id > $3)",
        { QByteArray::number(library), QByteArray::number(last.version), last.id.toUtf8() });
    return res.text(0, 0) == QLatin1String("t");
}

/// The checks every object from the server passes before anything of it is written.
std::vector<CheckedObject> checkObjects(const QList<RemoteObject> &objects)
{
    std::vector<CheckedObject> checked(static_cast<std::size_t>(objects.size()));
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const RemoteObject &r = objects.at(i);
        if (!isValidEntityId(r.id))
            throw Error(ErrorCode::InvalidData, QStringLiteral("The team server sent an object with an invalid ID."));
        if (r.deleted)
            continue;
        const QJsonObject data = QJsonDocument::fromJson(r.data).object();
        checkShape(r.id, r.type, data, r.data.size());
        checked[static_cast<std::size_t>(i)] = checkedObject(r.id, data);
    }
    return checked;
}

} // namespace

PageFetcher::PageFetcher(PgConnection &conn, std::int64_t library, std::int64_t version, const QString &afterEntity)
    : m_conn(conn)
    , m_library(library)
    , m_version(version)
    , m_entity(afterEntity)
    , m_thread([this] { run(); })
{
}

PageFetcher::~PageFetcher()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join(); // at most the page being fetched finishes
}

void PageFetcher::run()
{
    try {
        while (fetchOne()) { }
    } catch (...) {
        const std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
    }
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

bool PageFetcher::fetchOne()
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.empty(); }); // one page ahead, no more
        if (m_stop)
            return false;
    }
    PullPage page;
    page.objects = fetchBatch(m_conn, m_library, m_version, m_entity);
    if (page.objects.isEmpty())
        return false;
    const qsizetype whole = wholeVersions(page.objects);
    page.complete = whole > 0 || !versionContinues(m_conn, m_library, page.objects.back());
    if (whole > 0)
        page.objects.resize(whole);
    page.checked = checkObjects(page.objects);
    m_version = page.objects.back().version;
    m_entity = page.objects.back().id;
    {
        const std::lock_guard lock(m_mutex);
        m_ready.push_back(std::move(page));
    }
    m_changed.notify_all();
    return true;
}

std::optional<PullPage> PageFetcher::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (m_ready.empty()) {
        if (m_error)
            std::rethrow_exception(m_error);
        return std::nullopt;
    }
    PullPage page = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return page;
}

} // namespace plenum::core::team

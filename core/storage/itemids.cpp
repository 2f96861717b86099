#include "storage/itemids.h"

#include "storage/repository.h"

namespace plenum::core {

QString uniqueId(Repository &repo, const QString &base, QSet<QString> &reserved)
{
    QString id = base;
    for (int n = 2; reserved.contains(id) || repo.typeOf(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    reserved.insert(id);
    return id;
}

QString nextNumberedId(Repository &repo, const QString &prefix)
{
    auto q = repo.database().prepare(
        "SELECT coalesce(max(CAST(substr(id, ?2) AS INTEGER)), 0) + 1 FROM entities WHERE id GLOB ?1");
    q.bindAll(prefix + QStringLiteral("-[0-9]*"), static_cast<std::int64_t>(prefix.size() + 2));
    const qint64 next = q.next() ? q.integer(0) : 1;
    return QStringLiteral("%1-%2").arg(prefix).arg(next);
}

} // namespace plenum::core

#include "ui/kbimport.h"

#include "facade/knowledgebase.h"
#include "interchange/inputfile.h"
#include "interchange/kbimporter.h"
#include "model/cslitem.h"
#include "storage/backup.h"
#include "storage/repository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace plenum::ui {

namespace {

// A record's name as the knowledge base will show it: Chinese first in the Chinese interface.
QString recordTitle(const core::Item &item)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QStringList keys
        = { QStringLiteral("name_en"), QStringLiteral("title_en"), QStringLiteral("title"), QStringLiteral("text") };
    for (const QString &zh : { QStringLiteral("title_zh"), QStringLiteral("name_zh") })
        chinese ? keys.prepend(zh) : keys.append(zh);
    for (const QString &key : std::as_const(keys))
        if (const QString t = item.text(key).trimmed(); !t.isEmpty())
            return t.size() > 120 ? t.left(119) + QChar(0x2026) : t;
    const QString csl = core::csl::title(item.fields.value(QStringLiteral("csl")).toObject());
    return csl.isEmpty() ? item.id : csl;
}

int recordYear(const core::Item &item)
{
    for (const char *key : { "date", "start_date" })
        if (const QString d = item.text(QLatin1String(key)); d.size() >= 4)
            return d.left(4).toInt();
    if (const auto y = core::csl::year(item.fields.value(QStringLiteral("csl")).toObject()))
        return *y;
    return 0;
}

} // namespace

bool isKbFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("plenum-kb") || suffix == QLatin1String("jsonl");
}

QJsonObject importKbFile(core::KnowledgeBase &kb, const QString &path, bool dryRun, const core::Progress &progress)
{
    const QByteArray data = core::readInputFile(path);
    core::reportProgress(progress, 0, 1, "plenum-kb import");
    const QList<core::kb::Record> records = core::kb::parse(data, QFileInfo(path).fileName());
    if (!dryRun && !kb.isReadOnly()) // a merge can rewrite any item, whatever its size
        core::backup::create(kb.database(), QStringLiteral("before-merge"));
    const core::kb::ImportSummary summary = core::kb::importRecords(kb.repository(), records, dryRun, false, progress);
    const QSet<QString> added(summary.addedIds.cbegin(), summary.addedIds.cend());
    const QSet<QString> updated(summary.updatedIds.cbegin(), summary.updatedIds.cend());
    const QSet<QString> conflicts(summary.conflicts.cbegin(), summary.conflicts.cend());
    QJsonArray entries;
    for (const core::kb::Record &r : records) {
        const QString &id = r.item.id;
        const char *status = added.contains(id) ? "new"
            : updated.contains(id)              ? "updated"
            : conflicts.contains(id)            ? "conflict"
                                                : "unchanged";
        entries.append(QJsonObject { { QStringLiteral("line"), r.line }, { QStringLiteral("id"), id },
            { QStringLiteral("title"), recordTitle(r.item) }, { QStringLiteral("year"), recordYear(r.item) },
            { QStringLiteral("status"), QLatin1String(status) } });
    }
    return { { QStringLiteral("format"), QStringLiteral("plenum-kb") }, { QStringLiteral("file"), path },
        { QStringLiteral("read"), static_cast<int>(records.size()) }, { QStringLiteral("added"), summary.added },
        { QStringLiteral("updated"), summary.updated }, { QStringLiteral("unchanged"), summary.unchanged },
        { QStringLiteral("conflicts"), QJsonArray::fromStringList(summary.conflicts) },
        { QStringLiteral("dismissed"), QJsonArray::fromStringList(summary.dismissed) },
        { QStringLiteral("dry_run"), dryRun }, { QStringLiteral("entries"), entries } };
}

} // namespace plenum::ui

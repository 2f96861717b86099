#include "cli/searchcommands.h"

#include "cli/clicommands.h"
#include "facade/knowledgebase.h"
#include "search/searchindex.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plenum::cli {

namespace {

using core::Error;
using core::ErrorCode;
namespace search = core::search;

[[noreturn]] void usage(const QString &message)
{
    throw Error(ErrorCode::Usage, message);
}

QString takeValue(QStringList &args, const QString &option)
{
    const qsizetype i = args.indexOf(option);
    if (i < 0)
        return {};
    if (i + 1 >= args.size())
        usage(QStringLiteral("%1 needs a value.").arg(option));
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

// Progress on stderr, rewritten in place; a line of its own only when there is something to say.
core::Progress progressPrinter(QTextStream &err, const QString &what)
{
    return [&err, what](std::int64_t done, std::int64_t total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        err << '\r' << what << ": " << done << '/' << total << " (" << percent << "%)";
        if (done >= total)
            err << '\n';
        err.flush();
        return true;
    };
}

std::unique_ptr<search::SearchIndex> openIndex(const QString &dbPath, bool readOnly, QTextStream &err)
{
    // Opening the knowledge base first migrates it and refreshes the bundled content; read-only, it
    // only checks that it needs neither (the derived index is all that may be written).
    core::KnowledgeBase::open(dbPath, false, core::KnowledgeBase::Content::Bundled,
        readOnly ? core::KnowledgeBase::Access::ReadOnly : core::KnowledgeBase::Access::Auto);
    return search::SearchIndex::open(dbPath, progressPrinter(err, QStringLiteral("Indexing")));
}

QJsonObject facetJson(const QList<search::FacetCount> &facets)
{
    QJsonObject o;
    for (const auto &f : facets)
        o.insert(f.key, qint64(f.count));
    return o;
}

QString facetText(const QList<search::FacetCount> &facets, const QString &prefix = {})
{
    QStringList parts;
    for (const auto &f : facets)
        parts.append(QStringLiteral("%1%2 %3").arg(prefix, f.key).arg(f.count));
    return parts.join(QStringLiteral(", "));
}

} // namespace

int searchCommand(const QString &dbPath, bool json, bool readOnly, QStringList args, QTextStream &out, QTextStream &err)
{
    search::SearchOptions options;
    const bool noExpand = args.removeAll(QStringLiteral("--no-expand")) > 0;
    options.expandAliases = !noExpand;
    if (const QString type = takeValue(args, QStringLiteral("--type")); !type.isEmpty()) {
        options.type = core::typeFromName(type);
        if (!options.type)
            usage(QStringLiteral("Unknown item type \"%1\" for --type.").arg(type));
    }
    if (const QString limit = takeValue(args, QStringLiteral("--limit")); !limit.isEmpty()) {
        bool ok = false;
        options.limit = limit.toInt(&ok);
        if (!ok || options.limit < 0 || options.limit > 10000)
            usage(QStringLiteral("--limit needs a number from 0 to 10000, not \"%1\".").arg(limit));
    }
    for (const QString &a : std::as_const(args))
        if (a.startsWith(QLatin1String("--")))
            usage(QStringLiteral("Unknown option %1 for search.").arg(a));
    if (args.isEmpty())
        usage(QStringLiteral("search needs a query."));
    const QString text = args.join(QLatin1Char(' '));
    if (!json) {
        options.markOpen = QStringLiteral("«");
        options.markClose = QStringLiteral("»");
    }
    auto index = openIndex(dbPath, readOnly, err);
    const search::SearchResults r = index->search(text, options);

    if (json) {
        QJsonArray rows;
        for (const auto &h : r.hits)
            rows.append(
                QJsonObject { { QStringLiteral("id"), h.id }, { QStringLiteral("type"), core::typeName(h.type) },
                    { QStringLiteral("title"), h.title }, { QStringLiteral("snippet"), h.snippet },
                    { QStringLiteral("score"), h.score }, { QStringLiteral("linked"), h.linked } });
        QJsonArray expansions;
        for (const auto &e : r.query.expansions)
            expansions.append(
                QJsonObject { { QStringLiteral("matched"), e.matched }, { QStringLiteral("id"), e.entityId },
                    { QStringLiteral("added"), QJsonArray::fromStringList(e.added) } });
        const QJsonObject o { { QStringLiteral("query"), text }, { QStringLiteral("total"), qint64(r.total) },
            { QStringLiteral("exact_ranking"), r.exactRanking }, { QStringLiteral("results"), rows },
            { QStringLiteral("expansions"), expansions },
            { QStringLiteral("linked_to"), r.linkedTo.isEmpty() ? QJsonValue() : QJsonValue(r.linkedTo) },
            { QStringLiteral("ignored"), QJsonArray::fromStringList(r.query.ignored) },
            { QStringLiteral("facets"),
                QJsonObject { { QStringLiteral("type"), facetJson(r.byType) },
                    { QStringLiteral("term"), facetJson(r.byTerm) },
                    { QStringLiteral("year"), facetJson(r.byYear) } } } };
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Success;
    }
    out << QStringLiteral("%1 match%2 for %3\n").arg(r.total).arg(r.total == 1 ? "" : "es", text);
    for (const auto &e : r.query.expansions)
        out << QStringLiteral("Also searched for %1 (aliases of %2)\n")
                   .arg(e.added.join(QStringLiteral(", ")), e.entityId);
    if (!r.linkedTo.isEmpty())
        out << QStringLiteral("Also listing the items that link to %1\n").arg(r.linkedTo);
    if (!r.query.ignored.isEmpty())
        out << QStringLiteral("Ignored: %1\n").arg(r.query.ignored.join(QLatin1Char(' ')));
    if (!r.byType.isEmpty())
        out << QStringLiteral("By type: %1\n").arg(facetText(r.byType));
    if (!r.byTerm.isEmpty())
        out << QStringLiteral("By Central Committee: %1\n").arg(facetText(r.byTerm, QStringLiteral("CC")));
    if (!r.byYear.isEmpty())
        out << QStringLiteral("By year: %1\n").arg(facetText(r.byYear));
    for (const auto &h : r.hits) {
        out << QStringLiteral("\n%1  [%2]  %3%4\n")
                   .arg(h.id, core::typeName(h.type), h.title,
                       h.linked ? QStringLiteral("  (links to %1)").arg(r.linkedTo) : QString());
        out << QStringLiteral("    %1\n").arg(h.snippet.simplified());
    }
    return Success;
}

int reindexCommand(
    const QString &dbPath, bool json, bool readOnly, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty())
        usage(QStringLiteral("reindex takes no arguments, got %1.").arg(args.first()));
    auto index = openIndex(dbPath, readOnly, err);
    if (index->openedState() != search::IndexState::Rebuilt)
        index->rebuild(progressPrinter(err, QStringLiteral("Indexing")));
    const std::int64_t items = index->itemCount();
    const QString path = QFileInfo(search::SearchIndex::indexPath(dbPath)).absoluteFilePath();
    if (json)
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("path"), path }, { QStringLiteral("items"), qint64(items) } })
                .toJson(QJsonDocument::Indented));
    else
        out << QStringLiteral("Indexed %1 items into %2\n").arg(items).arg(path);
    return Success;
}

} // namespace plenum::cli

#include "cli/clicommands.h"

#include "cli/annotationcommand.h"
#include "cli/citecommands.h"
#include "cli/clicontext.h"
#include "cli/linkcommands.h"
#include "cli/maintenancecommands.h"
#include "cli/transfercommands.h"

#include "cli/searchcommands.h"
#include "cli/showcommand.h"
#include "cli/tagcommands.h"
#include "cli/teamcommands.h"
#include "cli/textoutput.h"
#include "export/exportfile.h"
#include "facade/knowledgebase.h"
#include "interchange/inputfile.h"
#include "interchange/kbformat.h"
#include "interchange/kbimporter.h"
#include "storage/backup.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>

namespace plenum::cli {

namespace {

using core::Error;
using core::ErrorCode;
using core::KnowledgeBase;

const char kUsage[]
    = "Usage: plenum-cli [--db PATH] [--json] COMMAND [ARGS]\n"
      "\n"
      "Commands:\n"
      "  init [--empty]              create the knowledge base (with the bundled content unless --empty),\n"
      "                              or bring the bundled content of an existing one up to date\n"
      "  stats                       count items and links\n"
      "  milestones                  list the Party congresses and plenums\n"
      "  show ID                     show one item with its links and backlinks (ID or alias)\n"
      "  export-kb FILE [--force]    write the knowledge base in the plenum-kb format\n"
      "  import-kb FILE [--dry-run]  merge a plenum-kb file into the knowledge base\n"
      "  link FILE [--doc ID]        list the milestones, concepts, references and citations a UTF-8 text mentions\n"
      "  relink [ID]                 rebuild the automatic links of one item, or of every statement, note and "
      "document\n"
      "  backlinks ID                list what links to an item, grouped by source type, with the sentence\n"
      "  mentions ID [--link]        list where an item is named without a link (--link: link them)\n"
      "  duplicates                  list references that are the same work (same DOI, or title, year and first "
      "author)\n"
      "  search QUERY [--type T] [--limit N] [--no-expand]\n"
      "                              full-text search (Chinese and English; \"phrases\", OR, -word,\n"
      "                              prefix*, type: milestone: concept: year: lang: filters)\n"
      "  reindex                     rebuild the search index (progress on stderr)\n"
      "  import FILE [--format paper|pdf|html|mhtml|docx|official|bibtex|ris|csljson] [--dry-run] [--link]\n"
      "                              import a paper (Markdown/text from PDF) or a bibliography;\n"
      "                              --dry-run prints the preview and writes nothing\n"
      "  export (--notes [IDS] | --refs [IDS] | --dossier ID) --format FMT --out FILE\n"
      "         [--style NAME|FILE.csl] [--pandoc] [--force]\n"
      "                              FMT: md, html, docx, odt, pdf (notes, dossier) or bibtex, ris, csljson;\n"
      "                              NAME: a CSL style id (see styles), or gbt7714 / apa\n"
      "  styles                      list the installed CSL styles (id, title, file)\n"
      "  cite KEY... [--style NAME|FILE.csl] [--locator \"p. 12\"]\n"
      "                              print the in-text citation and the reference-list entries\n"
      "  backup [FILE]               copy the knowledge base (default: a timestamped file in backups/ next to it)\n"
      "  backup --list               list the backups in backups/, newest first\n"
      "  backup --every HOURS [--keep N]\n"
      "                              set the backup schedule (0: off) and how many backups to keep\n"
      "  restore (FILE | --latest)   replace the knowledge base by a backup (the current file is backed up first)\n"
      "  check                       integrity and foreign-key checks; verify (and repair) the search index\n"
      "  tag ID [TAG...] [--remove TAG]...\n"
      "                              show an item's tags, add TAGs, remove others; tag --list: every tag\n"
      "  collections [show|create|delete NAME | add|remove NAME ID...]\n"
      "                              list the collections, show one, make, delete or fill one\n"
      "  annotations ID              the highlights and notes on the item's PDF (page, colour, text, comment)\n"
      "  team create URL --name N | team join URL [--password-file F]\n"
      "                              share the knowledge base as a team library on PostgreSQL, or join one\n"
      "  team sync | status | conflicts\n"
      "                              pull and push changes; show the state; list what both sides changed\n"
      "  team resolve ID FIELD (--local | --remote | --merged FILE)\n"
      "  team members [add NAME --role R --password-file F | remove NAME]\n"
      "\n"
      "Options:\n"
      "  --db PATH   knowledge base file (default: the per-user one the app uses)\n"
      "  --json      machine-readable output (see docs/cli.md)\n"
      "  --read-only open the knowledge base read-only (any change then fails)\n";

bool datesInDoubt(const core::Milestone &m)
{
    return m.verificationStatus == QLatin1String("unverified") || m.verificationStatus == QLatin1String("wrong")
        || m.verificationStatus == QLatin1String("partly_inconsistent");
}

// "2013-11-09 – 11-12", marked when the dates are not confirmed: never shown as plain fact.
QString milestoneDates(const core::Milestone &m)
{
    QString dates = !m.isDated()   ? QStringLiteral("dates unknown")
        : m.startDate == m.endDate ? m.startDate
                                   : m.startDate + QStringLiteral(" – ") + m.endDate.mid(5);
    if (m.verificationStatus == QLatin1String("partly_inconsistent"))
        dates += QStringLiteral(" [disputed]");
    else if (datesInDoubt(m))
        dates += QStringLiteral(" [unverified]");
    return dates;
}

// One row of `milestones --json`; start_date/end_date are null when no source dates the milestone.
QJsonObject milestoneJson(const core::Milestone &m)
{
    const auto dateValue = [](const QString &d) { return d.isEmpty() ? QJsonValue() : QJsonValue(d); };
    const QJsonValue verification = m.verificationStatus.isEmpty()
        ? QJsonValue()
        : QJsonObject { { QStringLiteral("status"), m.verificationStatus },
              { QStringLiteral("evidence"), m.verificationEvidence } };
    return { { QStringLiteral("id"), m.id }, { QStringLiteral("kind"), core::milestoneKindName(m.kind) },
        { QStringLiteral("term"), m.term }, { QStringLiteral("session"), m.session },
        { QStringLiteral("name_en"), m.nameEn }, { QStringLiteral("name_zh"), m.nameZh },
        { QStringLiteral("start_date"), dateValue(m.startDate) }, { QStringLiteral("end_date"), dateValue(m.endDate) },
        { QStringLiteral("verification"), verification } };
}

QJsonObject countsJson(const core::Counts &c)
{
    return { { QStringLiteral("milestones"), c.milestones }, { QStringLiteral("documents"), c.documents },
        { QStringLiteral("statements"), c.statements }, { QStringLiteral("references"), c.references },
        { QStringLiteral("concepts"), c.concepts }, { QStringLiteral("notes"), c.notes },
        { QStringLiteral("links"), c.links } };
}

void printCounts(Context &ctx, const core::Counts &c)
{
    TextTable table({ QStringLiteral("items"), QStringLiteral("count") });
    const QJsonObject counts = countsJson(c);
    for (const char *key : { "milestones", "documents", "statements", "references", "concepts", "notes", "links" })
        table.addRow({ QLatin1String(key), QString::number(counts.value(QLatin1String(key)).toInteger()) });
    ctx.out << table.render();
}

QJsonObject summaryJson(const core::kb::ImportSummary &s)
{
    return { { QStringLiteral("added"), s.added }, { QStringLiteral("updated"), s.updated },
        { QStringLiteral("unchanged"), s.unchanged },
        { QStringLiteral("conflicts"), QJsonArray::fromStringList(s.conflicts) },
        { QStringLiteral("dismissed"), QJsonArray::fromStringList(s.dismissed) } };
}

void printSummary(Context &ctx, const core::kb::ImportSummary &s, const QString &verb)
{
    ctx.out << QStringLiteral("%1: %2 added, %3 updated, %4 unchanged, %5 conflicting\n")
                   .arg(verb)
                   .arg(s.added)
                   .arg(s.updated)
                   .arg(s.unchanged)
                   .arg(s.conflicts.size());
    if (!s.conflicts.isEmpty())
        ctx.out << QStringLiteral("Kept your edits of: %1\n").arg(s.conflicts.join(QStringLiteral(", ")));
}

int cmdInit(Context &ctx)
{
    const bool empty = ctx.takeFlag(QStringLiteral("--empty"));
    ctx.expectNoArgs();
    const bool existed = QFileInfo::exists(ctx.dbPath);
    if (existed && empty)
        throw Error(ErrorCode::Conflict,
            QStringLiteral("%1 already exists; --empty only applies to a new knowledge base.").arg(ctx.dbPath));
    auto kb = ctx.open(true, empty ? KnowledgeBase::Content::Empty : KnowledgeBase::Content::Bundled);
    const auto counts = kb->repository().counts();
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("path"), QFileInfo(ctx.dbPath).absoluteFilePath() },
            { QStringLiteral("created"), kb->created() },
            { QStringLiteral("bundled"), summaryJson(kb->bundleSummary()) },
            { QStringLiteral("counts"), countsJson(counts) } });
        return Success;
    }
    ctx.out << (kb->created() ? QStringLiteral("Created %1\n") : QStringLiteral("Opened %1\n"))
                   .arg(QFileInfo(ctx.dbPath).absoluteFilePath());
    printSummary(ctx, kb->bundleSummary(), QStringLiteral("Bundled content"));
    printCounts(ctx, counts);
    return Success;
}

int cmdStats(Context &ctx)
{
    ctx.expectNoArgs();
    auto kb = ctx.open();
    const auto counts = kb->repository().counts();
    if (ctx.json)
        ctx.printJson(countsJson(counts));
    else
        printCounts(ctx, counts);
    return Success;
}

int cmdMilestones(Context &ctx)
{
    ctx.expectNoArgs();
    auto kb = ctx.open();
    const auto list = kb->repository().milestones();
    if (ctx.json) {
        QJsonArray rows;
        for (const auto &m : list)
            rows.append(milestoneJson(m));
        ctx.printJson(rows);
        return Success;
    }
    TextTable table({ QStringLiteral("id"), QStringLiteral("dates"), QStringLiteral("name"), QStringLiteral("名称") });
    bool doubtful = false;
    for (const auto &m : list) {
        table.addRow({ m.id, milestoneDates(m), m.nameEn, m.nameZh });
        doubtful = doubtful || datesInDoubt(m);
    }
    ctx.out << table.render();
    if (doubtful)
        ctx.out << "\n[unverified]: a date rests on one source or none; [disputed]: sources disagree (see "
                   "`plenum-cli show ID`).\n";
    return Success;
}

int cmdShow(Context &ctx)
{
    const QString key = ctx.takeOne(QStringLiteral("item ID"));
    auto kb = ctx.open();
    const QString id = kb->repository().resolve(key);
    if (id.isEmpty())
        throw Error(ErrorCode::NotFound, QStringLiteral("No item with ID or alias \"%1\".").arg(key));
    if (ctx.json)
        ctx.printJson(showJson(kb->repository(), id));
    else
        ctx.out << showText(kb->repository(), id);
    return Success;
}

int cmdExportKb(Context &ctx)
{
    const bool force = ctx.takeFlag(QStringLiteral("--force"));
    const QString path = ctx.takeFile(QStringLiteral("output file"));
    core::checkExportTarget(path, force); // never a link, a folder or a FIFO
    auto kb = ctx.open();
    const QByteArray data = core::kb::exportFile(kb->repository());
    core::writeExportFile(path, data);
    const int records = static_cast<int>(data.count('\n')) - 1;
    if (ctx.json)
        ctx.printJson(QJsonObject {
            { QStringLiteral("path"), QFileInfo(path).absoluteFilePath() }, { QStringLiteral("records"), records } });
    else
        ctx.out << QStringLiteral("Wrote %1 records to %2\n").arg(records).arg(path);
    return Success;
}

int cmdImportKb(Context &ctx)
{
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    const QString path = ctx.takeFile(QStringLiteral("input file"));
    const QByteArray data = core::readInputFile(path);
    const auto records = core::kb::parse(data, path);
    auto kb = ctx.open();
    if (!dryRun && !kb->isReadOnly()) // a merge can rewrite any item, whatever its size
        core::backup::create(kb->database(), QStringLiteral("before-merge"));
    const auto summary = core::kb::importRecords(kb->repository(), records, dryRun);
    if (ctx.json) {
        QJsonObject o = summaryJson(summary);
        o.insert(QStringLiteral("dry_run"), dryRun);
        ctx.printJson(o);
    } else {
        printSummary(ctx, summary, dryRun ? QStringLiteral("Dry run (nothing written)") : QStringLiteral("Imported"));
    }
    return Success;
}

int cmdSearch(Context &ctx)
{
    return searchCommand(ctx.dbPath, ctx.json, ctx.readOnly, ctx.args, ctx.out, ctx.err);
}

int cmdReindex(Context &ctx)
{
    return reindexCommand(ctx.dbPath, ctx.json, ctx.readOnly, ctx.args, ctx.out, ctx.err);
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    static const std::map<QString, std::function<int(Context &)>> commands = {
        { QStringLiteral("init"), cmdInit },
        { QStringLiteral("stats"), cmdStats },
        { QStringLiteral("milestones"), cmdMilestones },
        { QStringLiteral("show"), cmdShow },
        { QStringLiteral("export-kb"), cmdExportKb },
        { QStringLiteral("import-kb"), cmdImportKb },
        { QStringLiteral("link"), cmdLink },
        { QStringLiteral("relink"), cmdRelink },
        { QStringLiteral("backlinks"), cmdBacklinks },
        { QStringLiteral("mentions"), cmdMentions },
        { QStringLiteral("duplicates"), cmdDuplicates },
        { QStringLiteral("search"), cmdSearch },
        { QStringLiteral("reindex"), cmdReindex },
        { QStringLiteral("import"), cmdImport },
        { QStringLiteral("export"), cmdExport },
        { QStringLiteral("styles"), cmdStyles },
        { QStringLiteral("cite"), cmdCite },
        { QStringLiteral("backup"), cmdBackup },
        { QStringLiteral("restore"), cmdRestore },
        { QStringLiteral("check"), cmdCheck },
        { QStringLiteral("tag"), cmdTag },
        { QStringLiteral("collections"), cmdCollections },
        { QStringLiteral("annotations"), cmdAnnotations },
        { QStringLiteral("team"), cmdTeam },
    };
    Context ctx { KnowledgeBase::defaultPath(), false, false, {}, out, err };
    QString command;
    try {
        QStringList args = arguments;
        while (!args.isEmpty() && command.isEmpty()) {
            const QString a = args.takeFirst();
            if (a == QLatin1String("--db")) {
                if (args.isEmpty())
                    throw usageError(QStringLiteral("--db needs a path"));
                ctx.dbPath = args.takeFirst();
            } else if (a.startsWith(QLatin1String("--db="))) {
                ctx.dbPath = a.mid(5);
            } else if (a == QLatin1String("--json")) {
                ctx.json = true;
            } else if (a == QLatin1String("--read-only")) {
                ctx.readOnly = true;
            } else if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("help")) {
                out << kUsage;
                return Success;
            } else if (a.startsWith(QLatin1Char('-'))) {
                throw usageError(QStringLiteral("unknown option %1").arg(a));
            } else {
                command = a;
            }
        }
        if (command.isEmpty())
            throw usageError(QStringLiteral("no command given"));
        // Global options may also follow the command.
        ctx.json = args.removeAll(QStringLiteral("--json")) > 0 || ctx.json;
        ctx.readOnly = args.removeAll(QStringLiteral("--read-only")) > 0 || ctx.readOnly;
        const qsizetype db = args.indexOf(QStringLiteral("--db"));
        if (db >= 0) {
            if (db + 1 >= args.size())
                throw usageError(QStringLiteral("--db needs a path"));
            ctx.dbPath = args.at(db + 1);
            args.remove(db, 2);
        }
        ctx.args = args;
        const auto it = commands.find(command);
        if (it == commands.end())
            throw usageError(QStringLiteral("unknown command \"%1\"").arg(command));
        // A short wait for another writer shows as one line, not as a "locked" error.
        core::Database::setBusyNotifier([&err, announced = false](const QString &path, int) mutable {
            if (!announced)
                err << "plenum-cli: waiting for another program to finish writing to " << path << " …\n" << Qt::flush;
            announced = true;
            return true;
        });
        const int code = it->second(ctx);
        core::Database::setBusyNotifier({});
        out.flush();
        return code;
    } catch (const Error &e) {
        core::Database::setBusyNotifier({});
        out.flush();
        if (e.code() == ErrorCode::Arguments) {
            err << "plenum-cli: " << e.message() << "\n\n" << kUsage;
            return UsageError;
        }
        err << "plenum-cli: " << e.message() << "\n";
        return e.code() == ErrorCode::Usage ? UsageError : DataError;
    }
}

} // namespace plenum::cli

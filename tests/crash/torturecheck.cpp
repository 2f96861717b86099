#include "torturecheck.h"

#include "torturecommon.h"
#include "tortureprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>

namespace torture {

namespace {

struct Commit {
    QString id;
    QString token;
    QString who;
};

// The edits of one note or alias, in the order they were made (one owner makes them one at a time).
struct Edits {
    QString committed; // the token of the last edit logged as committed (empty: none)
    QStringList pending; // tokens attempted after it: a kill may have come after their commit
};

struct Logs {
    QList<Commit> commits;
    QMap<QString, Edits> notes;
    QMap<QString, Edits> aliases;
    QStringList errors; // "error …" lines with the log they came from
    QStringList misses;
};

Logs readLogs(const QString &dir)
{
    QStringList files { QStringLiteral("harness.log") };
    QStringList gui = QDir(dir).entryList({ QStringLiteral("gui-*.log") });
    std::sort(gui.begin(), gui.end(), [](const QString &a, const QString &b) {
        return a.section(QLatin1Char('-'), 1).toInt() < b.section(QLatin1Char('-'), 1).toInt();
    });
    files += gui;
    Logs logs;
    for (const QString &file : files) {
        for (const QString &line : readLines(QDir(dir).filePath(file))) {
            const QString kind = line.section(QLatin1Char(' '), 0, 0), id = line.section(QLatin1Char(' '), 1, 1),
                          token = line.section(QLatin1Char(' '), 2, 2);
            const QString who = file == QLatin1String("harness.log") ? line.section(QLatin1Char(' '), 3) : file;
            if (kind == QLatin1String("commit"))
                logs.commits.append({ id, token, who });
            else if (kind.startsWith(QLatin1String("attempt-")))
                (kind.endsWith(QLatin1String("note")) ? logs.notes : logs.aliases)[id].pending.append(token);
            else if (kind.startsWith(QLatin1String("edit-"))) {
                Edits &e = (kind.endsWith(QLatin1String("note")) ? logs.notes : logs.aliases)[id];
                e.committed = token;
                e.pending.clear();
            } else if (kind == QLatin1String("error"))
                logs.errors.append(QStringLiteral("%1 (%2)").arg(line, file));
            else if (kind == QLatin1String("miss"))
                logs.misses.append(QStringLiteral("%1 (%2)").arg(line, file));
        }
    }
    return logs;
}

// Rows of a one- or two-column query through the C API: the harness's view, independent of Plenum's open.
QList<QStringList> rows(const QString &db, const char *sql, QString *problem = nullptr)
{
    QList<QStringList> result;
    sqlite3 *handle = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(db).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        if (problem)
            *problem = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_close(handle);
        return result;
    }
    sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK) {
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < sqlite3_column_count(statement); ++i)
                row.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, i))));
            result.append(row);
        }
        if (rc != SQLITE_DONE && problem)
            *problem = QString::fromUtf8(sqlite3_errmsg(handle));
    } else if (problem) {
        *problem = QString::fromUtf8(sqlite3_errmsg(handle));
    }
    sqlite3_finalize(statement);
    sqlite3_close(handle);
    return result;
}

QJsonObject runCli(const Config &config, const QString &dir, const QString &db, const QStringList &args, QString *error)
{
    Child child = spawn(QStringLiteral("check"), config.cli,
        QStringList { QStringLiteral("--db"), db, QStringLiteral("--json") } + args,
        QDir(dir).filePath(QStringLiteral("check.out")), QDir(dir).filePath(QStringLiteral("check.err")));
    wait(child);
    if (!child.succeeded())
        *error = QStringLiteral("plenum-cli %1: %2: %3").arg(args.first(), child.outcome(), child.err().simplified());
    return QJsonDocument::fromJson(child.out().toUtf8()).object();
}

// The edit of a note or alias the file holds must be the last one committed or a later attempt.
void checkEdits(const QMap<QString, Edits> &edits, const QMap<QString, QString> &stored, const char *what,
    const QString &seed, TrialResult &result)
{
    for (auto e = edits.begin(); e != edits.end(); ++e) {
        ++result.edits;
        const QString now = stored.value(e.key());
        QStringList allowed = e->pending;
        allowed.append(e->committed.isEmpty() ? seed : e->committed);
        if (!allowed.contains(now))
            result.failures[QStringLiteral("lost write")].append(
                QStringLiteral("%1 %2 holds %3, but %4 was committed after it")
                    .arg(QLatin1String(what), e.key(), now.isEmpty() ? QStringLiteral("nothing") : now, e->committed));
    }
}

// The word of every committed item, through plenum-cli search as a user would look for it.
void checkFindable(
    const Config &config, const QString &dir, const QString &db, const QList<Commit> &wanted, TrialResult &result)
{
    QSet<QString> found;
    for (qsizetype i = 0; i < wanted.size(); i += 25) {
        QStringList words;
        for (const Commit &c : wanted.mid(i, 25))
            words.append(c.token);
        QString error;
        const QJsonObject o = runCli(config, dir, db,
            { QStringLiteral("search"), words.join(QLatin1String(" OR ")), QStringLiteral("--no-expand"),
                QStringLiteral("--limit"), QStringLiteral("10000") },
            &error);
        if (!error.isEmpty())
            result.failures[QStringLiteral("search")].append(error);
        for (const auto &hit : o.value(QStringLiteral("results")).toArray())
            found.insert(hit.toObject().value(QStringLiteral("id")).toString());
    }
    for (const Commit &c : wanted)
        if (!found.contains(c.id))
            result
                .failures[c.id == QLatin1String(kAliasConcept) ? QStringLiteral("alias edit not indexed")
                                                               : QStringLiteral("search")]
                .append(QStringLiteral("%1 (committed by %2) is not found by searching %3").arg(c.id, c.who, c.token));
}

// Errors by what they point to: damage to the file, a search index in disarray, or anything else.
QString errorCategory(const QString &lower)
{
    static const char *const damage[]
        = { "disk i/o error", "malformed", "truncated", "damaged", "not a database", "no such table",
              "there are no notes", "no item with id", "no note with id" }; // the last: a committed row vanished
    if (lower.contains(QLatin1String(".search.sqlite: disk i/o error")))
        return QStringLiteral("error shown: index file I/O");
    for (const char *word : damage)
        if (lower.contains(QLatin1String(word)))
            return QStringLiteral("error shown: damage");
    if (lower.contains(QLatin1String("still disagrees with the data after a rebuild")))
        return QStringLiteral("error shown: check beside a writer");
    if (lower.contains(QLatin1String("search_docs")) || lower.contains(QLatin1String("search index")))
        return QStringLiteral("error shown: search index");
    return QStringLiteral("error shown");
}

void classifyErrors(const Logs &logs, TrialResult &result)
{
    for (const QString &line : logs.errors) {
        const qint64 ms = line.section(QLatin1Char(' '), 1, 1).toLongLong();
        const QString lower = line.toLower();
        if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy"))) {
            if (ms < kBusyTimeoutMs)
                result.failures[QStringLiteral("locked early")].append(
                    QStringLiteral("after %1 ms: %2").arg(ms).arg(line));
            else
                ++result.lockedAfterWait;
        } else {
            result.failures[errorCategory(lower)].append(line);
        }
    }
    for (const QString &line : logs.misses)
        result.failures[QStringLiteral("missed while running")].append(line);
}

} // namespace

QString integrityCheck(const QString &db)
{
    QString problem;
    QStringList lines;
    for (const QStringList &row : rows(db, "PRAGMA integrity_check", &problem))
        lines.append(row.value(0));
    return problem.isEmpty() ? lines.join(QLatin1Char(' ')) : problem;
}

void checkTrial(const Config &config, const QString &dir, const QString &db, TrialResult &result)
{
    const Logs logs = readLogs(dir);
    result.commits = int(logs.commits.size());
    classifyErrors(logs, result);
    QString error;
    (void)runCli(config, dir, db, { QStringLiteral("stats") }, &error); // does Plenum still open it?
    if (!error.isEmpty())
        result.failures[QStringLiteral("opens")].append(error);
    if (const QString check = integrityCheck(db); check != QLatin1String("ok"))
        result.failures[QStringLiteral("integrity")].append(check.left(300));
    QSet<QString> ids;
    for (const QStringList &row : rows(db, "SELECT id FROM entities"))
        ids.insert(row.value(0));
    QList<Commit> findable;
    for (const Commit &c : logs.commits) {
        if (ids.contains(c.id))
            findable.append(c);
        else
            result.failures[QStringLiteral("lost write")].append(
                QStringLiteral("%1 (committed by %2) is missing").arg(c.id, c.who));
    }
    QMap<QString, QString> bodies, aliases;
    static const QRegularExpression word(QStringLiteral("zq[a-z]+x"));
    for (const QStringList &row :
        rows(db, "SELECT id, body FROM notes WHERE id LIKE 'note-gui' OR id LIKE 'note-cli%'"))
        bodies.insert(row.value(0), word.match(row.value(1)).captured());
    for (const QStringList &row : rows(db, "SELECT entity_id, alias FROM aliases WHERE entity_id = 'torture-concept'"))
        aliases.insert(row.value(0), row.value(1));
    checkEdits(logs.notes, bodies, "note", QStringLiteral("zqseednotex"), result);
    checkEdits(logs.aliases, aliases, "alias of", QLatin1String(kSeedAlias), result);
    for (auto b = bodies.begin(); b != bodies.end(); ++b)
        findable.append({ b.key(), b.value(), QStringLiteral("an edit") });
    for (auto a = aliases.begin(); a != aliases.end(); ++a)
        if (a.value() != QLatin1String(kSeedAlias))
            findable.append({ a.key(), a.value(), QStringLiteral("sqlite3 UPDATE") });
    checkFindable(config, dir, db, findable, result);
    error.clear();
    const QJsonObject check = runCli(config, dir, db, { QStringLiteral("check") }, &error);
    result.indexState = check.value(QStringLiteral("search_index")).toString();
    if (!error.isEmpty() || !check.value(QStringLiteral("ok")).toBool() || result.indexState != QLatin1String("ok"))
        result.failures[QStringLiteral("search")].append(
            QStringLiteral("check after search: %1")
                .arg(error.isEmpty() ? QString::fromUtf8(QJsonDocument(check).toJson(QJsonDocument::Compact)) : error));
}

} // namespace torture

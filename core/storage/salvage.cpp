#include "storage/salvage.h"

#include "storage/backupcopy.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/repository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <memory>

namespace plenum::core::salvage {

using backup::detail::native;

namespace {

using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

// Identifiers come from Plenum's own schema (the new file's tables), never from input.
QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Salvage's only ways to run SQL it builds: table and column names come from the new file's own
// schema (made from resources/sql by the migrator) and are quoted; the damaged file's data is only
// ever bound, never spliced in.
Statement schemaStatement(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        stmt = nullptr;
    }
    return Statement(stmt, &sqlite3_finalize);
}

// Runs SQL built as schemaStatement() says; false when SQLite refuses it.
bool runSchemaSql(sqlite3 *db, const QString &sql)
{
    return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

// The damaged file, read-only: first as usual (its -wal included), then as immutable when that
// fails (a hot journal or a -shm that cannot be made would need writing).
sqlite3 *openSource(const QString &path)
{
    for (const bool immutable : { false, true }) {
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("mode"), QStringLiteral("ro"));
        if (immutable)
            query.addQueryItem(QStringLiteral("immutable"), QStringLiteral("1"));
        url.setQuery(query);
        sqlite3 *db = nullptr;
        const int rc = sqlite3_open_v2(url.toString(QUrl::FullyEncoded).toUtf8().constData(), &db,
            SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
        if (rc == SQLITE_OK
            && sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) == SQLITE_OK)
            return db;
        sqlite3_close(db);
    }
    return nullptr;
}

struct Columns {
    QStringList names;
    QStringList keys; // primary key columns in key order
    bool integerKey = false;
};

Columns columnsOf(sqlite3 *db, const QString &table)
{
    Columns c;
    Statement q
        = schemaStatement(db, QStringLiteral("SELECT name, pk, type FROM pragma_table_info(?1) ORDER BY pk, cid"));
    if (!q)
        return c;
    sqlite3_bind_text(q.get(), 1, table.toUtf8().constData(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(q.get()) == SQLITE_ROW) {
        const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0)));
        c.names.append(name);
        if (sqlite3_column_int(q.get(), 1) > 0) {
            c.keys.append(name);
            if (c.keys.size() == 1)
                c.integerKey = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 2)))
                                   .contains(QLatin1String("INT"), Qt::CaseInsensitive);
        }
    }
    return c;
}

// Keys ever further past LAST (in the key's order), to resume reading beyond a damaged page.
QVariantList keysPast(const QVariant &last, bool integerKey)
{
    QVariantList out;
    if (integerKey) {
        const qint64 from = last.isValid() ? last.toLongLong() : 0;
        for (int shift = 0; shift < 62; ++shift)
            out.append(from + (qint64(1) << shift));
        return out;
    }
    // Text keys: raise each character from the last one to the first, by ever larger steps.
    const QString s = last.toString();
    for (qsizetype i = s.size() - 1; i >= 0; --i)
        for (int step = 1; step <= 0x4000; step *= 2)
            if (s.at(i).unicode() + step < 0xfffe)
                out.append(s.left(i) + QChar(char16_t(s.at(i).unicode() + step)));
    if (!last.isValid())
        for (char16_t c = 0x21; c < 0x7f; ++c)
            out.append(QString(QChar(c)));
    return out;
}

void bindVariant(sqlite3_stmt *stmt, int index, const QVariant &v)
{
    if (v.typeId() == QMetaType::LongLong)
        sqlite3_bind_int64(stmt, index, v.toLongLong());
    else
        sqlite3_bind_text(stmt, index, v.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
}

QVariant keyValue(sqlite3_stmt *stmt)
{
    if (sqlite3_column_type(stmt, 0) == SQLITE_INTEGER)
        return QVariant::fromValue<qint64>(sqlite3_column_int64(stmt, 0));
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
}

// Copies one table row by row; a read that fails resumes past the damage.
class TableCopier {
public:
    TableCopier(sqlite3 *source, sqlite3 *target, const QString &table, const Columns &columns, TableReport &report)
        : m_source(source)
        , m_report(report)
        , m_columns(columns)
        , m_insert(schemaStatement(target,
              QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                  .arg(quoted(table), quotedList(columns.names),
                      QStringList(columns.names.size(), QStringLiteral("?")).join(QLatin1Char(',')))))
    {
        const QStringList keys = columns.keys.isEmpty() ? QStringList { QStringLiteral("rowid") } : columns.keys;
        QStringList keyList;
        for (const QString &k : keys)
            keyList.append(k == QLatin1String("rowid") ? k : quoted(k));
        const QString select
            = QStringLiteral("SELECT %1, %2 FROM %3").arg(keyList.first(), quotedList(columns.names), quoted(table));
        const QString order = QStringLiteral(" ORDER BY %1").arg(keyList.join(QLatin1Char(',')));
        m_first = select + order;
        m_after = select + QStringLiteral(" WHERE %1 > ?1").arg(keyList.first()) + order;
        QStringList descending;
        for (const QString &k : keyList)
            descending.append(k + QStringLiteral(" DESC"));
        const QString backOrder = QStringLiteral(" ORDER BY %1").arg(descending.join(QLatin1Char(',')));
        m_back = select + backOrder;
        m_backFrom = select + QStringLiteral(" WHERE %1 > ?1").arg(keyList.first()) + backOrder;
        if (columns.keys.isEmpty())
            m_columns.integerKey = true;
    }

    void run()
    {
        if (!m_insert) {
            m_report.unreadable = true;
            return;
        }
        Statement q = schemaStatement(m_source, m_first);
        if (!q) {
            m_report.unreadable = true;
            return;
        }
        QVariant last;
        // Resuming strictly after the last key read loses rows sharing a composite key's first part
        // only where the page holding them was damaged anyway.
        int rc = drain(q.get(), last);
        while (rc != SQLITE_DONE && m_report.damagedStretches < 100000) {
            ++m_report.damagedStretches;
            q = resumePast(last);
            if (!q)
                break;
            rc = drain(q.get(), last);
        }
        if (rc != SQLITE_DONE) { // what follows damage no seek gets past: read it from the end back
            q = schemaStatement(m_source, last.isValid() ? m_backFrom : m_back);
            if (q && last.isValid())
                bindVariant(q.get(), 1, last);
            QVariant first;
            if (q)
                drain(q.get(), first);
        }
        if (m_report.copied == 0 && m_report.damagedStretches > 0)
            m_report.unreadable = true;
    }

private:
    static QString quotedList(const QStringList &names)
    {
        QStringList out;
        for (const QString &n : names)
            out.append(quoted(n));
        return out.join(QLatin1Char(','));
    }

    // Reads rows until the end (SQLITE_DONE) or damage (an error code).
    int drain(sqlite3_stmt *q, QVariant &last)
    {
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            last = keyValue(q);
            for (int i = 0; i < m_columns.names.size(); ++i)
                sqlite3_bind_value(m_insert.get(), i + 1, sqlite3_column_value(q, i + 1));
            if (sqlite3_step(m_insert.get()) == SQLITE_DONE)
                ++m_report.copied;
            else
                ++m_report.dropped; // a garbled row the schema refuses
            sqlite3_reset(m_insert.get());
        }
        return rc;
    }

    // A statement reading from the first key past LAST that can be read, or null.
    Statement resumePast(const QVariant &last)
    {
        for (const QVariant &key : keysPast(last, m_columns.integerKey)) {
            Statement q = schemaStatement(m_source, m_after);
            if (!q)
                return q;
            bindVariant(q.get(), 1, key);
            const int rc = sqlite3_step(q.get());
            if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
                sqlite3_reset(q.get()); // read again from the start by drain()
                return q;
            }
        }
        return Statement(nullptr, &sqlite3_finalize);
    }

    sqlite3 *m_source;
    TableReport &m_report;
    Columns m_columns;
    Statement m_insert;
    QString m_first;
    QString m_after;
    QString m_back;
    QString m_backFrom;
};

QStringList targetTables(Database &db)
{
    QStringList tables;
    auto q
        = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
    while (q.next())
        tables.append(q.text(0));
    return tables;
}

// Items whose detail row survived but whose entities row was lost get that row back; entities
// rows whose detail row was lost go (with what refers to them).
void reconcileEntities(Database &db, TableReport &entities)
{
    static const char *const kTypeTables[][2] = { { "milestones", "milestone" }, { "documents", "document" },
        { "statements", "statement" }, { "refs", "reference" }, { "concepts", "concept" }, { "notes", "note" } };
    for (const auto &[table, type] : kTypeTables) {
        const QString t = quoted(QLatin1String(table));
        Statement add = schemaStatement(
            db.handle(), QStringLiteral("INSERT OR IGNORE INTO entities (id, type) SELECT id, ?1 FROM %1").arg(t));
        Statement drop = schemaStatement(db.handle(),
            QStringLiteral("DELETE FROM entities WHERE type = ?1 AND id NOT IN (SELECT id FROM %1)").arg(t));
        if (!add || !drop)
            continue;
        sqlite3_bind_text(add.get(), 1, type, -1, SQLITE_STATIC);
        sqlite3_step(add.get());
        sqlite3_bind_text(drop.get(), 1, type, -1, SQLITE_STATIC);
        sqlite3_step(drop.get());
        entities.dropped += db.changes();
    }
}

// Leaves out rows whose parent row was lost (or clears the reference where the schema says SET NULL).
void dropOrphans(Database &db, QList<TableReport> &reports)
{
    for (int pass = 0; pass < 5; ++pass) {
        int changed = 0;
        for (TableReport &r : reports) {
            Statement fks = schemaStatement(db.handle(),
                QStringLiteral("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?1)"));
            if (fks)
                sqlite3_bind_text(fks.get(), 1, r.table.toUtf8().constData(), -1, SQLITE_TRANSIENT);
            while (fks && sqlite3_step(fks.get()) == SQLITE_ROW) {
                auto col = [&](int i) {
                    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(fks.get(), i)));
                };
                const QString where = QStringLiteral("%1 IS NOT NULL AND %1 NOT IN (SELECT %2 FROM %3)")
                                          .arg(quoted(col(1)), quoted(col(2)), quoted(col(0)));
                const bool setNull = col(3) == QLatin1String("SET NULL");
                const QString sql = setNull
                    ? QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %3").arg(quoted(r.table), quoted(col(1)), where)
                    : QStringLiteral("DELETE FROM %1 WHERE %2").arg(quoted(r.table), where);
                if (runSchemaSql(db.handle(), sql)) {
                    changed += sqlite3_changes(db.handle());
                    if (!setNull)
                        r.dropped += sqlite3_changes(db.handle());
                }
            }
        }
        if (changed == 0)
            return;
    }
}

struct Trigger {
    QString name;
    QString sql;
};

QList<Trigger> takeTriggers(Database &db)
{
    QList<Trigger> triggers;
    {
        auto q = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'");
        while (q.next())
            triggers.append({ q.text(0), q.text(1) });
    }
    for (const Trigger &t : triggers)
        if (!runSchemaSql(db.handle(), QStringLiteral("DROP TRIGGER %1").arg(quoted(t.name))))
            db.fail(sqlite3_errcode(db.handle()), QStringLiteral("Cannot prepare the salvaged file"));
    return triggers;
}

QList<TableReport> copyAll(sqlite3 *source, Database &target, const Progress &progress)
{
    target.exec("PRAGMA foreign_keys = OFF"); // parents and children arrive in any order
    Transaction tx(target);
    const QList<Trigger> triggers = takeTriggers(target); // copied rows are not new changes
    const QStringList tables = targetTables(target);
    QList<TableReport> reports;
    for (const QString &table : tables) {
        reportProgress(progress, int(reports.size()), int(tables.size()), "salvage");
        TableReport report;
        report.table = table;
        const Columns wanted = columnsOf(target.handle(), table);
        Columns present = columnsOf(source, table);
        if (present.names.isEmpty()) {
            report.unreadable = true;
        } else {
            Columns shared = wanted;
            shared.names.clear();
            for (const QString &name : wanted.names)
                if (present.names.contains(name))
                    shared.names.append(name);
            TableCopier(source, target.handle(), table, shared, report).run();
        }
        reports.append(report);
    }
    for (const Trigger &t : triggers)
        if (!runSchemaSql(target.handle(), t.sql)) // the schema's own trigger text, from sqlite_master
            target.fail(sqlite3_errcode(target.handle()), QStringLiteral("Cannot prepare the salvaged file"));
    for (TableReport &r : reports)
        if (r.table == QLatin1String("entities"))
            reconcileEntities(target, r);
    dropOrphans(target, reports);
    tx.commit();
    target.exec("PRAGMA foreign_keys = ON");
    return reports;
}

} // namespace

qint64 Report::rowsCopied() const
{
    qint64 n = 0;
    for (const TableReport &t : tables)
        n += t.copied;
    return n;
}

bool Report::complete() const
{
    for (const TableReport &t : tables)
        if (t.unreadable || t.damagedStretches > 0 || t.dropped > 0)
            return false;
    return true;
}

QString defaultTarget(const QString &damaged)
{
    const QFileInfo info(damaged);
    QDateTime stamp = QDateTime::currentDateTimeUtc();
    QString path;
    do {
        path = info.absoluteDir().filePath(
            QStringLiteral("%1-salvaged-%2.db")
                .arg(info.completeBaseName(), stamp.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
        stamp = stamp.addSecs(1);
    } while (QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".part")));
    return path;
}

Report salvage(const QString &damaged, const QString &target, const Progress &progress)
{
    const QString what = QStringLiteral("Cannot salvage %1 into %2").arg(native(damaged), native(target));
    if (!QFileInfo(damaged).isFile())
        throw Error(ErrorCode::NotFound, QStringLiteral("%1: it is not a file.").arg(what));
    if (QFileInfo::exists(target))
        throw Error(ErrorCode::Conflict, QStringLiteral("%1: the file already exists.").arg(what));
    const QString problem = backup::detail::writeProblem(target, 0);
    if (!problem.isEmpty())
        throw Error(ErrorCode::FileError, QStringLiteral("%1: %2.").arg(what, problem));
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> source(openSource(damaged), &sqlite3_close);
    if (!source)
        throw Error(ErrorCode::Corrupt, QStringLiteral("%1: SQLite cannot read anything of it.").arg(what));
    const QString part = target + QStringLiteral(".part");
    backup::detail::removeWithSidecars(part);
    Report report;
    report.target = target;
    try {
        Database db = Database::open(part, Database::OpenMode::Create);
        migrator::migrate(db);
        report.tables = copyAll(source.get(), db, progress);
        report.counts = Repository(db).counts();
    } catch (const Error &e) {
        backup::detail::removeWithSidecars(part);
        if (e.code() == ErrorCode::Cancelled)
            throw;
        const QString why = backup::detail::writeProblem(part, 0);
        throw Error(e.code(), QStringLiteral("%1: %2").arg(what, why.isEmpty() ? e.message() : why + QLatin1Char('.')));
    }
    if (report.rowsCopied() == 0) {
        backup::detail::removeWithSidecars(part);
        throw Error(ErrorCode::Corrupt, QStringLiteral("%1: no row of it can be read.").arg(what));
    }
    if (!QFile::rename(part, target)) {
        backup::detail::removeWithSidecars(part);
        throw Error(ErrorCode::FileError, QStringLiteral("%1: the new file cannot be renamed.").arg(what));
    }
    return report;
}

} // namespace plenum::core::salvage

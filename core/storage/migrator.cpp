#include "storage/migrator.h"

#include "model/resourcetext.h"
#include "storage/backup.h"
#include "storage/legacyreference.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace plenum::core::migrator {

namespace {

struct Migration {
    int version;
    QString path;
};

QList<Migration> migrations()
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/plenum/sql/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        if (match.hasMatch())
            list.append({ match.captured(1).toInt(), dir.filePath(file) });
    }
    return list;
}

bool isEmpty(Database &db)
{
    auto q = db.prepare("SELECT count(*) FROM sqlite_schema");
    return q.next() && q.integer(0) == 0;
}

void stamp(Database &db, int version)
{
    // PRAGMA arguments cannot be bound; both values are compile-time integers, never input.
    db.exec(QByteArray("PRAGMA user_version = ").append(QByteArray::number(version)).constData());
    db.exec(QByteArray("PRAGMA application_id = ").append(QByteArray::number(kApplicationId)).constData());
}

} // namespace

void createAtVersion(Database &db, int version)
{
    Transaction tx(db);
    for (const auto &m : migrations()) {
        if (m.version > version)
            break;
        db.execScript(resourceText(m.path));
    }
    stamp(db, version);
    tx.commit();
}

Outcome migrate(Database &db)
{
    const auto version = static_cast<int>(db.pragmaInt("user_version"));
    const auto appId = static_cast<int>(db.pragmaInt("application_id"));
    const QString file = QDir::toNativeSeparators(db.path());
    if (version == 0 && appId == 0 && isEmpty(db)) {
        Transaction tx(db);
        // Another process may have created the schema while this one waited for the write lock.
        if (isEmpty(db)) {
            db.execScript(resourceText(QStringLiteral(":/plenum/sql/schema.sql")));
            stamp(db, kLatestVersion);
            tx.commit();
            return { 0, kLatestVersion, true };
        }
        tx.commit();
        return migrate(db);
    }
    if (appId != kApplicationId)
        throw Error(ErrorCode::NotADatabase,
            QStringLiteral("Cannot open %1: it is a SQLite database but not a Plenum knowledge base.").arg(file));
    if (version > kLatestVersion)
        throw Error(ErrorCode::NewerVersion,
            QStringLiteral("Cannot open %1: it was written by a newer Plenum (schema version %2; this version "
                           "understands up to %3). Update Plenum to open it.")
                .arg(file)
                .arg(version)
                .arg(kLatestVersion));
    if (version < kLatestVersion) {
        if (db.isReadOnly())
            throw Error(ErrorCode::ReadOnly,
                QStringLiteral("Cannot open %1 read-only: it must first be upgraded from schema version %2 to %3, "
                               "which needs write access.")
                    .arg(file)
                    .arg(version)
                    .arg(kLatestVersion));
        if (db.path() != QLatin1String(":memory:"))
            backup::create(db, QStringLiteral("before-migration-%1").arg(kLatestVersion));
    }
    registerLegacyReferenceFunction(db.handle()); // migration 0006 converts references with it
    for (const auto &m : migrations()) {
        if (m.version <= version)
            continue;
        Transaction tx(db);
        // Read again under the write lock: another process may have applied it while this one waited.
        if (db.pragmaInt("user_version") < m.version) {
            db.execScript(resourceText(m.path));
            stamp(db, m.version);
        }
        tx.commit();
    }
    return { version, kLatestVersion, false };
}

} // namespace plenum::core::migrator

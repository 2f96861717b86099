#include "facade/dbcheck.h"

#include "storage/database.h"
#include "storage/migrator.h"

namespace plenum::core {

CheckReport checkKnowledgeBase(const QString &path, const Progress &progress)
{
    CheckReport report;
    bool current = false;
    bool readOnly = false;
    {
        Database db = Database::open(path, Database::OpenMode::ReadWrite);
        readOnly = db.isReadOnly();
        auto integrity = db.prepare("PRAGMA integrity_check");
        while (integrity.next())
            if (integrity.text(0) != QLatin1String("ok"))
                report.integrity.append(integrity.text(0));
        if (report.integrity.isEmpty()) {
            auto fk = db.prepare("PRAGMA foreign_key_check");
            while (fk.next())
                report.foreignKeys.append(QStringLiteral("Row %1 of table %2 refers to a missing row of %3.")
                                              .arg(fk.integer(1))
                                              .arg(fk.text(0), fk.text(2)));
        }
        current = db.pragmaInt("user_version") == migrator::kLatestVersion
            && db.pragmaInt("application_id") == migrator::kApplicationId;
    }
    if (!report.ok() || !current || readOnly) {
        report.index = QStringLiteral("skipped");
        return report;
    }
    auto index = search::SearchIndex::open(path, progress);
    report.index = index->openedState() == search::IndexState::Rebuilt ? QStringLiteral("rebuilt")
        : index->openedState() == search::IndexState::CaughtUp         ? QStringLiteral("caught_up")
                                                                       : QStringLiteral("ok");
    if (report.index == QLatin1String("rebuilt"))
        report.repaired.append(QStringLiteral("Rebuilt the search index, which was missing, damaged or out of date."));
    else if (report.index == QLatin1String("caught_up"))
        report.repaired.append(QStringLiteral("Brought the search index up to date with recent changes."));
    const QStringList problems = index->verify();
    if (!problems.isEmpty()) {
        index->rebuild(progress);
        report.index = QStringLiteral("rebuilt");
        report.repaired.append(QStringLiteral("Rebuilt the search index: %1").arg(problems.join(QLatin1Char(' '))));
        const QStringList after = index->verify();
        if (!after.isEmpty())
            throw Error(ErrorCode::Internal,
                QStringLiteral("The search index of %1 still disagrees with the data after a rebuild: %2")
                    .arg(path, after.join(QLatin1Char(' '))));
    }
    return report;
}

} // namespace plenum::core

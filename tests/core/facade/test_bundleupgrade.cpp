// A newer Plenum brings the reform-era content (1977-2002) into a knowledge base made by the
// previous bundle (which started in 2002), without touching what the user did with it.
#include "interchange/kbimporter.h"
#include "storage/repository.h"
#include "testsupport.h"

#include <QSet>

using namespace plenum;

namespace {

bool reformEraMilestone(const core::kb::Record &r)
{
    return r.item.type == core::ItemType::Milestone && r.item.fields.value("term").toInt() <= 15;
}

// The previous bundle: today's records without the 11th-15th terms and what hangs on them (their
// documents and statements, the concepts that first appear there, the history links to them),
// and with law-based-governance still named 依法治国, as it was then.
QList<core::kb::Record> previousBundle()
{
    const auto all = core::kb::bundledRecords();
    QSet<QString> gone;
    for (const auto &r : all)
        if (reformEraMilestone(r))
            gone.insert(r.item.id);
    for (const auto &r : all)
        for (const auto &l : r.links)
            if (gone.contains(l.targetId)
                && (l.relation == core::Relation::AdoptedAt || l.relation == core::Relation::About
                    || l.relation == core::Relation::FirstAppearsIn))
                gone.insert(r.item.id);
    QList<core::kb::Record> old;
    for (auto r : all) {
        if (gone.contains(r.item.id))
            continue;
        r.links.erase(std::remove_if(r.links.begin(), r.links.end(),
                          [&](const core::Link &l) { return gone.contains(l.targetId); }),
            r.links.end());
        if (r.item.id == QLatin1String("law-based-governance"))
            r.item.aliases.append({ QStringLiteral("依法治国"), QStringLiteral("zh") });
        old.append(r);
    }
    return old;
}

} // namespace

TEST_CASE("opening a knowledge base of the previous bundle adds the reform era and keeps the user's work", "[bundle]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.db"));
    {
        auto kb = test::createKb(path, true);
        auto &repo = kb->repository();
        const auto summary = core::kb::importRecords(repo, previousBundle(), false);
        REQUIRE(summary.added > 200);
        REQUIRE(repo.counts().milestones == 37);
        kb->database().exec("UPDATE meta SET value = 'previous-bundle' WHERE key = 'bundle_hash'");
        // The user's work: an edited bundled milestone, an edited bundled concept, a deleted one, a note.
        auto cc183 = repo.item(QStringLiteral("cc18-3"));
        cc183.fields.insert(QStringLiteral("summary_en"), QStringLiteral("My reading of the plenum."));
        repo.updateItem(cc183);
        auto edited = repo.item(QStringLiteral("social-management"));
        edited.fields.insert(QStringLiteral("definition_en"), QStringLiteral("My definition."));
        repo.updateItem(edited);
        repo.deleteItem(QStringLiteral("grid-management"));
        core::Item note;
        note.type = core::ItemType::Note;
        note.id = QStringLiteral("note-mine");
        note.fields = { { "title", "Reading list" }, { "body", "Compare [[nc18]] with the 1978 plenum." } };
        repo.createItem(note);
    }

    auto kb = core::KnowledgeBase::open(path, false);
    auto &repo = kb->repository();
    const auto &summary = kb->bundleSummary();
    CHECK(summary.added >= 42 + 42 + 15 + 60);
    CHECK(summary.conflicts.contains(QStringLiteral("cc18-3")));
    CHECK(summary.conflicts.contains(QStringLiteral("social-management")));
    CHECK(summary.dismissed.contains(QStringLiteral("grid-management")));
    CHECK(repo.counts().milestones == 79);
    CHECK(repo.item(QStringLiteral("cc11-3")).text(QStringLiteral("start_date")) == QStringLiteral("1978-12-18"));
    CHECK(repo.item(QStringLiteral("cc14-7")).fields.value("verification").toObject().value("status")
        == QStringLiteral("unverified"));
    // The user's edits, deletion and note are as they left them.
    CHECK(repo.item(QStringLiteral("cc18-3")).text(QStringLiteral("summary_en"))
        == QStringLiteral("My reading of the plenum."));
    CHECK(repo.item(QStringLiteral("social-management")).text(QStringLiteral("definition_en"))
        == QStringLiteral("My definition."));
    CHECK_FALSE(repo.findItem(QStringLiteral("grid-management")).has_value());
    CHECK(repo.item(QStringLiteral("note-mine")).text(QStringLiteral("title")) == QStringLiteral("Reading list"));
    // An unedited bundled record takes the newer version: 依法治国 now names the 1997 strategy.
    CHECK(repo.resolve(QStringLiteral("依法治国")) == QStringLiteral("law-based-state-governance"));
    // Opening again changes nothing more.
    kb.reset();
    auto again = core::KnowledgeBase::open(path, false);
    CHECK(again->bundleSummary().added == 0);
    CHECK(again->bundleSummary().updated == 0);
}

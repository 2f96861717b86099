// Most tests start from a copy of a template knowledge base (tests/support/templatekb.h); these
// check that the copy is what creating a knowledge base from scratch gives, and that the
// from-scratch path they no longer take on every test still works.
#include "storage/repository.h"
#include "testsupport.h"

using namespace plenum;

namespace {

// The content as its plenum-kb export (deterministic, no timestamps).
QByteArray exported(const test::TempDir &dir, const QString &db, const QString &name)
{
    QString out, err;
    const QString file = dir.path(name);
    REQUIRE(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("export-kb"), file }, out, err) == 0);
    return test::fileHash(file);
}

QStringList linkCounts(core::Database &db)
{
    auto q = db.prepare("SELECT relation, origin, rejected, count(*) FROM links GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    QStringList rows;
    while (q.next())
        rows.append(QStringLiteral("%1 %2 %3 %4").arg(q.text(0), q.text(1), q.text(2), q.text(3)));
    return rows;
}

} // namespace

TEST_CASE("a knowledge base created from scratch holds exactly what the tests' template copy holds", "[creation]")
{
    test::TempDir dir;
    const QString freshPath = dir.path(QStringLiteral("fresh.db"));
    const QString copyPath = dir.path(QStringLiteral("copy.db"));
    auto fresh = core::KnowledgeBase::open(freshPath, true);
    CHECK(fresh->created());
    CHECK(fresh->bundleSummary().added > 300);
    auto copy = test::createKb(copyPath);
    CHECK_FALSE(copy->created());
    CHECK(copy->bundleSummary().added == 0); // the bundle is current: nothing to refresh on open
    CHECK(copy->repository().counts().milestones == 79);
    CHECK(linkCounts(copy->database()) == linkCounts(fresh->database()));
    CHECK(linkCounts(copy->database()).size() > 2);
    fresh.reset();
    copy.reset();
    CHECK(exported(dir, copyPath, QStringLiteral("copy.plenum-kb"))
        == exported(dir, freshPath, QStringLiteral("fresh.plenum-kb")));
}

TEST_CASE("an empty knowledge base from the template is as empty as a new one and never gets the bundle", "[creation]")
{
    test::TempDir dir;
    auto copy = test::createKb(dir.path(QStringLiteral("empty.db")), true);
    CHECK(copy->repository().counts().milestones == 0);
    CHECK(copy->repository().counts().concepts == 0);
    copy.reset();
    // Reopened with the bundled content allowed, it stays empty: the template recorded "no bundle".
    auto reopened = core::KnowledgeBase::open(dir.path(QStringLiteral("empty.db")), false);
    CHECK(reopened->repository().counts().milestones == 0);
    CHECK(reopened->bundleSummary().added == 0);
}

TEST_CASE("each test's knowledge base is its own copy: a change in one never reaches the next", "[creation]")
{
    test::TempDir dir;
    {
        auto first = test::createKb(dir.path(QStringLiteral("first.db")));
        core::Item note;
        note.type = core::ItemType::Note;
        note.id = QStringLiteral("note-only-in-first");
        note.fields.insert(QStringLiteral("title"), QStringLiteral("Only here"));
        note.fields.insert(QStringLiteral("body"), QStringLiteral("text"));
        first->repository().createItem(note);
        CHECK(first->repository().typeOf(note.id).has_value());
    }
    auto second = test::createKb(dir.path(QStringLiteral("second.db")));
    CHECK_FALSE(second->repository().typeOf(QStringLiteral("note-only-in-first")).has_value());
    CHECK(second->repository().counts().milestones == 79);
}

TEST_CASE("createKb opens an existing file instead of replacing it with the template", "[creation]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("kb.db"));
    core::KnowledgeBase::open(path, true, core::KnowledgeBase::Content::Empty).reset();
    auto kb = test::createKb(path);
    CHECK(kb->repository().counts().milestones == 0); // still the empty one it was
}

#include "testsupport.h"

#include "linking/aliasregistry.h"
#include "linking/citationmarkers.h"
#include "linking/linker.h"
#include "linking/notelinks.h"
#include "linking/referenceduplicates.h"
#include "storage/legacyreference.h"
#include "text/titlekey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace plenum;
using core::Mention;
using core::MentionKind;

namespace {

QStringList describe(const QList<Mention> &mentions)
{
    QStringList out;
    for (const Mention &m : mentions)
        out.append(QStringLiteral("%1:%2:%3@%4-%5")
                       .arg(core::mentionKindName(m.kind),
                           m.kind == MentionKind::Ambiguous ? m.candidates.join(QLatin1Char('|')) : m.id, m.matched)
                       .arg(m.start)
                       .arg(m.end));
    return out;
}

core::Item statement(const QString &id, const QString &text)
{
    core::Item item;
    item.type = core::ItemType::Statement;
    item.id = id;
    item.fields.insert(QStringLiteral("text"), text);
    item.fields.insert(QStringLiteral("kind"), QStringLiteral("paraphrase"));
    return item;
}

QList<core::Link> autoLinks(core::Repository &repo, const QString &source)
{
    QList<core::Link> out;
    for (const core::Link &l : repo.outgoingLinks(source))
        if (core::originName(l.origin) == QLatin1String("auto"))
            out.append(l);
    return out;
}

} // namespace

TEST_CASE("the longest name wins over its parts, Chinese without word boundaries", "[linking]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    core::Linker linker(kb->repository());
    const auto found = linker.registry().recognize(QStringLiteral("要创新社会治理体制，完善社会治理。"));
    CHECK(describe(found)
        == QStringList { QStringLiteral("concept:social-governance-system:创新社会治理体制@1-9"),
            QStringLiteral("concept:social-governance:社会治理@12-16") });
}

TEST_CASE("Latin names match case-insensitively on word boundaries only", "[linking]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    core::Linker linker(kb->repository());
    const auto &reg = linker.registry();
    CHECK(describe(reg.recognize(QStringLiteral("SOCIAL WORK matters.")))
        == QStringList { QStringLiteral("concept:social-work:SOCIAL WORK@0-11") });
    CHECK(reg.recognize(QStringLiteral("antisocial workers and socialwork")).isEmpty());
    // Line breaks and double spaces inside a name still match; offsets count the original text.
    CHECK(describe(reg.recognize(QStringLiteral("the social\n  governance")))
        == QStringList { QStringLiteral("concept:social-governance:social\n  governance@4-23") });
}

TEST_CASE("offsets count code points, not UTF-16 units", "[linking]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    core::Linker linker(kb->repository());
    // U+20000 takes two UTF-16 units but is one code point.
    const QString text = QString::fromUcs4(U"\U00020000在十八大上");
    CHECK(describe(linker.registry().recognize(text)) == QStringList { QStringLiteral("milestone:nc18:十八大@2-5") });
}

TEST_CASE("citation markers in every common form are found", "[linking]")
{
    const QString text
        = QStringLiteral("a[3] b[1,2] c[1, 3] d[4-6] e[4–6] f[7]–[9] g[2][5] h[sic] i[2013]\n[1] Entry label");
    QList<QList<int>> numbers;
    for (const auto &m : core::findCitationMarkers(text))
        numbers.append(m.numbers);
    CHECK(numbers == QList<QList<int>> { { 3 }, { 1, 2 }, { 1, 3 }, { 4, 5, 6 }, { 4, 5, 6 }, { 7, 8, 9 }, { 2, 5 } });
}

TEST_CASE("citation markers resolve through the reference list and a missing entry is reported", "[linking]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    core::Linker linker(kb->repository());
    const core::ReferenceList refs = linker.referenceList(QStringLiteral("doc-li-2020"));
    REQUIRE(refs.size() == 9);
    const auto found = linker.registry().recognize(QStringLiteral("As shown [7]–[9] and [12]."), &refs);
    REQUIRE(found.size() == 4);
    CHECK(found.at(0).id == QStringLiteral("ref-li2020-7"));
    CHECK(found.at(2).id == QStringLiteral("ref-li2020-9"));
    CHECK(found.at(2).matched == QStringLiteral("[7]–[9]"));
    CHECK(found.at(3).number == 12);
    CHECK_FALSE(found.at(3).resolved);
    CHECK(found.at(3).id.isEmpty());
}

TEST_CASE("a new knowledge base links the bundled statements and documents", "[linking]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    core::Linker linker(kb->repository());
    QStringList sources;
    for (const auto &group : linker.backlinks(QStringLiteral("cc18-3")))
        for (const auto &b : group.links)
            if (core::originName(b.link.origin) == QLatin1String("auto")) {
                sources.append(b.link.sourceId);
                CHECK_FALSE(b.context.isEmpty());
            }
    CHECK(sources.contains(QStringLiteral("doc-li-2020")));
    CHECK(sources.contains(QStringLiteral("st-li2020-2")));
    // Every bundled statement whose text names the plenum links to it.
    for (const QString &id : kb->repository().itemIds(core::ItemType::Statement)) {
        const auto mentions = linker.registry().recognize(core::linkableText(kb->repository(), id));
        const bool names = std::any_of(
            mentions.begin(), mentions.end(), [](const Mention &m) { return m.id == QLatin1String("cc18-3"); });
        CHECK(names == sources.contains(id));
    }
}

TEST_CASE("re-linking replaces auto links but a rejected link stays rejected", "[linking]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    core::Item socialWork;
    socialWork.type = core::ItemType::Concept;
    socialWork.id = QStringLiteral("social-work");
    socialWork.fields.insert(QStringLiteral("name_en"), QStringLiteral("Social work"));
    socialWork.fields.insert(QStringLiteral("name_zh"), QStringLiteral("社会工作"));
    repo.createItem(socialWork);
    repo.createItem(statement(QStringLiteral("st-a"), QStringLiteral("社会工作很重要。Social work too.")));
    core::Linker linker(repo);
    CHECK(linker.linkItem(QStringLiteral("st-a")) == 2);

    auto links = autoLinks(repo, QStringLiteral("st-a"));
    REQUIRE(links.size() == 2);
    const auto english = std::find_if(
        links.begin(), links.end(), [](const core::Link &l) { return l.matched == QLatin1String("Social work"); });
    REQUIRE(english != links.end());
    CHECK(*english->spanStart == 8);
    linker.rejectLink(english->rowId);

    // The text moves; the Chinese mention follows it, the rejected English one is not made again.
    repo.updateItem(statement(QStringLiteral("st-a"), QStringLiteral("首先，社会工作很重要。Social work too.")));
    CHECK(linker.linkItem(QStringLiteral("st-a")) == 1);
    links = autoLinks(repo, QStringLiteral("st-a"));
    REQUIRE(links.size() == 2);
    for (const core::Link &l : links) {
        if (l.rejected)
            CHECK(l.matched == QStringLiteral("Social work"));
        else
            CHECK(*l.spanStart == 3);
    }
    CHECK(linker.unlinkedMentions(QStringLiteral("social-work")).isEmpty());
}

TEST_CASE("unlinked mentions are listed and can be linked in one action", "[linking]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    auto &repo = kb->repository();
    repo.createItem(statement(QStringLiteral("st-new"), QStringLiteral("作者认为，十八届三中全会是转折点。")));
    core::Linker linker(repo);
    const auto unlinked = linker.unlinkedMentions(QStringLiteral("cc18-3"));
    REQUIRE(unlinked.size() == 1);
    CHECK(unlinked.first().sourceId == QStringLiteral("st-new"));
    CHECK(unlinked.first().matched == QStringLiteral("十八届三中全会"));
    CHECK(unlinked.first().context == QStringLiteral("作者认为，十八届三中全会是转折点。"));
    CHECK(linker.linkMentions(unlinked) == 1);
    CHECK(linker.unlinkedMentions(QStringLiteral("cc18-3")).isEmpty());
    bool listed = false;
    for (const auto &group : linker.backlinks(QStringLiteral("cc18-3")))
        for (const auto &b : group.links)
            listed = listed
                || (b.link.sourceId == QLatin1String("st-new") && group.sourceType == core::ItemType::Statement);
    CHECK(listed);
}

TEST_CASE("unlinking mentions takes back exactly the links made for them", "[linking]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    auto &repo = kb->repository();
    repo.createItem(statement(QStringLiteral("st-new"), QStringLiteral("作者认为，十八届三中全会是转折点。")));
    core::Link manual;
    manual.sourceId = QStringLiteral("st-new");
    manual.targetId = QStringLiteral("cc18-3");
    manual.relation = core::Relation::Mentions; // made by hand: no span, origin manual
    repo.addLink(manual);
    core::Linker linker(repo);
    const auto unlinked = linker.unlinkedMentions(QStringLiteral("cc18-3"));
    REQUIRE(unlinked.size() == 1);
    REQUIRE(linker.linkMentions(unlinked) == 1);
    REQUIRE(repo.linksBetween(QStringLiteral("st-new"), QStringLiteral("cc18-3")).size() == 2);

    CHECK(linker.unlinkMentions(unlinked) == 1);
    const auto left = repo.linksBetween(QStringLiteral("st-new"), QStringLiteral("cc18-3"));
    REQUIRE(left.size() == 1);
    CHECK(left.first().origin == core::LinkOrigin::Manual); // the user's own link stays
    CHECK(linker.unlinkedMentions(QStringLiteral("cc18-3")).size() == 1);
    // Taking back what is no longer there changes nothing.
    CHECK(linker.unlinkMentions(unlinked) == 0);
    CHECK(repo.linksBetween(QStringLiteral("st-new"), QStringLiteral("cc18-3")).size() == 1);
}

TEST_CASE("unlinking mentions in a read-only knowledge base says so and removes nothing", "[linking]")
{
    test::TempDir dir;
    const QString path = dir.path("kb.db");
    QList<core::UnlinkedMention> linked;
    {
        auto kb = test::createKb(path);
        kb->repository().createItem(
            statement(QStringLiteral("st-new"), QStringLiteral("作者认为，十八届三中全会是转折点。")));
        core::Linker linker(kb->repository());
        linked = linker.unlinkedMentions(QStringLiteral("cc18-3"));
        REQUIRE(linker.linkMentions(linked) == 1);
    }
    auto kb = core::KnowledgeBase::open(
        path, false, core::KnowledgeBase::Content::Bundled, core::KnowledgeBase::Access::ReadOnly);
    core::Linker linker(kb->repository());
    try {
        linker.unlinkMentions(linked);
        FAIL("unlinking wrote to a read-only knowledge base");
    } catch (const core::Error &e) {
        CHECK(e.code() == core::ErrorCode::ReadOnly);
        CHECK(!e.message().isEmpty());
    }
    CHECK(kb->repository().linksBetween(QStringLiteral("st-new"), QStringLiteral("cc18-3")).size() == 1);
}

TEST_CASE("the registry follows alias edits through the change journal", "[linking]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    auto &repo = kb->repository();
    core::Linker linker(repo);
    CHECK(linker.registry().recognize(QStringLiteral("the xyzzy doctrine")).isEmpty());
    core::Item item = repo.item(QStringLiteral("social-work"));
    item.aliases.append({ QStringLiteral("xyzzy doctrine"), QStringLiteral("en") });
    repo.updateItem(item);
    const auto found = linker.registry().recognize(QStringLiteral("the xyzzy doctrine"));
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == QStringLiteral("social-work"));
}

TEST_CASE("linking everything can be cancelled without changing links", "[linking]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    auto &repo = kb->repository();
    const auto before = repo.counts().links;
    kb->database().exec("DELETE FROM links WHERE origin = 'auto'");
    const auto manual = repo.counts().links;
    REQUIRE(manual < before);
    core::Linker linker(repo);
    try {
        linker.linkAll([](int done, int) { return done < 10; });
        FAIL("linking was not cancelled");
    } catch (const core::Error &e) {
        CHECK(e.code() == core::ErrorCode::Cancelled);
    }
    CHECK(repo.counts().links == manual);
    int calls = 0;
    const auto summary = linker.linkAll([&calls](int, int) { return ++calls > 0; });
    CHECK(calls == summary.items);
    CHECK(repo.counts().links == before);
}

TEST_CASE("titles, DOIs and author names are normalized for duplicate detection", "[linking][duplicates]")
{
    CHECK(core::titleKey(QStringLiteral("Ｓｏｃｉａｌ Work: a Café-Study"))
        == core::titleKey(QStringLiteral("social work — a cafe study")));
    CHECK(core::normalizeDoi(QStringLiteral("https://doi.org/10.1111/PUAR.12821"))
        == QStringLiteral("10.1111/puar.12821"));
    const auto zh = core::authorTokens(QJsonObject {
        { QStringLiteral("family"), QStringLiteral("李") }, { QStringLiteral("given"), QStringLiteral("千玉") } });
    const auto en = core::authorTokens(QJsonObject { { QStringLiteral("literal"), QStringLiteral("Qianyu Li") } });
    CHECK(zh == QStringList { QStringLiteral("li") });
    CHECK(en.contains(QStringLiteral("li")));
    CHECK(core::authorTokens(QJsonObject { { QStringLiteral("family"), QStringLiteral("Klöti") } })
        == QStringList { QStringLiteral("kloti") });
}

TEST_CASE(
    "the sample paper's duplicated entries are found and merged, and the merge can be undone", "[linking][duplicates]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    auto &repo = kb->repository();
    const auto groups = core::findDuplicateReferences(repo);
    REQUIRE(groups.size() == 1);
    CHECK(groups.first().ids == QStringList { QStringLiteral("ref-li2020-8"), QStringLiteral("ref-li2020-9") });
    CHECK(groups.first().reason == QStringLiteral("title_year_author"));

    const auto itemBefore = repo.item(QStringLiteral("ref-li2020-9"));
    const auto linksBefore = repo.backlinks(QStringLiteral("ref-li2020-9"));
    const auto snapshot = core::mergeReferences(repo, QStringLiteral("ref-li2020-8"), QStringLiteral("ref-li2020-9"));
    CHECK_FALSE(repo.typeOf(QStringLiteral("ref-li2020-9")));
    core::Linker linker(repo);
    const auto refs = linker.referenceList(QStringLiteral("doc-li-2020"));
    CHECK(refs.value(8) == QStringLiteral("ref-li2020-8"));
    CHECK(refs.value(9) == QStringLiteral("ref-li2020-8"));
    CHECK(core::findDuplicateReferences(repo).isEmpty());

    core::undoMerge(repo, snapshot);
    const auto itemAfter = repo.item(QStringLiteral("ref-li2020-9"));
    CHECK(itemAfter.fields == itemBefore.fields);
    CHECK(itemAfter.sources == itemBefore.sources);
    const auto linksAfter = repo.backlinks(QStringLiteral("ref-li2020-9"));
    REQUIRE(linksAfter.size() == linksBefore.size());
    for (qsizetype i = 0; i < linksAfter.size(); ++i) {
        CHECK(linksAfter.at(i).rowId == linksBefore.at(i).rowId);
        CHECK(linksAfter.at(i).position == linksBefore.at(i).position);
    }
    CHECK(linker.referenceList(QStringLiteral("doc-li-2020")).value(9) == QStringLiteral("ref-li2020-9"));
}

TEST_CASE("references differing in author, year or DOI are not duplicates", "[linking][duplicates]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    auto &repo = kb->repository();
    const auto ref
        = [&](const QString &id, const QString &title, int year, const QJsonArray &authors, const QString &doi) {
              core::Item item;
              item.type = core::ItemType::Reference;
              item.id = id;
              QJsonObject old { { QStringLiteral("title"), title }, { QStringLiteral("year"), year },
                  { QStringLiteral("authors"), authors } };
              if (!doi.isEmpty())
                  old.insert(QStringLiteral("doi"), doi);
              item.fields = core::referenceFromLegacy(old);
              repo.createItem(item);
          };
    const QJsonArray wang { QJsonObject { { QStringLiteral("family"), QStringLiteral("王") } } };
    const QJsonArray wangEn { QJsonObject { { QStringLiteral("literal"), QStringLiteral("Wang Hui") } } };
    const QJsonArray zhang { QJsonObject { { QStringLiteral("family"), QStringLiteral("Zhang") } } };
    ref(QStringLiteral("r1"), QStringLiteral("Grid Management in Practice"), 2019, wang, {});
    ref(QStringLiteral("r2"), QStringLiteral("ＧＲＩＤ management in practice."), 2019, wangEn, {});
    ref(QStringLiteral("r3"), QStringLiteral("Grid management in practice"), 2019, zhang, {});
    ref(QStringLiteral("r4"), QStringLiteral("Grid management in practice"), 2020, wang, {});
    ref(QStringLiteral("r5"), QStringLiteral("Another title"), 2001, zhang, QStringLiteral("10.1/ABC"));
    ref(QStringLiteral("r6"), QStringLiteral("A different title"), 2002, wang, QStringLiteral("doi:10.1/abc"));
    const auto groups = core::findDuplicateReferences(repo);
    REQUIRE(groups.size() == 2);
    CHECK(groups.at(0).ids == QStringList { QStringLiteral("r1"), QStringLiteral("r2") });
    CHECK(groups.at(1).ids == QStringList { QStringLiteral("r5"), QStringLiteral("r6") });
    CHECK(groups.at(1).reason == QStringLiteral("doi"));
}

TEST_CASE("plenum-cli link reports milestones, citations and references with code point offsets", "[linking][cli]")
{
    test::TempDir dir;
    const QString db = dir.path("kb.db");
    test::createKb(db);
    QString out, err;
    REQUIRE(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("link"),
                             QStringLiteral(PLENUM_TEST_DATA "/linking/paper-excerpt.txt") },
                out, err)
        == 0);
    const QJsonArray rows = QJsonDocument::fromJson(out.toUtf8()).array();
    QStringList milestones, unresolved;
    QSet<QString> cited;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("milestone"))
            milestones.append(o.value(QStringLiteral("id")).toString());
        if (kind == QLatin1String("citation") && o.value(QStringLiteral("resolved")).toBool())
            cited.insert(o.value(QStringLiteral("id")).toString());
        if (kind == QLatin1String("citation") && !o.value(QStringLiteral("resolved")).toBool())
            unresolved.append(QString::number(o.value(QStringLiteral("number")).toInt()));
    }
    CHECK(milestones == QStringList { QStringLiteral("cc16-4"), QStringLiteral("cc18-3"), QStringLiteral("nc18") });
    CHECK(cited.size() == 9);
    CHECK(unresolved == QStringList { QStringLiteral("12") });
    const auto firstMilestone = std::find_if(rows.begin(), rows.end(), [](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("milestone");
    });
    const QJsonObject first = firstMilestone->toObject();
    CHECK(first.value(QStringLiteral("matched")).toString()
        == QStringLiteral("4th meeting of the 16th CPC Central Committee"));
    CHECK(first.value(QStringLiteral("start")).toInt() == 128);
    CHECK(first.value(QStringLiteral("end")).toInt() == 173);
}

TEST_CASE("plenum-cli link refuses a file that is not UTF-8 and names it", "[linking][cli]")
{
    test::TempDir dir;
    const QString db = dir.path("kb.db");
    test::createKb(db);
    const QString bad = dir.path("latin1.txt");
    test::writeFile(bad, QByteArray("Caf\xe9 au lait"));
    QString out, err;
    CHECK(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("link"), bad }, out, err) == 2);
    CHECK(err.contains(bad));
    CHECK(err.contains(QStringLiteral("UTF-8")));
    CHECK(out.isEmpty());
}

TEST_CASE("plenum-cli backlinks, mentions and duplicates", "[linking][cli]")
{
    test::TempDir dir;
    const QString db = dir.path("kb.db");
    test::createKb(db);
    QString out, err;
    REQUIRE(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("backlinks"),
                             QStringLiteral("十八届三中全会") },
                out, err)
        == 0);
    const QJsonObject back = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(back.value(QStringLiteral("id")).toString() == QStringLiteral("cc18-3"));
    QStringList types;
    for (const QJsonValue &g : back.value(QStringLiteral("groups")).toArray())
        types.append(g.toObject().value(QStringLiteral("type")).toString());
    CHECK(types.contains(QStringLiteral("document")));
    CHECK(types.contains(QStringLiteral("statement")));

    REQUIRE(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("mentions"),
                             QStringLiteral("cc18-3") },
                out, err)
        == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("mentions")).toArray().isEmpty());

    REQUIRE(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("duplicates") }, out, err) == 0);
    CHECK(out.contains(QStringLiteral("ref-li2020-8, ref-li2020-9")));

    REQUIRE(test::runCli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("relink"),
                             QStringLiteral("st-li2020-2") },
                out, err)
        == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("links")).toInt() >= 1);
}

TEST_CASE("a note's backlink passage reads as text: names and citations, not markup", "[linking][notes]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    auto &repo = kb->repository();
    core::Item note;
    note.type = core::ItemType::Note;
    note.id = QStringLiteral("note-test");
    note.fields.insert(QStringLiteral("title"), QStringLiteral("Test"));
    note.fields.insert(QStringLiteral("body"),
        QStringLiteral("The [[cc18-3]] made it a **task** [@flynn2017, p. 5; @nosuchkey]. Later [[nc19|the 19th]] and "
                       "[[十八届三中全会]] again."));
    core::saveNote(repo, note);
    QStringList contexts;
    for (const core::Link &l : repo.backlinks(QStringLiteral("cc18-3")))
        if (l.sourceId == note.id)
            contexts.append(core::linkContext(repo, l));
    REQUIRE(contexts.size() == 2);
    // An ID becomes the item's English name (the passage is English); bold marks are dropped;
    // a citation is "(Author year, locator)", a key that names nothing stays as written.
    CHECK(contexts.at(0)
        == QStringLiteral(
            "The Third Plenary Session of the 18th Central Committee of the Communist Party of China made "
            "it a task (Flynn 2017, p. 5; @nosuchkey)."));
    // A label and an alias are shown as written.
    CHECK(contexts.at(1) == QStringLiteral("Later the 19th and 十八届三中全会 again."));
    CHECK(core::renderedNoteText(repo, QStringLiteral("[[cc18-3]]把社会管理改为社会治理"))
        == QStringLiteral("中国共产党第十八届中央委员会第三次全体会议把社会管理改为社会治理"));
    // Text with stray marks is left alone.
    CHECK(core::renderedNoteText(repo, QStringLiteral("2 * 3 and a_b")) == QStringLiteral("2 * 3 and a_b"));
}

TEST_CASE("a long note's backlink passage is cut after it is rendered, never through a [[link]]", "[linking][notes]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    auto &repo = kb->repository();
    core::Item note;
    note.type = core::ItemType::Note;
    note.id = QStringLiteral("note-long");
    note.fields.insert(QStringLiteral("title"), QStringLiteral("Long"));
    // One sentence of about 300 characters whose second link sits where the passage is cut.
    const QString filler(282, QChar(0x6cbb)); // 治…
    note.fields.insert(QStringLiteral("body"), QStringLiteral("[[cc18-3]]") + filler + QStringLiteral("[[cc19-4]]。"));
    core::saveNote(repo, note);
    QStringList contexts;
    for (const core::Link &l : repo.backlinks(QStringLiteral("cc18-3")))
        if (l.sourceId == note.id)
            contexts.append(core::linkContext(repo, l));
    REQUIRE(contexts.size() == 1);
    CHECK(contexts.at(0).startsWith(QStringLiteral("中国共产党第十八届中央委员会第三次全体会议治")));
    CHECK_FALSE(contexts.at(0).contains(QLatin1String("[[")));
    CHECK(contexts.at(0).endsWith(QChar(0x2026)));
    CHECK(contexts.at(0).size() <= 300);
}

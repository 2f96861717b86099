#include "search/queryparser.h"
#include "search/searchtokenizer.h"
#include "testsupport.h"
#include "text/searchtext.h"

#include <vector>

using namespace plenum::core;
using namespace plenum::core::search;

namespace {

struct Span {
    QString token;
    bool colocated;
    int start;
    int end;
};

int collectSpans(void *context, bool colocated, const char *token, int length, int start, int end)
{
    static_cast<std::vector<Span> *>(context)->push_back({ QString::fromUtf8(token, length), colocated, start, end });
    return 0;
}

std::vector<Span> spans(const QByteArray &utf8, TokenizeMode mode = TokenizeMode::Document)
{
    std::vector<Span> out;
    tokenize(std::string_view(utf8.constData(), std::size_t(utf8.size())), mode, collectSpans, &out);
    return out;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList l;
    for (const char *i : items)
        l.append(QString::fromUtf8(i));
    return l;
}

// Runs EXPRESSION against a real FTS5 table with our tokenizer: it must never be an SQL error.
std::int64_t runMatch(Database &db, const QString &expression)
{
    auto q = db.prepare("SELECT count(*) FROM t WHERE t MATCH ?1");
    q.bindAll(expression);
    REQUIRE(q.next());
    return q.integer(0);
}

Database ftsDatabase()
{
    Database db = Database::openMemory();
    registerTokenizer(db);
    db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'plenum')");
    for (const char *text : { "推进社会治理现代化", "grid management in Zhejiang", "网格化管理 grid management",
             "坚持和发展新时代枫桥经验", "Governance of society 社會治理" })
        db.prepare("INSERT INTO t(x) VALUES (?1)").bindAll(QString::fromUtf8(text)).run();
    return db;
}

} // namespace

TEST_CASE("CJK text is indexed as characters with colocated bigrams", "[search][tokenizer]")
{
    CHECK(tokens(QStringLiteral("社会治理")) == list({ "社", "社会", "会", "会治", "治", "治理", "理" }));
    CHECK(tokens(QStringLiteral("社会治理"), TokenizeMode::Query) == list({ "社会", "会治", "治理", "理" }));
    CHECK(tokens(QStringLiteral("治"), TokenizeMode::Query) == list({ "治" }));

    // Byte spans: the character's own span, the bigram's two characters; bigrams are colocated.
    const auto s = spans(QByteArray("a社会"));
    REQUIRE(s.size() == 4);
    CHECK((s[0].token == QStringLiteral("a") && s[0].start == 0 && s[0].end == 1));
    CHECK((s[1].token == QStringLiteral("社") && !s[1].colocated && s[1].start == 1 && s[1].end == 4));
    CHECK((s[2].token == QStringLiteral("社会") && s[2].colocated && s[2].start == 1 && s[2].end == 7));
    CHECK((s[3].token == QStringLiteral("会") && !s[3].colocated && s[3].start == 4 && s[3].end == 7));
}

TEST_CASE("Latin words are lower-cased, accent-folded and stemmed", "[search][tokenizer]")
{
    CHECK(tokens(QStringLiteral("GOVERNING governed governs")) == list({ "govern", "govern", "govern" }));
    CHECK(tokens(QStringLiteral("policies policy")) == list({ "polici", "polici" }));
    CHECK(tokens(QStringLiteral("managing managed manages")) == list({ "manag", "manag", "manag" }));
    CHECK(tokens(QStringLiteral("Café RÉSUMÉ")) == tokens(QStringLiteral("cafe resume")));
    CHECK(tokens(QStringLiteral("grid")) == list({ "grid" }));
    // A prefix query keeps its last word as typed so "govern*" matches every form.
    CHECK(tokens(QStringLiteral("social govern"), TokenizeMode::Prefix) == list({ "social", "govern" }));
    // Inflections only: words users tell apart stay apart.
    CHECK(stem("governance") != stem("government"));
    CHECK(stem("governance") != stem("governing"));
    CHECK(stem("governments") == stem("government"));
    CHECK(stem("mediation") != stem("mediate"));
}

TEST_CASE("Mixed, Traditional, full-width and compatibility text folds to one form", "[search][tokenizer]")
{
    CHECK(tokens(QStringLiteral("2013年grid")) == list({ "2013", "年", "grid" }));
    CHECK(tokens(QStringLiteral("社會治理")) == tokens(QStringLiteral("社会治理")));
    CHECK(tokens(QStringLiteral("國家治理體系")) == tokens(QStringLiteral("国家治理体系")));
    CHECK(tokens(QStringLiteral("ＧＤＰ　２０２０")) == list({ "gdp", "2020" }));
    CHECK(tokens(QStringLiteral("ﬁnance ①")) == tokens(QStringLiteral("finance 1")));
    CHECK(tokens(QStringLiteral("🙂🎉 — …")).isEmpty());
    CHECK(foldKey(QStringLiteral("  Social   Governance ")) == QStringLiteral("social governance"));
    CHECK(foldKey(QStringLiteral("社會治理")) == QStringLiteral("社会治理"));
    // ASCII text folds as it does beside any other character (an ideographic space at the end,
    // which folds to nothing there): every printable character, in runs and between words.
    QStringList samples { QStringLiteral("Third Plenary Session of the 18th Central Committee"),
        QStringLiteral("  --CPC's 3rd plenum, (2013)!  "), QStringLiteral("a\tB\nc_d~e"), QString() };
    for (char16_t c = 0x20; c < 0x7F; ++c)
        samples << QStringLiteral("x%1Y%1%1z").arg(QChar(c)) << QString(QChar(c));
    for (const QString &ascii : samples) {
        INFO(ascii.toStdString());
        CHECK(foldKey(ascii) == foldKey(ascii + QChar(0x3000)));
    }
}

TEST_CASE("The query parser understands every operator and filter", "[search][parser]")
{
    CHECK(parseQuery(QStringLiteral("社会 治理")).expression == QStringLiteral("\"社会\" AND \"治理\""));
    CHECK(parseQuery(QStringLiteral("\"grid management\"")).expression == QStringLiteral("\"grid management\""));
    CHECK(parseQuery(QStringLiteral("a OR b c")).expression == QStringLiteral("(\"a\" OR \"b\") AND \"c\""));
    CHECK(parseQuery(QStringLiteral("治理 -网格")).expression == QStringLiteral("(\"治理\") NOT \"网格\""));
    CHECK(parseQuery(QStringLiteral("治理 NOT 网格 NOT grid")).expression
        == QStringLiteral("(\"治理\") NOT (\"网格\" OR \"grid\")"));
    CHECK(parseQuery(QStringLiteral("-\"grid management\" 治理")).expression
        == QStringLiteral("(\"治理\") NOT \"grid management\""));
    CHECK(parseQuery(QStringLiteral("govern*")).expression == QStringLiteral("\"govern\"*"));
    CHECK(parseQuery(QStringLiteral("a AND b")).expression == QStringLiteral("\"a\" AND \"b\""));

    const auto q = parseQuery(QStringLiteral("治理 type:statement,concept milestone:cc18-3 concept:social-governance "
                                             "year:2013..2017 lang:zh"));
    CHECK(q.expression == QStringLiteral("\"治理\""));
    CHECK(q.filters.types == QList<ItemType> { ItemType::Statement, ItemType::Concept });
    CHECK(q.filters.milestones == QStringList { QStringLiteral("cc18-3") });
    CHECK(q.filters.concepts == QStringList { QStringLiteral("social-governance") });
    CHECK((q.filters.yearFrom == 2013 && q.filters.yearTo == 2017));
    CHECK(q.filters.language == QStringLiteral("zh"));
    CHECK(q.ignored.isEmpty());

    CHECK((parseQuery(QStringLiteral("x year:2015")).filters.yearFrom == 2015
        && parseQuery(QStringLiteral("x year:2015")).filters.yearTo == 2015));
    CHECK(!parseQuery(QStringLiteral("x year:..2015")).filters.yearFrom);
    CHECK(parseQuery(QStringLiteral("x year:abc lang:fr type:nothing")).ignored.size() == 3);
    // An unknown key is text, not a filter.
    CHECK(parseQuery(QStringLiteral("http://example.org")).expression == QStringLiteral("\"http://example.org\""));
}

TEST_CASE("Hostile input gives a valid expression or none, never an SQL error", "[search][parser]")
{
    Database db = ftsDatabase();
    const QStringList hostile = {
        QStringLiteral("\"社会治理"),
        QStringLiteral("\"\"\""),
        QStringLiteral("OR"),
        QStringLiteral("NOT"),
        QStringLiteral("AND"),
        QStringLiteral("-"),
        QStringLiteral("*"),
        QStringLiteral("治理 OR"),
        QStringLiteral("OR OR 治理"),
        QStringLiteral("治理 NOT"),
        QStringLiteral("NEAR(治理 社会, 2)"),
        QStringLiteral("{x}: 治理"),
        QStringLiteral("x:治理 ^治理"),
        QStringLiteral("(治理"),
        QStringLiteral("治理)"),
        QStringLiteral("a + b - c"),
        QStringLiteral("\"a\"*\"b\""),
        QStringLiteral("🙂"),
        QStringLiteral("🙂 治理 🎉"),
        QStringLiteral("'; DROP TABLE t; --"),
        QStringLiteral("\\\"\\"),
        QStringLiteral("type:"),
        QString(QChar(0)) + QStringLiteral("治理"),
        QStringLiteral("\u0002治理\u0003"),
        QString(),
        QStringLiteral("   "),
        QStringLiteral("治理*****"),
        QStringLiteral("--治理"),
        QString(10240, QChar(u'治')),
        QStringLiteral("grid ").repeated(2048),
    };
    for (const QString &input : hostile) {
        INFO("input: " << input.left(40).toStdString());
        const ParsedQuery q = parseQuery(input);
        if (!q.expression.isEmpty()) {
            CHECK_NOTHROW(runMatch(db, q.expression));
            CHECK_NOTHROW(runMatch(
                db, QString(q.namesExpression).replace(QStringLiteral("{title aliases}"), QStringLiteral("{x}"))));
        }
    }
    CHECK(parseQuery(QStringLiteral("\"社会治理")).expression == QStringLiteral("\"社会治理\""));
    CHECK(parseQuery(QStringLiteral("OR")).expression.isEmpty());
    CHECK(parseQuery(QStringLiteral("🙂")).expression.isEmpty());
    CHECK(parseQuery(QStringLiteral("-治理")).expression.isEmpty());
    CHECK(parseQuery(QString(10240, QChar(u'治'))).truncated);
    CHECK(parseQuery(QStringLiteral("grid ").repeated(2048)).truncated);
}

TEST_CASE("Parsed queries find CJK substrings of any length, across scripts", "[search][parser]")
{
    Database db = ftsDatabase();
    auto hits = [&](const char *text) { return runMatch(db, parseQuery(QString::fromUtf8(text)).expression); };
    CHECK(hits("社会治理") == 2); // one Simplified, one Traditional
    CHECK(hits("社會治理") == 2);
    CHECK(hits("治") == 2);
    CHECK(hits("枫桥") == 1);
    CHECK(hits("新时代枫桥经验") == 1);
    CHECK(hits("\"grid management\"") == 2);
    CHECK(hits("managements grids") == 2); // inflections only: not "managing"
    CHECK(hits("managing grids") == 0);
    CHECK(hits("网格化 OR 枫桥") == 2);
    CHECK(hits("management -网格") == 1);
    CHECK(hits("gov*") == 1);
    CHECK(hits("社会治") == 2);
    CHECK(hits("治理现代化") == 1);
    CHECK(hits("理现") == 1);
}

TEST_CASE("Aliases expand words that name an item, and can be turned off", "[search][parser]")
{
    const AliasLookup lookup = [](const QString &key) -> std::optional<AliasEntry> {
        if (key == QStringLiteral("social governance") || key == QStringLiteral("社会治理"))
            return AliasEntry { QStringLiteral("social-governance"),
                { QStringLiteral("Social governance"), QStringLiteral("社会治理"), QStringLiteral("社會治理") } };
        return std::nullopt;
    };
    const auto q = parseQuery(QStringLiteral("social governance 创新"), lookup);
    CHECK(q.expression == QStringLiteral("(\"social governance\" OR \"社会治理\") AND \"创新\""));
    REQUIRE(q.expansions.size() == 1);
    CHECK(q.expansions[0].entityId == QStringLiteral("social-governance"));
    CHECK(q.expansions[0].added == QStringList { QStringLiteral("社会治理") });
    CHECK(parseQuery(QStringLiteral("\"社會治理\""), lookup).expression
        == QStringLiteral("(\"社會治理\" OR \"Social governance\")"));
    const auto off = parseQuery(QStringLiteral("social governance 创新"));
    CHECK(off.expansions.isEmpty());
    CHECK(off.expression == QStringLiteral("\"social\" AND \"governance\" AND \"创新\""));
}

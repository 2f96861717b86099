// Search benchmark: builds synthetic knowledge bases and times our index against a plain FTS5
// trigram table (LIKE below 3 characters) and a full scan with instr(), on the same data, in one run.
// Usage: bench_search [--sizes 100000,1000000] [--dir build/bench] [--reps 5] [--reuse 1] [--keep-index 1]
//        [--postings off]   (FTS5 only, no phrase postings: the code before ADR 0028, for comparison)
//        [--lengths off]    (walks look each row's length up in FTS5's docsize: before ADR 0029)
//        bench_search --sizes N --dir D --queries 'q1;q2'   (time these queries alone)
//        bench_search --sizes N --dir D --probe 'q1;q2'     (cost of scoring rows one by one)
// --reuse 1 keeps the knowledge bases and trigram tables of an earlier run (the search index is
// still rebuilt and timed, unless --keep-index 1). Every target is printed beside its measured
// value with PASS or FAIL, and the exact-ranking check compares each page with a ranking that
// scores every match (in this run, on the same index).
#include "facade/knowledgebase.h"
#include "search/queryparser.h"
#include "search/rowid.h"
#include "search/searchindex.h"
#include "search/searchtokenizer.h"
#include "synthetic.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace plenum;
using core::Database;
using core::search::SearchIndex;
using core::search::SearchOptions;

namespace {

struct QueryClass {
    const char *name;
    QStringList queries;
    bool chinese = false; // recall is checked against the full scan
    bool baselines = true;
};

struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, std::size_t(q * double(ms.size() - 1) + 0.5))]; };
    return { at(0.5), at(0.95) };
}

QString cell(const Stats &s)
{
    return QStringLiteral("%1 / %2").arg(s.median, 0, 'f', 1).arg(s.p95, 0, 'f', 1);
}

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

long peakRssMb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("unknown");
}

double fileMb(const QString &path)
{
    return double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0;
}

// Words of a query without quotes or filters, for the baselines.
QStringList plainWords(const QString &q)
{
    QString s = q;
    s.remove(QLatin1Char('"'));
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool isPhrase(const QString &q)
{
    return q.startsWith(QLatin1Char('"'));
}

// Trigram baseline: MATCH when every word has 3+ characters, else LIKE (FTS5's trigram LIKE path).
void trigram(Database &db, const QString &q, bool count, std::int64_t *hits = nullptr)
{
    const QStringList words = isPhrase(q) ? QStringList { plainWords(q).join(QLatin1Char(' ')) } : plainWords(q);
    const bool match = std::all_of(words.begin(), words.end(), [](const QString &w) { return w.size() >= 3; });
    QString sql;
    if (match)
        sql = count
            ? QStringLiteral("SELECT count(*) FROM tri WHERE tri MATCH ?1")
            : QStringLiteral(
                "SELECT rowid, snippet(tri, 0, '[', ']', '…', 16) FROM tri WHERE tri MATCH ?1 ORDER BY rank LIMIT 50");
    else
        sql = count ? QStringLiteral("SELECT count(*) FROM tri WHERE text LIKE ?1 AND text LIKE ?2")
                    : QStringLiteral("SELECT rowid, text FROM tri WHERE text LIKE ?1 AND text LIKE ?2 LIMIT 50");
    auto query = db.prepare(sql.toUtf8().constData());
    if (match) {
        QStringList quoted;
        for (const QString &w : words)
            quoted.append(QLatin1Char('"') + w + QLatin1Char('"'));
        query.bind(1, quoted.join(QLatin1Char(' ')));
    } else {
        query.bind(1, QLatin1Char('%') + words.value(0) + QLatin1Char('%'));
        query.bind(2, QLatin1Char('%') + words.value(1) + QLatin1Char('%'));
    }
    std::int64_t n = 0;
    while (query.next())
        n = count ? query.integer(0) : n + 1;
    if (hits)
        *hits = n;
}

void scan(Database &db, const QString &q, bool count)
{
    const QStringList words = isPhrase(q) ? QStringList { plainWords(q).join(QLatin1Char(' ')) } : plainWords(q);
    auto query = db.prepare(count
            ? "SELECT count(*) FROM statements WHERE instr(text, ?1) > 0 AND instr(text, ?2) > 0"
            : "SELECT id, text FROM statements WHERE instr(text, ?1) > 0 AND instr(text, ?2) > 0 LIMIT 50");
    query.bindAll(words.value(0), words.value(1));
    while (query.next()) { }
}

QSet<QString> scanIds(Database &db, const QString &q)
{
    QSet<QString> ids;
    auto query = db.prepare("SELECT id FROM statements WHERE instr(text, ?1) > 0");
    query.bindAll(q);
    while (query.next())
        ids.insert(query.text(0));
    return ids;
}

QSet<QString> indexIds(Database &idx, const QString &q)
{
    QSet<QString> ids;
    auto query = idx.prepare("SELECT d.entity_id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid "
                             "WHERE search_fts MATCH ?1");
    query.bindAll(core::search::parseQuery(q).expression);
    while (query.next())
        ids.insert(query.text(0));
    return ids;
}

// The best N entity ids of Q by scoring every match with plenum_rank() (document frequencies
// counted by FTS5 over all matches, synonyms per clause as the index ranks them), ties by row id,
// type, year and language filters applied to the row ids.
QStringList exhaustiveTop(Database &idx, core::search::RankState &state, SearchIndex &index, const QString &q, int n)
{
    namespace rowid = core::search::rowid;
    const core::search::ParsedQuery parsed = index.parse(q);
    state.df.clear();
    state.clauseOf.clear();
    for (const auto &p : parsed.phrases)
        state.clauseOf.push_back(p.clause);
    ++state.generation;
    auto all = idx.prepare("SELECT rowid, plenum_rank(search_fts, 10.0, 5.0, 1.0) AS score FROM search_fts "
                           "WHERE search_fts MATCH ?1 ORDER BY score, rowid");
    all.bindAll(parsed.expression);
    const auto &f = parsed.filters;
    std::vector<std::int64_t> rows;
    while (all.next() && int(rows.size()) < n) {
        const std::int64_t id = all.integer(0);
        const int year = 1900 + int(rowid::kYear.of(id));
        if ((f.yearFrom && year < *f.yearFrom) || (f.yearTo && year > *f.yearTo))
            continue;
        if (!f.types.isEmpty() && !f.types.contains(rowid::typeOfCode(int(rowid::kType.of(id)))))
            continue;
        if (!f.language.isEmpty() && (rowid::kLang.of(id) & (f.language == QLatin1String("zh") ? 1 : 2)) == 0)
            continue;
        rows.push_back(id);
    }
    QStringList ids;
    auto entity = idx.prepare("SELECT entity_id FROM search_docs WHERE id = ?1");
    for (const std::int64_t id : rows) {
        entity.reset();
        entity.bindAll(id);
        ids.append(entity.next() ? entity.text(0) : QString());
    }
    return ids;
}

double overlap(const QList<core::search::SearchHit> &hits, const QStringList &expected, int n)
{
    QSet<QString> a, b;
    for (qsizetype i = 0; i < std::min<qsizetype>(n, hits.size()); ++i)
        a.insert(hits[i].id);
    for (qsizetype i = 0; i < std::min<qsizetype>(n, expected.size()); ++i)
        b.insert(expected[i]);
    return b.isEmpty() ? (a.isEmpty() ? 1.0 : 0.0) : double(QSet<QString>(a).intersect(b).size()) / double(b.size());
}

// --postings off: every search keeps to FTS5 (SearchOptions::Postings::Off).
SearchOptions::Postings g_postings = SearchOptions::Postings::Reuse;
// --lengths off: walks look each row's length up in FTS5 (SearchOptions::heldLengths false).
bool g_heldLengths = true;

struct Verdicts {
    QStringList lines;
    bool allPass = true;
    void add(const QString &target, const QString &measured, bool pass)
    {
        lines.append(QStringLiteral("| %1 | %2 | %3 |")
                         .arg(target, measured, pass ? QStringLiteral("PASS") : QStringLiteral("FAIL")));
        allPass = allPass && pass;
    }
    // A figure shown beside the targets that has none of its own.
    void show(const QString &what, const QString &measured)
    {
        lines.append(QStringLiteral("| %1 | %2 | (no target) |").arg(what, measured));
    }
};

void runSize(int n, const QString &dir, int reps, bool reuse, bool keepIndex)
{
    const QString kbPath = dir + QStringLiteral("/kb-%1.db").arg(n);
    const QString triPath = dir + QStringLiteral("/trigram-%1.db").arg(n);
    reuse = reuse && QFile::exists(kbPath) && QFile::exists(triPath);
    keepIndex = reuse && keepIndex;
    QStringList stale;
    if (!reuse)
        stale = QStringList { kbPath, SearchIndex::indexPath(kbPath), triPath };
    else if (!keepIndex)
        stale = QStringList { SearchIndex::indexPath(kbPath) };
    for (const QString &p : stale)
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(p + QLatin1String(suffix));

    bench::SyntheticCorpus corpus;
    std::int64_t textBytes = 0;
    const double insertMs = reuse ? 0.0 : timeMs([&] {
        auto kb = core::KnowledgeBase::open(kbPath, true, core::KnowledgeBase::Content::Empty);
        Database &db = kb->database();
        core::Transaction tx(db);
        auto entity = db.prepare("INSERT INTO entities(id, type) VALUES (?1, 'statement')");
        auto statement = db.prepare("INSERT INTO statements(id, text, language, date) VALUES (?1, ?2, ?3, ?4)");
        for (int i = 0; i < n; ++i) {
            const auto s = corpus.next();
            const QString id = QStringLiteral("st-%1").arg(i);
            textBytes += s.text.toUtf8().size();
            entity.reset();
            entity.bindAll(id).run();
            statement.reset();
            statement.bindAll(id, s.text, s.language, s.date).run();
        }
        tx.commit();
    });
    if (reuse) {
        Database kb = Database::open(kbPath, Database::OpenMode::ReadOnly);
        auto q = kb.prepare("SELECT sum(length(CAST(text AS BLOB))) FROM statements");
        textBytes = q.next() ? q.integer(0) : 0;
    }
    std::unique_ptr<SearchIndex> index;
    const double indexMs = timeMs([&] { index = SearchIndex::open(kbPath); });
    const long rssAfterImport = peakRssMb();
    Database idx = Database::open(SearchIndex::indexPath(kbPath), Database::OpenMode::ReadWrite);
    core::search::RankState *rankState = core::search::registerTokenizer(idx);
    double impactsMb = 0;
    {
        auto q = idx.prepare("SELECT sum(length(data)) + sum(length(token)) FROM search_impacts");
        impactsMb = q.next() ? double(q.integer(0)) / 1048576.0 : 0;
    }
    double ftsMb = 0;
    {
        auto q = idx.prepare("SELECT sum(length(block)) FROM search_fts_data");
        ftsMb = q.next() ? double(q.integer(0)) / 1048576.0 : 0;
    }

    Database tri = Database::open(triPath, Database::OpenMode::Create);
    const double triMs = reuse ? 0.0 : timeMs([&] {
        tri.exec("CREATE VIRTUAL TABLE tri USING fts5(text, tokenize = 'trigram')");
        tri.prepare("ATTACH DATABASE ?1 AS kb").bindAll(kbPath).run();
        core::Transaction tx(tri);
        tri.exec("INSERT INTO tri(text) SELECT text FROM kb.statements");
        tx.commit();
    });
    Database kbDb = Database::open(kbPath, Database::OpenMode::ReadWrite);

    std::printf("\n## %d statements\n\n", n);
    std::printf("| | ours | trigram FTS5 | full scan |\n|---|---|---|---|\n");
    if (reuse)
        std::printf("| import | (reused the knowledge base and trigram table of an earlier run) | | |\n");
    else
        std::printf("| import (insert + index), statements/s | %.0f (insert %.1f s + index %.1f s) | %.0f (insert %.1f "
                    "s + index %.1f s) | %.0f |\n",
            n / ((insertMs + indexMs) / 1000), insertMs / 1000, indexMs / 1000, n / ((insertMs + triMs) / 1000),
            insertMs / 1000, triMs / 1000, n / (insertMs / 1000));
    const double indexRate = keepIndex ? 0 : n / (indexMs / 1000);
    std::printf("| index build alone, statements/s | %s | %s | |\n",
        keepIndex ? "(index kept)"
                  : qPrintable(QStringLiteral("%1 (%2 s)").arg(indexRate, 0, 'f', 0).arg(indexMs / 1000, 0, 'f', 1)),
        reuse ? "" : qPrintable(QStringLiteral("%1").arg(n / (triMs / 1000), 0, 'f', 0)));
    std::printf("| text indexed | %.1f MB | | |\n", double(textBytes) / 1048576.0);
    const double indexFileMb = fileMb(SearchIndex::indexPath(kbPath));
    std::printf("| index file (FTS5 segments; block bounds) | %.1f MB (%.1f MB; %.1f MB) | %.1f MB | 0 |\n",
        indexFileMb, ftsMb, impactsMb, fileMb(triPath));
    std::printf("| peak memory (RSS) after import and indexing | %ld MB | | |\n\n", rssAfterImport);

    const QList<QueryClass> classes = {
        { "1-char Chinese", { QStringLiteral("治"), QStringLiteral("社"), QStringLiteral("会"), QStringLiteral("县") },
            true },
        { "2-char Chinese",
            { QStringLiteral("治理"), QStringLiteral("社会"), QStringLiteral("基层"), QStringLiteral("信访") }, true },
        { "3–4-char Chinese",
            { QStringLiteral("社会治理"), QStringLiteral("枫桥经验"), QStringLiteral("网格员"),
                QStringLiteral("诉源治理") },
            true },
        { "English words",
            { QStringLiteral("governance"), QStringLiteral("mediation"), QStringLiteral("petitions"),
                QStringLiteral("elderly") } },
        { "phrases",
            { QStringLiteral("\"grid management\""), QStringLiteral("\"social governance\""),
                QStringLiteral("\"rule of law\""), QStringLiteral("\"基层治理\"") } },
        { "multi-word Chinese",
            { QStringLiteral("社会治理 基层"), QStringLiteral("网格化管理 社区 服务"),
                QStringLiteral("枫桥经验 人民调解"), QStringLiteral("治理 社会 服务") },
            false, false },
        { "mixed",
            { QStringLiteral("治理 governance"), QStringLiteral("社会治理 grid"), QStringLiteral("枫桥 mediation") } },
        { "with filters",
            { QStringLiteral("治理 type:statement year:2013..2017"), QStringLiteral("社会 lang:zh"),
                QStringLiteral("governance lang:en year:2020..2024"), QStringLiteral("year:2015..2018 社会治理"),
                QStringLiteral("治 year:2013") },
            false, false },
        { "filters alone",
            { QStringLiteral("type:statement"), QStringLiteral("year:2013..2017"), QStringLiteral("lang:en") }, false,
            false },
        { "rare terms", { corpus.rareZh(1), corpus.rareZh(2), corpus.rareEn(1), corpus.rareEn(2) }, true },
    };
    std::printf("Latency in ms, median / p95 (%d runs of each query after one warm-up).\n\n", reps);
    std::printf("\"ours top 50\" ranks every time (RankState's page of the last search not reused); \"same "
                "search again\" is the identical search repeated, which continues the page it kept.\n\n");
    std::printf("\"first search\" is each query's first search with nothing kept from earlier ones "
                "(SearchIndex::forgetCaches(): no phrase postings, phrase frequencies or page), as after a change "
                "to the index: median / worst of the class's queries. \"read ahead\" is what the GUI then does "
                "in the background while the user reads (SearchIndex::holdPostings(): the query's phrase postings); "
                "the columns after it are timed after it, as a user's next searches are.\n\n");
    std::printf("| class | first search | read ahead | ours top 50 + snippets | same search again | ours hit count | "
                "ours count + "
                "facets | trigram "
                "top 50 | trigram count | scan top 50 | scan count | hits (ours) | exact ranking "
                "|\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    SearchOptions top;
    top.postings = g_postings;
    top.heldLengths = g_heldLengths;
    top.facets = false;
    top.count = false;
    top.reusePages = false;
    SearchOptions kept = top;
    kept.reusePages = true;
    SearchOptions count;
    count.postings = g_postings;
    count.limit = 0;
    count.facets = false;
    SearchOptions facets;
    facets.postings = g_postings;
    facets.limit = 0;
    QStringList recallLines;
    QStringList exactLines;
    int exactQueries = 0, exactPerfect = 0;
    std::vector<std::pair<QString, double>> classP95, firstWorst;
    double frequentFacetsP95 = 0;
    bool recallAll = true;
    for (const auto &c : classes) {
        std::vector<double> oursFirst, oursAhead, oursTop, oursKept, oursCount, oursFacets, triTop, triCount, scanTop,
            scanCount;
        QStringList hitCounts;
        bool exact = true;
        for (const QString &q : c.queries) {
            index->forgetCaches();
            oursFirst.push_back(timeMs([&] { (void)index->search(q, top); }));
            // What the GUI does after showing the page and its counts, while the user reads.
            if (g_postings != SearchOptions::Postings::Off)
                oursAhead.push_back(timeMs([&] { (void)index->holdPostings(q); }));
            for (int r = 0; r < reps; ++r) {
                oursTop.push_back(timeMs([&] { exact = index->search(q, top).exactRanking && exact; }));
                oursKept.push_back(timeMs([&] { (void)index->search(q, kept); }));
                std::int64_t hits = 0;
                oursCount.push_back(timeMs([&] { hits = index->search(q, count).total; }));
                oursFacets.push_back(timeMs([&] { (void)index->search(q, facets); }));
                if (r == 0)
                    hitCounts.append(QString::number(hits));
                if (c.baselines) {
                    triTop.push_back(timeMs([&] { trigram(tri, q, false); }));
                    triCount.push_back(timeMs([&] { trigram(tri, q, true); }));
                    scanTop.push_back(timeMs([&] { scan(kbDb, q, false); }));
                    scanCount.push_back(timeMs([&] { scan(kbDb, q, true); }));
                }
            }
            const bool cjk = std::any_of(q.begin(), q.end(), [](QChar ch) { return ch.unicode() >= 0x3400; });
            if (c.chinese && cjk && !q.contains(QLatin1Char(' '))) {
                const auto expected = scanIds(kbDb, q);
                const auto found = indexIds(idx, q);
                std::int64_t triHits = 0;
                trigram(tri, q, true, &triHits);
                recallAll = recallAll && expected.size() == QSet<QString>(expected).intersect(found).size();
                const double recall = expected.isEmpty()
                    ? 1.0
                    : double(QSet<QString>(expected).intersect(found).size()) / double(expected.size());
                recallLines.append(QStringLiteral("| %1 | %2 | %3 | %4 % | %5 |")
                                       .arg(q)
                                       .arg(expected.size())
                                       .arg(found.size())
                                       .arg(recall * 100, 0, 'f', 1)
                                       .arg(triHits));
            }
        }
        classP95.emplace_back(QString::fromUtf8(c.name), stats(oursTop).p95);
        firstWorst.emplace_back(QString::fromUtf8(c.name), *std::max_element(oursFirst.begin(), oursFirst.end()));
        if (c.queries.first() == QStringLiteral("治"))
            frequentFacetsP95 = stats(oursFacets).p95;
        const QString none = QStringLiteral("—");
        const Stats first = stats(oursFirst);
        std::printf("| %s | %.1f / %.1f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", c.name,
            first.median, *std::max_element(oursFirst.begin(), oursFirst.end()),
            qPrintable(oursAhead.empty() ? QStringLiteral("—") : cell(stats(oursAhead))),
            qPrintable(cell(stats(oursTop))), qPrintable(cell(stats(oursKept))), qPrintable(cell(stats(oursCount))),
            qPrintable(cell(stats(oursFacets))), qPrintable(c.baselines ? cell(stats(triTop)) : none),
            qPrintable(c.baselines ? cell(stats(triCount)) : none),
            qPrintable(c.baselines ? cell(stats(scanTop)) : none),
            qPrintable(c.baselines ? cell(stats(scanCount)) : none), qPrintable(hitCounts.join(QStringLiteral(", "))),
            exact ? "yes" : "bounded");
        std::fflush(stdout);
        if (QByteArray(c.name) == "filters alone")
            continue;
        for (const QString &q : c.queries) {
            SearchOptions page = top;
            page.limit = 50;
            const auto hits = index->search(q, page).hits;
            const QStringList expected = exhaustiveTop(idx, *rankState, *index, q, 50);
            const double o10 = overlap(hits, expected, 10), o50 = overlap(hits, expected, 50);
            ++exactQueries;
            exactPerfect += o10 == 1.0 && o50 == 1.0 ? 1 : 0;
            exactLines.append(
                QStringLiteral("| %1 | %2 % | %3 % |").arg(q).arg(o10 * 100, 0, 'f', 0).arg(o50 * 100, 0, 'f', 0));
        }
    }
    // More queries for the exact-ranking check (no timing): the rest of the frequent vocabulary.
    for (const char *q :
        { "发展", "改革", "管理", "服务", "建设", "推进", "坚持", "创新", "体系", "制度", "法治", "群众", "社区",
            "现代化", "国家治理", "依法治国", "公共服务", "治理能力", "网格化管理", "平安建设", "基层治理", "社会管理",
            "信访 OR 调解", "治理 -社会", "grid", "community", "\"public services\"", "govern*" }) {
        const QString query = QString::fromUtf8(q);
        const auto hits = index->search(query, top).hits;
        const QStringList expected = exhaustiveTop(idx, *rankState, *index, query, 50);
        const double o10 = overlap(hits, expected, 10), o50 = overlap(hits, expected, 50);
        ++exactQueries;
        exactPerfect += o10 == 1.0 && o50 == 1.0 ? 1 : 0;
        exactLines.append(
            QStringLiteral("| %1 | %2 % | %3 % |").arg(query).arg(o10 * 100, 0, 'f', 0).arg(o50 * 100, 0, 'f', 0));
    }
    std::printf(
        "\nExact ranking: overlap of our top 10 and top 50 with a ranking that scores every match by the same "
        "formula (plenum_rank, document frequencies counted by FTS5):\n\n| query | top 10 | top 50 |\n|---|---|---|\n");
    for (const QString &l : exactLines)
        std::printf("%s\n", qPrintable(l));
    std::printf("\nRecall of Chinese queries against the full scan (instr):\n\n| query | full scan | ours | recall | "
                "trigram hits |\n|---|---|---|---|---|\n");
    for (const QString &l : recallLines)
        std::printf("%s\n", qPrintable(l));
    std::printf("\nPeak memory (RSS) at the end of this size: %ld MB\n", peakRssMb());

    Verdicts v;
    v.add(QStringLiteral("exact ranking: top 10 and top 50 = 100 % of the exhaustive ranking, on >= 50 queries"),
        QStringLiteral("%1 of %2 queries at 100 %").arg(exactPerfect).arg(exactQueries),
        exactQueries >= 50 && exactPerfect == exactQueries);
    for (const auto &[name, p95] : classP95) {
        const bool rare = name == QLatin1String("rare terms");
        v.add(QStringLiteral("top 50 + snippets p95 <= %1 ms: %2").arg(rare ? 10 : 50).arg(name),
            QStringLiteral("%1 ms").arg(p95, 0, 'f', 1), p95 <= (rare ? 10.0 : 50.0));
    }
    for (const auto &[name, worst] : firstWorst)
        v.show(QStringLiteral("first search after a change to the index, worst query: %1").arg(name),
            QStringLiteral("%1 ms").arg(worst, 0, 'f', 1));
    v.add(QStringLiteral("count + facets of the most frequent term (治) p95 <= 150 ms"),
        QStringLiteral("%1 ms").arg(frequentFacetsP95, 0, 'f', 1), frequentFacetsP95 <= 150);
    if (!keepIndex)
        v.add(QStringLiteral("index build >= 10,000 statements/s"), QStringLiteral("%1/s").arg(indexRate, 0, 'f', 0),
            indexRate >= 10000);
    const double ratio = textBytes > 0 ? indexFileMb * 1048576.0 / double(textBytes) : 0;
    v.add(
        QStringLiteral("index file <= 3x the indexed text"), QStringLiteral("%1x").arg(ratio, 0, 'f', 2), ratio <= 3.0);
    v.add(QStringLiteral("recall vs full scan for Chinese 1-4-character queries = 100 %"),
        recallAll ? QStringLiteral("100 %") : QStringLiteral("below 100 %"), recallAll);
    std::printf(
        "\n### Targets at %d statements (load average when done: %s)\n\n| target | measured | |\n|---|---|---|\n", n,
        qPrintable(loadAverage()));
    for (const QString &l : v.lines)
        std::printf("%s\n", qPrintable(l));
    std::printf("\n%s\n", v.allPass ? "ALL TARGETS PASS" : "SOME TARGETS FAIL");
    std::fflush(stdout);
}

// Times QUERIES (top 50 + snippets, as the GUI's first call) on the index of DIR's N-statement
// knowledge base: the first run, then REPS runs: for profiling one class without the full run.
// "@rare" stands for the rare-terms class.
void runQueries(int n, const QString &dir, int reps, QStringList queries)
{
    if (const qsizetype at = queries.indexOf(QStringLiteral("@rare")); at >= 0) {
        const bench::SyntheticCorpus corpus;
        queries.replace(at, corpus.rareZh(1));
        queries.append({ corpus.rareZh(2), corpus.rareEn(1), corpus.rareEn(2) });
    }
    const QString kbPath = dir + QStringLiteral("/kb-%1.db").arg(n);
    std::unique_ptr<SearchIndex> index;
    const double opened = timeMs([&] { index = SearchIndex::open(kbPath); });
    std::printf("SearchIndex::open: %.1f ms\n", opened);
    SearchOptions top;
    top.postings = g_postings;
    top.heldLengths = g_heldLengths;
    top.facets = false;
    top.count = false;
    top.reusePages = false;
    SearchOptions kept = top;
    kept.reusePages = true;
    SearchOptions facets;
    facets.postings = g_postings;
    facets.limit = 0;
    // The same searches with Chinese words matched by their full query phrase, alternating with
    // the default in this process (SearchOptions::matchWithoutTail).
    SearchOptions topFull = top, facetsFull = facets;
    topFull.matchWithoutTail = false;
    facetsFull.matchWithoutTail = false;
    std::printf(
        "Load average at the start: %s\n\n| query | first run (counts phrase frequencies) | read ahead (GUI) | then, "
        "ranked each time, median / p95 | same, full phrases | same search again (page kept) | count + facets, "
        "median / p95 | same, full phrases |\n|---|---|---|---|---|---|---|---|\n",
        qPrintable(loadAverage()));
    for (const QString &q : queries) {
        index->forgetCaches();
        const double first = timeMs([&] { (void)index->search(q, top); });
        const double ahead = timeMs([&] { (void)index->holdPostings(q); });
        std::vector<double> ms, full, again, counted, countedFull;
        for (int r = 0; r < reps; ++r) {
            full.push_back(timeMs([&] { (void)index->search(q, topFull); }));
            ms.push_back(timeMs([&] { (void)index->search(q, top); }));
            again.push_back(timeMs([&] { (void)index->search(q, kept); }));
            countedFull.push_back(timeMs([&] { (void)index->search(q, facetsFull); }));
            counted.push_back(timeMs([&] { (void)index->search(q, facets); }));
        }
        std::printf("| %s | %.1f | %.1f | %s | %s | %s | %s | %s |\n", qPrintable(q), first, ahead,
            qPrintable(cell(stats(ms))), qPrintable(cell(stats(full))), qPrintable(cell(stats(again))),
            qPrintable(cell(stats(counted))), qPrintable(cell(stats(countedFull))));
        std::fflush(stdout);
    }
}

// Cost of scoring rows by random access (FTS5 MATCH with rowid = ?, one statement per row, or
// rowid IN a list of 2,000) against a walk of every match: it decides whether scoring candidates
// a bound leaves can pay (ADR 0014, "Fourth pass"). Every 50th row of the first phrase's matches.
void runProbe(int n, const QString &dir, QStringList queries)
{
    const QString kbPath = dir + QStringLiteral("/kb-%1.db").arg(n);
    std::unique_ptr<SearchIndex> index = SearchIndex::open(kbPath);
    Database idx = Database::open(SearchIndex::indexPath(kbPath), Database::OpenMode::ReadWrite);
    core::search::RankState *state = core::search::registerTokenizer(idx);
    std::printf("Load average at the start: %s\n", qPrintable(loadAverage()));
    for (const QString &q : queries) {
        const auto parsed = index->parse(q);
        state->df.clear();
        state->clauseOf.clear();
        ++state->generation;
        const QString first = QLatin1Char('"') + parsed.phrases.first().text + QLatin1Char('"');
        std::vector<std::int64_t> ids;
        auto list = idx.prepare("SELECT rowid FROM search_fts WHERE search_fts MATCH ?1");
        list.bindAll(first);
        std::int64_t k = 0;
        while (list.next())
            if (k++ % 50 == 0 && ids.size() < 2000)
                ids.push_back(list.integer(0));
        auto one = idx.prepare("SELECT rowid, plenum_rank(search_fts, 10.0, 5.0, 1.0) FROM search_fts WHERE "
                               "search_fts MATCH ?1 AND rowid = ?2");
        int found = 0;
        const double ms = timeMs([&] {
            for (const std::int64_t id : ids) {
                one.reset();
                one.bindAll(parsed.expression, id);
                found += one.next() ? 1 : 0;
            }
        });
        QString json = QStringLiteral("[");
        for (const std::int64_t id : ids)
            json += QString::number(id) + QLatin1Char(',');
        json.chop(1);
        json += QLatin1Char(']');
        auto in = idx.prepare("SELECT rowid, plenum_rank(search_fts, 10.0, 5.0, 1.0) FROM search_fts WHERE "
                              "search_fts MATCH ?1 AND rowid IN (SELECT value FROM json_each(?2))");
        int foundIn = 0;
        const double msIn = timeMs([&] {
            in.bindAll(parsed.expression, json);
            while (in.next())
                ++foundIn;
        });
        auto walk = idx.prepare("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?1");
        std::int64_t all = 0;
        const double msWalk = timeMs([&] {
            walk.bindAll(parsed.expression);
            all = walk.next() ? walk.integer(0) : 0;
        });
        std::printf("%s: %zu lookups %.1f ms (%.1f us each, %d matched); IN %.1f ms (%d); walk of %lld %.1f ms\n",
            qPrintable(q), ids.size(), ms, ms * 1000 / double(ids.size()), found, msIn, foundIn, (long long)all,
            msWalk);
        // A page: the first 50 matches.
        QString page = QStringLiteral("[");
        auto firstRows = idx.prepare("SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 LIMIT 50");
        firstRows.bindAll(parsed.expression);
        while (firstRows.next())
            page += QString::number(firstRows.integer(0)) + QLatin1Char(',');
        page.back() = QLatin1Char(']');
        // The lookups of a page (what highlighting it costs beyond highlight() itself, which needs
        // the content table of the index's own connection): one statement for the page (rowid IN
        // a list), or one statement per row.
        const char *const kPage = "SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 AND rowid IN "
                                  "(SELECT value FROM json_each(?2))";
        const char *const kRow = "SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 AND rowid = ?2";
        std::vector<double> asPage, byRow;
        int rows = 0;
        for (int r = 0; r < 5; ++r) {
            auto h = idx.prepare(kPage);
            asPage.push_back(timeMs([&] {
                h.bindAll(parsed.expression, page);
                while (h.next())
                    ++rows;
            }));
            auto one = idx.prepare(kRow);
            byRow.push_back(timeMs([&] {
                for (const QString &id : page.mid(1, page.size() - 2).split(QLatin1Char(','))) {
                    one.reset();
                    one.bindAll(parsed.expression, std::int64_t(id.toLongLong()));
                    rows += one.next() ? 1 : 0;
                }
            }));
        }
        std::printf("  lookups of a page of %d: %s ms in one statement, %s ms one statement per row\n", rows / 10,
            qPrintable(cell(stats(asPage))), qPrintable(cell(stats(byRow))));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes { 100000 };
    QString dir = QStringLiteral("build/bench");
    int reps = 5;
    bool reuse = false;
    bool keepIndex = false;
    QStringList queries, probe;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes.append(s.toInt());
        } else if (args[i] == QLatin1String("--dir")) {
            dir = args[i + 1];
        } else if (args[i] == QLatin1String("--reuse")) {
            reuse = args[i + 1] == QLatin1String("1");
        } else if (args[i] == QLatin1String("--keep-index")) {
            keepIndex = args[i + 1] == QLatin1String("1");
        } else if (args[i] == QLatin1String("--postings")) {
            g_postings
                = args[i + 1] == QLatin1String("off") ? SearchOptions::Postings::Off : SearchOptions::Postings::Reuse;
        } else if (args[i] == QLatin1String("--lengths")) {
            g_heldLengths = args[i + 1] != QLatin1String("off");
        } else if (args[i] == QLatin1String("--reps")) {
            reps = std::max(1, args[i + 1].toInt());
        } else if (args[i] == QLatin1String("--probe")) {
            probe = args[i + 1].split(QLatin1Char(';'), Qt::SkipEmptyParts);
        } else if (args[i] == QLatin1String("--queries")) {
            queries = args[i + 1].split(QLatin1Char(';'), Qt::SkipEmptyParts);
        }
    }
    QDir().mkpath(dir);
    std::printf("# bench_search: SQLite %s, sizes", sqlite3_libversion());
    for (int n : sizes)
        std::printf(" %d", n);
    std::printf("\n");
    try {
        for (int n : sizes)
            if (!probe.isEmpty())
                runProbe(n, dir, probe);
            else if (queries.isEmpty())
                runSize(n, dir, reps, reuse, keepIndex);
            else
                runQueries(n, dir, reps, queries);
    } catch (const core::Error &e) {
        std::fprintf(stderr, "bench_search: %s\n", e.what());
        return 2;
    }
    return 0;
}

// Search benchmark: builds synthetic knowledge bases and times our index against a plain FTS5
// trigram table (LIKE below 3 characters) and a full scan with instr(), on the same data, in one run.
// Usage: bench_search [--sizes 100000,1000000] [--dir build/bench] [--reps 5] [--reuse 1]
// --reuse 1 keeps the knowledge bases and trigram tables of an earlier run (queries only; the
// import figures are then those of opening the existing files).
#include "facade/knowledgebase.h"
#include "search/queryparser.h"
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

void runSize(int n, const QString &dir, int reps, bool reuse)
{
    const QString kbPath = dir + QStringLiteral("/kb-%1.db").arg(n);
    const QString triPath = dir + QStringLiteral("/trigram-%1.db").arg(n);
    reuse = reuse && QFile::exists(kbPath) && QFile::exists(triPath);
    if (!reuse)
        for (const QString &p : { kbPath, SearchIndex::indexPath(kbPath), triPath })
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
    std::unique_ptr<SearchIndex> index;
    const double indexMs = timeMs([&] { index = SearchIndex::open(kbPath); });
    const long rssAfterImport = peakRssMb();
    Database idx = Database::open(SearchIndex::indexPath(kbPath), Database::OpenMode::ReadWrite);
    core::search::registerTokenizer(idx);
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
    std::printf("| import (insert + index), statements/s | %.0f (insert %.1f s + index %.1f s) | %.0f (insert %.1f s + "
                "index %.1f s) | %.0f |\n",
        n / ((insertMs + indexMs) / 1000), insertMs / 1000, indexMs / 1000, n / ((insertMs + triMs) / 1000),
        insertMs / 1000, triMs / 1000, n / (insertMs / 1000));
    std::printf("| text indexed | %.1f MB | | |\n", double(textBytes) / 1048576.0);
    std::printf("| index file (FTS5 segments alone) | %.1f MB (%.1f MB) | %.1f MB | 0 |\n",
        fileMb(SearchIndex::indexPath(kbPath)), ftsMb, fileMb(triPath));
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
        { "mixed",
            { QStringLiteral("治理 governance"), QStringLiteral("社会治理 grid"), QStringLiteral("枫桥 mediation") } },
        { "with filters",
            { QStringLiteral("治理 type:statement year:2013..2017"), QStringLiteral("社会 lang:zh"),
                QStringLiteral("governance lang:en year:2020..2024") },
            false, false },
        { "rare terms", { corpus.rareZh(1), corpus.rareZh(2), corpus.rareEn(1), corpus.rareEn(2) }, true },
    };
    std::printf("Latency in ms, median / p95 (%d runs of each query after one warm-up).\n\n", reps);
    std::printf(
        "| class | ours top 50 + snippets | ours hit count | ours count + facets | trigram top 50 | trigram count | "
        "scan top 50 | scan count | hits (ours) | exact ranking |\n|---|---|---|---|---|---|---|---|---|---|\n");
    SearchOptions top;
    top.facets = false;
    top.count = false;
    SearchOptions count;
    count.limit = 0;
    count.facets = false;
    SearchOptions facets;
    facets.limit = 0;
    QStringList recallLines;
    for (const auto &c : classes) {
        std::vector<double> oursTop, oursCount, oursFacets, triTop, triCount, scanTop, scanCount;
        QStringList hitCounts;
        bool exact = true;
        for (const QString &q : c.queries) {
            (void)index->search(q, top);
            for (int r = 0; r < reps; ++r) {
                oursTop.push_back(timeMs([&] { exact = index->search(q, top).exactRanking && exact; }));
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
        const QString none = QStringLiteral("—");
        std::printf("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", c.name, qPrintable(cell(stats(oursTop))),
            qPrintable(cell(stats(oursCount))), qPrintable(cell(stats(oursFacets))),
            qPrintable(c.baselines ? cell(stats(triTop)) : none),
            qPrintable(c.baselines ? cell(stats(triCount)) : none),
            qPrintable(c.baselines ? cell(stats(scanTop)) : none),
            qPrintable(c.baselines ? cell(stats(scanCount)) : none), qPrintable(hitCounts.join(QStringLiteral(", "))),
            exact ? "yes" : "bounded");
        std::fflush(stdout);
    }
    std::printf("\nRecall of Chinese queries against the full scan (instr):\n\n| query | full scan | ours | recall | "
                "trigram hits |\n|---|---|---|---|---|\n");
    for (const QString &l : recallLines)
        std::printf("%s\n", qPrintable(l));
    std::printf("\nPeak memory (RSS) at the end of this size: %ld MB\n", peakRssMb());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes { 100000 };
    QString dir = QStringLiteral("build/bench");
    int reps = 5;
    bool reuse = false;
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
        } else if (args[i] == QLatin1String("--reps")) {
            reps = std::max(1, args[i + 1].toInt());
        }
    }
    QDir().mkpath(dir);
    std::printf("# bench_search: SQLite %s, sizes", sqlite3_libversion());
    for (int n : sizes)
        std::printf(" %d", n);
    std::printf("\n");
    try {
        for (int n : sizes)
            runSize(n, dir, reps, reuse);
    } catch (const core::Error &e) {
        std::fprintf(stderr, "bench_search: %s\n", e.what());
        return 2;
    }
    return 0;
}

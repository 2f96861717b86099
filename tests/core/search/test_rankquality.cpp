#include "search/searchindex.h"
#include "testsupport.h"

#include <QFile>
#include <QTextStream>

#include <cmath>
#include <cstdio>

using namespace plenum::core;
using namespace plenum::core::search;
using plenum::test::TempDir;

namespace {

struct Labelled {
    QString query;
    QHash<QString, int> grades; // item id → grade
};

QList<Labelled> labels()
{
    QFile f(QStringLiteral(PLENUM_TEST_DATA "/ranking/labels.tsv"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QList<Labelled> out;
    QTextStream in(&f);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        Labelled l { parts.first(), {} };
        for (const QString &p : parts.mid(1))
            l.grades.insert(p.section(QLatin1Char('='), 0, 0), p.section(QLatin1Char('='), 1).toInt());
        out.append(l);
    }
    return out;
}

double dcg(const QList<int> &grades)
{
    double sum = 0;
    for (qsizetype i = 0; i < grades.size(); ++i)
        sum += (std::pow(2.0, grades[i]) - 1) / std::log2(double(i) + 2);
    return sum;
}

double ndcgAt10(const SearchResults &r, const QHash<QString, int> &grades)
{
    QList<int> got;
    for (qsizetype i = 0; i < std::min<qsizetype>(10, r.hits.size()); ++i)
        got.append(grades.value(r.hits[i].id, 0));
    QList<int> ideal = grades.values();
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    const double best = dcg(ideal.mid(0, 10));
    return best > 0 ? dcg(got) / best : 0;
}

} // namespace

// The threshold is justified in docs/adr/0014-exact-ranking-by-block-bounds.md.
TEST_CASE("Researchers find the items their queries name on the first page (nDCG@10)", "[search][quality]")
{
    TempDir dir;
    const QString kb = dir.path(QStringLiteral("kb.db"));
    plenum::test::createKb(kb);
    auto index = SearchIndex::open(kb);
    const QList<Labelled> set = labels();
    REQUIRE(set.size() >= 30);
    double sum = 0;
    for (const Labelled &l : set) {
        SearchOptions o;
        o.limit = 10;
        o.facets = false;
        const double n = ndcgAt10(index->search(l.query, o), l.grades);
        if (n < 0.5)
            std::printf("nDCG@10 %.2f for %s\n", n, qPrintable(l.query));
        sum += n;
    }
    const double mean = sum / double(set.size());
    std::printf(
        "Ranking quality: mean nDCG@10 %.3f over %lld labelled queries\n", mean, static_cast<long long>(set.size()));
    CHECK(mean >= 0.90);
}

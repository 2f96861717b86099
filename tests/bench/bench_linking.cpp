// Linking throughput and registry rebuild cost, with the full bundled registry.
// Usage: bench_linking [MEGABYTES]   (default 64: the size of the mixed text scanned)
#include "facade/knowledgebase.h"
#include "linking/aliasregistry.h"
#include "linking/linker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace plenum;

namespace {

// Passages of the labelled set (every milestone form and look-alike) between plain sentences
// that name nothing, in both languages.
QString mixedText(qsizetype utf8Bytes)
{
    QStringList passages;
    QFile file(QStringLiteral(PLENUM_TEST_DATA "/linking/passages.jsonl"));
    if (file.open(QIODevice::ReadOnly))
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                passages.append(QJsonDocument::fromJson(line).object().value(QStringLiteral("text")).toString());
    const QStringList filler = {
        QStringLiteral("The committee met again in the spring and reviewed the budget for the coming year. "),
        QStringLiteral(
            "Local officials described the pilot projects, the staffing problems and the results of the survey. "),
        QStringLiteral("会议听取了有关部门的工作汇报，并就下一阶段的重点任务进行了讨论。"),
        QStringLiteral("调查显示，多数受访者对本地公共服务的便利程度表示满意。"),
    };
    QString text;
    qsizetype bytes = 0;
    for (qsizetype i = 0; bytes < utf8Bytes; ++i) {
        const QString &piece = (i % 3 == 0 && !passages.isEmpty()) ? passages.at((i / 3) % passages.size())
                                                                   : filler.at(i % filler.size());
        text += piece;
        text += QLatin1Char(' ');
        bytes += piece.toUtf8().size() + 1;
    }
    return text;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int megabytes = argc > 1 ? std::max(1, atoi(argv[1])) : 64;
    QTemporaryDir dir;
    auto kb = core::KnowledgeBase::open(dir.filePath(QStringLiteral("bench.db")), true);
    auto &repo = kb->repository();

    // Registry rebuild: what every alias edit costs the next recognition.
    std::vector<double> buildMs;
    core::AliasRegistry registry;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        registry = core::AliasRegistry::build(repo);
        buildMs.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("registry: %d patterns, %zu automaton nodes, rebuild %.1f ms (median of 7)\n", registry.patternCount(),
        registry.nodeCount(), median(buildMs));

    const QString text = mixedText(qsizetype(megabytes) * 1024 * 1024);
    const double mb = text.toUtf8().size() / (1024.0 * 1024.0);

    // Baseline: one case-folding pass of Qt over the same text (a lower bound for any per-character work).
    std::vector<double> baseMs, scanMs;
    qsizetype sink = 0, mentions = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        sink += text.toCaseFolded().size();
        baseMs.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        mentions = registry.recognize(text).size();
        scanMs.push_back(t.nsecsElapsed() / 1e6);
    }
    const double scan = median(scanMs), base = median(baseMs);
    std::printf("text: %.1f MB UTF-8, %lld mentions\n", mb, static_cast<long long>(mentions));
    std::printf("recognize: %.0f ms = %.1f MB/s (median of 3)\n", scan, mb / (scan / 1000.0));
    std::printf("baseline QString::toCaseFolded: %.0f ms = %.1f MB/s; recognize takes %.2fx the baseline\n", base,
        mb / (base / 1000.0), scan / base);

    // Re-linking the whole bundled knowledge base (statements, notes, documents) in one transaction.
    core::Linker linker(repo);
    QElapsedTimer t;
    t.start();
    const auto summary = linker.linkAll();
    const double bundledMs = t.nsecsElapsed() / 1e6;
    std::printf("linkAll on the bundled knowledge base: %d items, %d auto links, %.0f ms\n", summary.items,
        summary.links, bundledMs);

    // Re-linking grows with the items, not their square (each item linked adds a journal row;
    // checking the journal per item once made 1M statements take hours).
    {
        core::Transaction tx(repo.database());
        auto entity = repo.database().prepare("INSERT INTO entities(id, type) VALUES (?1, 'statement')");
        auto statement = repo.database().prepare("INSERT INTO statements(id, text, language) VALUES (?1, ?2, 'zh')");
        for (int i = 0; i < 20000; ++i) {
            const QString id = QStringLiteral("st-bench-%1").arg(i);
            entity.reset();
            entity.bindAll(id).run();
            statement.reset();
            statement.bindAll(id, text.mid(qsizetype(i) * 200 % (text.size() - 300), 200)).run();
        }
        tx.commit();
    }
    t.restart();
    const auto more = linker.linkAll();
    const double moreMs = t.nsecsElapsed() / 1e6;
    std::printf("linkAll with 20,000 more statements: %d items, %d auto links, %.0f ms; per item %.1f us against "
                "%.1f us on the bundled base alone (%.2fx)\n",
        more.items, more.links, moreMs, moreMs * 1000 / more.items, bundledMs * 1000 / summary.items,
        (moreMs / more.items) / (bundledMs / summary.items));
    return sink > 0 ? 0 : 1;
}

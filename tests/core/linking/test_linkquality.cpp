#include "testsupport.h"

#include "linking/linker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

using namespace plenum;

// The labelled passages of tests/data/linking/passages.jsonl (format in tests/data/linking/README.md).
TEST_CASE("milestone and concept recognition reaches 0.97 precision and recall on the labelled passages",
    "[linking][quality]")
{
    QFile file(QStringLiteral(PLENUM_TEST_DATA "/linking/passages.jsonl"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    core::Linker linker(kb->repository());
    const auto &registry = linker.registry();

    struct Score {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
    };
    std::map<QString, Score> scores;
    int passages = 0, negatives = 0, ambiguousWrong = 0;
    QSet<QString> languages;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject passage = QJsonDocument::fromJson(line).object();
        ++passages;
        languages.insert(passage.value(QStringLiteral("lang")).toString());
        const QString text = passage.value(QStringLiteral("text")).toString();
        // Mentions as (kind, id, text) with counts, so a name written twice must be found twice.
        std::map<QString, int> expected, found;
        const auto key = [](const QString &kind, const QJsonValue &id, const QString &matched) {
            const QString ids
                = id.isArray() ? QJsonDocument(id.toArray()).toJson(QJsonDocument::Compact) : id.toString();
            return kind + QLatin1Char('\t') + ids + QLatin1Char('\t') + matched;
        };
        const QJsonArray mentions = passage.value(QStringLiteral("mentions")).toArray();
        negatives += mentions.isEmpty() ? 1 : 0;
        for (const QJsonValue &v : mentions) {
            const QJsonObject m = v.toObject();
            ++expected[key(m.value(QStringLiteral("kind")).toString(), m.value(QStringLiteral("id")),
                m.value(QStringLiteral("text")).toString())];
        }
        for (const core::Mention &m : registry.recognize(text)) {
            const QJsonValue id = m.kind == core::MentionKind::Ambiguous
                ? QJsonValue(QJsonArray::fromStringList(m.candidates))
                : QJsonValue(m.id);
            ++found[key(core::mentionKindName(m.kind), id, m.matched)];
        }
        for (const auto &[k, n] : expected) {
            const QString kind = k.section(QLatin1Char('\t'), 0, 0);
            const int hit = std::min(n, found.count(k) ? found.at(k) : 0);
            scores[kind].truePositives += hit;
            scores[kind].falseNegatives += n - hit;
            if (n > hit)
                UNSCOPED_INFO("missed in passage " << passage.value(QStringLiteral("n")).toInt() << ": " << k);
        }
        for (const auto &[k, n] : found) {
            const int hit = std::min(n, expected.count(k) ? expected.at(k) : 0);
            scores[k.section(QLatin1Char('\t'), 0, 0)].falsePositives += n - hit;
            if (n > hit)
                UNSCOPED_INFO("wrongly found in passage " << passage.value(QStringLiteral("n")).toInt() << ": " << k);
        }
    }
    CHECK(passages >= 80);
    CHECK(negatives >= 10);
    CHECK(languages == QSet<QString> { QStringLiteral("en"), QStringLiteral("zh") });
    for (const char *kind : { "milestone", "concept" }) {
        const Score &s = scores[QLatin1String(kind)];
        const double precision = s.truePositives / double(std::max(1, s.truePositives + s.falsePositives));
        const double recall = s.truePositives / double(std::max(1, s.truePositives + s.falseNegatives));
        INFO(kind << ": precision " << precision << ", recall " << recall << " (" << s.truePositives << " found)");
        CHECK(s.truePositives >= 40);
        CHECK(precision >= 0.97);
        CHECK(recall >= 0.97);
    }
    // A bare 三中全会 is either resolved or reported with its candidates, never guessed.
    ambiguousWrong
        = scores[QStringLiteral("ambiguous")].falsePositives + scores[QStringLiteral("ambiguous")].falseNegatives;
    CHECK(ambiguousWrong == 0);
}

// Replays the fuzz corpora kept in tests/data/fuzz/<target>/ (seeds and every input that once
// crashed) through the same entry points as the libFuzzer targets, in the normal test build.
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <functional>
#include <map>

#define PLENUM_FUZZ_ENTRY(name) extern "C" int fuzz_##name##_entry(const std::uint8_t *data, std::size_t size);
PLENUM_FUZZ_ENTRY(paper)
PLENUM_FUZZ_ENTRY(bibtex)
PLENUM_FUZZ_ENTRY(ris)
PLENUM_FUZZ_ENTRY(csljson)
PLENUM_FUZZ_ENTRY(kbformat)
PLENUM_FUZZ_ENTRY(query)
PLENUM_FUZZ_ENTRY(tokenizer)
PLENUM_FUZZ_ENTRY(linker)
PLENUM_FUZZ_ENTRY(markdown)

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const std::map<QString, int (*)(const std::uint8_t *, std::size_t)> entries = {
        { QStringLiteral("paper"), fuzz_paper_entry },
        { QStringLiteral("bibtex"), fuzz_bibtex_entry },
        { QStringLiteral("ris"), fuzz_ris_entry },
        { QStringLiteral("csljson"), fuzz_csljson_entry },
        { QStringLiteral("kbformat"), fuzz_kbformat_entry },
        { QStringLiteral("query"), fuzz_query_entry },
        { QStringLiteral("tokenizer"), fuzz_tokenizer_entry },
        { QStringLiteral("linker"), fuzz_linker_entry },
        { QStringLiteral("markdown"), fuzz_markdown_entry },
    };
    const QDir root(QCoreApplication::arguments().value(1));
    int inputs = 0;
    for (const auto &[name, entry] : entries) {
        const QDir dir(root.filePath(name));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                return 1;
            const QByteArray data = f.readAll();
            entry(reinterpret_cast<const std::uint8_t *>(data.constData()), static_cast<std::size_t>(data.size()));
            ++inputs;
        }
    }
    std::printf("%d fuzz inputs replayed\n", inputs);
    return inputs > 0 ? 0 : 1;
}

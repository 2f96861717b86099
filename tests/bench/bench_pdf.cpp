// PDF import speed and memory (issue 15): a 30-page two-column article (< 2 s with structure and
// linking) and a 500-page book (< 60 s, with progress), peak memory of the process (< 500 MB).
// The PDFs are drawn first with QPdfWriter (tests/support/pdffixture.h); drawing is not timed.
#include "facade/fileimport.h"
#include "facade/knowledgebase.h"
#include "pdffixture.h"
#include "pdfpapers.h"
#include "sources/pdfreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>

using namespace plenum;

namespace {

long peakRssMb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6)) / 1024;
    return 0;
}

// Imports PATH into a new knowledge base; returns seconds and prints what was made.
double importOnce(const QString &kbPath, const QString &pdf, const char *label, int *progressCalls)
{
    auto kb = core::KnowledgeBase::open(kbPath, true);
    QFile file(pdf);
    file.open(QIODevice::ReadOnly);
    QElapsedTimer read;
    read.start();
    const std::clock_t readCpu = std::clock();
    const core::PdfText text = core::readPdf(file.readAll(), pdf);
    std::printf("%-34s %6.2f s (%.2f s CPU) reading %d pages alone\n", label, read.elapsed() / 1000.0,
        double(std::clock() - readCpu) / CLOCKS_PER_SEC, text.pages);
    QElapsedTimer t;
    t.start();
    const std::clock_t cpu = std::clock();
    const auto r = core::importFile(kb->repository(), pdf, {}, false, [&](std::int64_t, std::int64_t) {
        ++*progressCalls;
        return true;
    });
    const double s = t.elapsed() / 1000.0;
    std::printf("%-34s %6.2f s (%.2f s CPU)  %4lld statements  %3lld references  %5d progress reports\n", label, s,
        double(std::clock() - cpu) / CLOCKS_PER_SEC, static_cast<long long>(r.json.value("statements").toArray().size()),
        static_cast<long long>(r.json.value("references").toArray().size()), *progressCalls);
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    // The article: two columns, A4-sized pages of the fixture's journal.
    auto article = test::journalOptions(false);
    article.pageHeight = 842;
    const auto a = test::writePdfFixture(dir.filePath("article.pdf"), test::englishPaper(64), article);
    // The book: one column, Chinese, 500 pages.
    test::PdfFixtureOptions book;
    book.runningHeader = QStringLiteral("基层社会治理研究（专著）");
    book.firstLineIndent = 2;
    book.bodySize = 14;
    const auto b = test::writePdfFixture(dir.filePath("book.pdf"), test::chinesePaper(750), book);
    std::printf("fixtures: article %d pages, book %d pages\n", a.pages, b.pages);
    int calls = 0;
    const double articleSeconds = importOnce(dir.filePath("a.db"), dir.filePath("article.pdf"), "30-page two-column article", &calls);
    calls = 0;
    const double bookSeconds = importOnce(dir.filePath("b.db"), dir.filePath("book.pdf"), "500-page book", &calls);
    const long rss = peakRssMb();
    std::printf("peak memory (VmHWM) %ld MB\n", rss);
    const bool ok = articleSeconds < 2 && bookSeconds < 60 && rss < 500;
    std::printf("%s: article < 2 s, book < 60 s, memory < 500 MB\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}

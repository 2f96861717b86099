// PDF import speed and memory (issue 15): a 30-page two-column article (< 2 s with structure and
// linking) and a 500-page book (< 60 s, with progress), the reader's page render on the book
// (< 100 ms a page), peak memory of the process (< 500 MB).
// The PDFs are drawn first with QPdfWriter (tests/support/pdffixture.h); drawing is not timed.
#include "facade/fileimport.h"
#include "facade/knowledgebase.h"
#include "pdffixture.h"
#include "pdfpapers.h"
#include "reader/readerpane.h"
#include "sources/pdfreader.h"
#include "storage/repository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
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
// The reader on the book's document: mean time to show a page (render and highlights) over 50 pages.
double renderMs(core::KnowledgeBase &kb)
{
    reader::ReaderPane pane(kb.repository());
    pane.resize(1100, 800);
    const QString doc = kb.repository().itemIds(core::ItemType::Document).last();
    pane.openDocument(doc);
    QElapsedTimer t;
    t.start();
    for (int page = 1; page <= 500; page += 10)
        pane.goToPage(page);
    return t.elapsed() / 50.0;
}

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
        double(std::clock() - cpu) / CLOCKS_PER_SEC,
        static_cast<long long>(r.json.value("statements").toArray().size()),
        static_cast<long long>(r.json.value("references").toArray().size()), *progressCalls);
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
    const double articleSeconds
        = importOnce(dir.filePath("a.db"), dir.filePath("article.pdf"), "30-page two-column article", &calls);
    calls = 0;
    const double bookSeconds = importOnce(dir.filePath("b.db"), dir.filePath("book.pdf"), "500-page book", &calls);
    auto kb = core::KnowledgeBase::open(dir.filePath("b.db"), false);
    const double pageMs = renderMs(*kb);
    std::printf("reader: %.1f ms a page at 100 %% (mean of 50 pages of the book)\n", pageMs);
    const long rss = peakRssMb();
    std::printf("peak memory (VmHWM) %ld MB\n", rss);
    const bool ok = articleSeconds < 2 && bookSeconds < 60 && rss < 500 && pageMs < 100;
    std::printf("%s: article < 2 s, book < 60 s, page < 100 ms, memory < 500 MB\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}

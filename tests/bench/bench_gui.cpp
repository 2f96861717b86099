// How the desktop app copes with a large knowledge base: time to open a 1M-statement knowledge
// base and show the main window, to first search results, and per page of lazily loaded results,
// beside a baseline measured in the same run (opening the file with the SQLite C API and counting
// its statements). Run: build/release/tests/bench/bench_gui [--size N] [--dir DIR]
#include "facade/knowledgebase.h"
#include "search/searchindex.h"
#include "synthetic.h"
#include "ui/mainwindow.h"
#include "ui/searchpanel.h"
#include "ui/searchresultmodel.h"
#include "ui/startup.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <sqlite3.h>

#include <cstdio>

using namespace plenum;

namespace {

// What would be a message box in the app.
class StderrReporter final : public ui::ErrorReporter {
    void show(const ui::ErrorReport &report) override
    {
        std::fprintf(stderr, "bench_gui: %s: %s\n", qPrintable(report.what), qPrintable(report.message));
    }
};

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void generate(const QString &path, int size)
{
    auto kb = core::KnowledgeBase::open(path, true);
    auto &db = kb->database();
    const auto milestones = kb->repository().milestones();
    bench::SyntheticCorpus corpus;
    core::Transaction tx(db);
    auto entity = db.prepare("INSERT INTO entities (id, type, sources) VALUES (?1, 'statement', '[\"synthetic\"]')");
    auto statement
        = db.prepare("INSERT INTO statements (id, text, language, kind, date) VALUES (?1, ?2, ?3, 'paraphrase', ?4)");
    auto link = db.prepare("INSERT INTO links (source_id, target_id, relation) VALUES (?1, ?2, 'about')");
    for (int i = 0; i < size; ++i) {
        const auto s = corpus.next();
        const QString id = QStringLiteral("st-b%1").arg(i);
        entity.bind(1, id).run();
        statement.bindAll(id, s.text, s.language, s.date).run();
        if (i % 10 == 0)
            link.bindAll(id, milestones.at(i % milestones.size()).id).run();
    }
    tx.commit();
}

double baselineOpen(const QString &path)
{
    QElapsedTimer t;
    t.start();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM statements", -1, &stmt, nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ms(t);
}

} // namespace

// Three seconds later (a user reading), types TEXT into the search field and searches at once
// (Return), or, TYPED, leaves the search to the pause after typing; returns the ms to the first
// page and to the counts.
std::pair<double, double> timedSearch(
    ui::SearchPanel *panel, QSignalSpy &finished, const QString &text, bool typed = false)
{
    QTest::qWait(3000);
    const int before = int(finished.count());
    QElapsedTimer r;
    r.start();
    panel->field()->setText(text);
    if (!typed)
        panel->searchNow();
    while (finished.count() == before && ms(r) < 60000)
        finished.wait(100);
    const double first = ms(r);
    while (panel->total() < 0 && ms(r) < 120000)
        finished.wait(100);
    return { first, ms(r) };
}

// The refined search and the way back, beside the baseline.
void printRefinements(double baseline, std::pair<double, double> refinedTimes, std::pair<double, double> againTimes)
{
    const auto [refined, refinedFacets] = refinedTimes;
    const auto [again, againFacets] = againTimes;
    std::printf("| refined to 社会治理 基层 3 s later: first page | %.1f | %.1f |\n", refined, refined / baseline);
    std::printf(
        "| refined to 社会治理 基层: counts and facets | %.1f | %.1f |\n", refinedFacets, refinedFacets / baseline);
    std::printf("| back to 社会治理 3 s later: first page | %.1f | %.1f |\n", again, again / baseline);
    std::printf("| back to 社会治理: counts and facets | %.1f | %.1f |\n", againFacets, againFacets / baseline);
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int size = 1000000;
    QString dir = QStringLiteral("build/bench");
    const QStringList args = QApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--size"))
            size = args[i + 1].toInt();
        if (args[i] == QLatin1String("--dir"))
            dir = args[i + 1];
    }
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("gui-%1.db").arg(size));
    QElapsedTimer t;
    if (!QFileInfo::exists(path)) {
        t.start();
        generate(path, size);
        std::printf("generated %d statements in %.1f s\n", size, ms(t) / 1000);
        t.start();
        core::search::SearchIndex::open(path);
        std::printf("built the search index in %.1f s\n", ms(t) / 1000);
    }
    const double baseline = baselineOpen(path);

    // As the app opens (app/gui/main.cpp, ui::StartupWindow): the pages are checked while the
    // window is built and shown; the verdict comes after, and nothing writes before it.
    StderrReporter errors;
    t.start();
    auto startup = ui::StartupWindow::open(path, errors);
    if (!startup)
        return 2;
    const double openKb = ms(t);
    t.start();
    ui::MainWindow &window = *startup->window();
    window.resize(1280, 800);
    QElapsedTimer sinceShown;
    double verdict = -1;
    QObject::connect(startup.get(), &ui::StartupWindow::settled,
        [&](bool windowOpen) { verdict = windowOpen && startup->window() == &window ? ms(sinceShown) : -2; });
    startup->show();
    QApplication::processEvents();
    window.grab();
    const double showWindow = ms(t);
    sinceShown.start();

    ui::SearchPanel *panel = window.search();
    QSignalSpy finished(panel, &ui::SearchPanel::searchFinished);
    t.start();
    panel->field()->setText(QStringLiteral("社会治理"));
    panel->searchNow();
    while (panel->model()->rowCount() == 0 && ms(t) < 60000)
        finished.wait(100);
    const double firstHits = ms(t);
    while (panel->total() < 0 && ms(t) < 120000)
        finished.wait(100);
    const double withFacets = ms(t);

    std::vector<double> pages;
    for (int page = 0; page < 10 && panel->model()->canFetchMore({}); ++page) {
        const int before = panel->model()->rowCount();
        QElapsedTimer p;
        p.start();
        panel->model()->fetchMore({});
        while (panel->model()->rowCount() == before && ms(p) < 30000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        pages.push_back(ms(p));
    }
    std::sort(pages.begin(), pages.end());

    // The user refines the query by a word, a few seconds later (the worker has read ahead), then goes back.
    const auto refined = timedSearch(panel, finished, QStringLiteral("社会治理 基层"));
    const auto again = timedSearch(panel, finished, QStringLiteral("社会治理"));
    // A word with its aliases not searched before, typed: the first page from the input method's
    // commit, the pause before the search included.
    const auto typed = timedSearch(panel, finished, QStringLiteral("网格化管理"), true);

    std::printf("\nknowledge base: %d synthetic statements + the bundled content (%s)\n", size, qPrintable(path));
    std::printf("| what | ms | × baseline |\n|---|---|---|\n");
    std::printf("| baseline: sqlite3_open + count(*) of statements | %.1f | 1.0 |\n", baseline);
    std::printf("| KnowledgeBase::open (migrations, bundle fingerprint; page check started), main window built "
                "| %.1f | %.1f |\n",
        openKb, openKb / baseline);
    std::printf("| main window shown and painted | %.1f | %.1f |\n", showWindow, showWindow / baseline);
    std::printf(
        "| open total (target < 2000 ms) | %.1f | %.1f |\n", openKb + showWindow, (openKb + showWindow) / baseline);
    std::printf("| search 社会治理: first page of hits on screen | %.1f | %.1f |\n", firstHits, firstHits / baseline);
    std::printf("| search 社会治理: counts and facets | %.1f | %.1f |\n", withFacets, withFacets / baseline);
    if (!pages.empty())
        std::printf("| next page of 100 results while scrolling (median of %zu) | %.1f | %.1f |\n", pages.size(),
            pages[pages.size() / 2], pages[pages.size() / 2] / baseline);
    printRefinements(baseline, refined, again);
    std::printf(
        "| typed 网格化管理 (with its aliases) 3 s later, the %d ms pause included: first page | %.1f | %.1f |\n",
        panel->typingPause(), typed.first, typed.first / baseline);
    if (verdict == -2) {
        std::fprintf(stderr, "bench_gui: %s is damaged\n", qPrintable(path));
        return 2;
    }
    std::printf("| pages found sound (page check), after the window was painted | %s |  |\n",
        verdict >= 0 ? qPrintable(QString::number(verdict, 'f', 1)) : "not yet");
    return 0;
}

// Hostile inputs at two sizes: time to export a note body as HTML and Markdown, to scan its links,
// and to parse a BibTeX file, at 100 KB and 1 MB. Linear code takes ~10x as long for 10x the input;
// the quadratic code of issue 12 took ~100x (1 MB of "[" ran for minutes). Prints one line per
// input with both times and the ratio; exits 1 when any ratio is above 20.
// Usage: bench_hostile [SMALL_KB [NAME_PART]]   (default 100 KB; the large input is ten times that;
// NAME_PART runs only the inputs whose name contains it)
#include "export/inertmarkdown.h"
#include "export/markdownhtml.h"
#include "interchange/bibformats.h"
#include "linking/notelinks.h"
#include "text/latex.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace plenum;

namespace {

struct Input {
    const char *name;
    std::function<QString(qsizetype)> make; ///< a body of about N characters
    std::function<void(const QString &)> run;
};

QString fill(const char *piece, qsizetype n)
{
    const QString p = QString::fromUtf8(piece);
    return p.repeated(std::max<qsizetype>(1, n / p.size()));
}

void exportBody(const QString &body)
{
    const QString html = core::markdownToHtml(core::inertMarkdown(body));
    (void)core::scanNote(body);
    if (html.isEmpty())
        std::abort();
}

// Best of five runs, in milliseconds (the machine is shared; the best run is the least disturbed).
double timeOf(const Input &input, const QString &text)
{
    double best = 1e18;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        input.run(text);
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype small = (argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 100) * 1024;
    auto bib = [](const char *opener) {
        return [opener](qsizetype n) {
            const qsizetype depth = n / (qsizetype(std::strlen(opener)) + 1);
            // Many entries, each nested to the bound: the parser reads every one.
            const QString one = QStringLiteral("@misc{k%1, title = {") + fill(opener, 60 * std::strlen(opener))
                + QLatin1Char('x') + QString(60, QLatin1Char('}')) + QStringLiteral("}}\n");
            QString out;
            for (qsizetype i = 0; out.size() < depth * 2; ++i)
                out += one.arg(i);
            return out;
        };
    };
    const QList<Input> inputs = {
        { "export: '>' on one line", [](qsizetype n) { return QString(n, QLatin1Char('>')); }, exportBody },
        { "export: lines of '>'", [](qsizetype n) { return fill("> quoted\n", n); }, exportBody },
        { "export: '['", [](qsizetype n) { return QString(n, QLatin1Char('[')); }, exportBody },
        { "export: '[@@@'", [](qsizetype n) { return fill("[@@@", n); }, exportBody },
        { "export: '[a](https://x'", [](qsizetype n) { return fill("[a](https://x", n); }, exportBody },
        { "export: '# ' heading", [](qsizetype n) { return fill("# ", n); }, exportBody },
        { "export: '*_**__`'", [](qsizetype n) { return fill("*_**__`", n); }, exportBody },
        { "export: '[@a] [[x]] '", [](qsizetype n) { return fill("[@a] [[x]] ", n); }, exportBody },
        { "latex: nested \\'{", [](qsizetype n) { return fill("\\'{", n); },
            [](const QString &s) { (void)core::latex::decode(s); } },
        { "latex: nested \\emph{", [](qsizetype n) { return fill("\\emph{", n); },
            [](const QString &s) { (void)core::latex::decode(s); } },
        { "bibtex: entries nested 60 deep", bib("\\emph{"),
            [](const QString &s) { (void)core::bib::parseBibtex(s.toUtf8(), QStringLiteral("bench.bib")); } },
    };
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::printf("%-34s %9lld KB %9lld KB %8s\n", "input (best of 5, ms)", static_cast<long long>(small / 1024),
        static_cast<long long>(small * 10 / 1024), "ratio");
    bool linear = true;
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    for (const Input &input : inputs) {
        if (!QString::fromUtf8(input.name).contains(only))
            continue;
        const double a = timeOf(input, input.make(small));
        const double b = timeOf(input, input.make(small * 10));
        const double ratio = b / std::max(a, 0.001);
        linear = linear && ratio <= 20;
        std::printf("%-34s %12.2f %12.2f %8.1f\n", input.name, a, b, ratio);
    }
    std::printf(linear ? "all inputs scale linearly (ratio <= 20 for 10x the input)\n"
                       : "SOME INPUT SCALES WORSE THAN LINEARLY\n");
    return linear ? 0 : 1;
}

#include "cli/citecommands.h"

#include "cli/clicommands.h"
#include "cli/clicontext.h"
#include "export/cslengine.h"
#include "export/cslstyles.h"
#include "export/noteexport.h"

namespace plenum::cli {

int cmdStyles(Context &ctx)
{
    ctx.expectNoArgs();
    const QList<core::CslStyle> styles = core::installedStyles();
    if (ctx.json) {
        QJsonArray list;
        for (const core::CslStyle &s : styles)
            list.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("title"), s.title },
                { QStringLiteral("path"), s.path }, { QStringLiteral("user"), s.user } });
        ctx.printJson(
            QJsonObject { { QStringLiteral("styles"), list }, { QStringLiteral("default"), core::defaultStyleName() },
                { QStringLiteral("user_folder"), core::userStylesDir() } });
        return Success;
    }
    for (const core::CslStyle &s : styles)
        ctx.out << s.id << (s.user ? QStringLiteral(" (user)") : QString()) << "\t" << s.title << "\t" << s.path
                << "\n";
    ctx.out << styles.size() << " styles; add your own .csl files to " << core::userStylesDir() << "\n";
    return Success;
}

int cmdCite(Context &ctx)
{
    const QString styleName = ctx.takeValue(QStringLiteral("--style"));
    const QString locator = ctx.takeValue(QStringLiteral("--locator"));
    for (const QString &a : ctx.args)
        if (a.startsWith(QLatin1String("--")))
            throw usageError(QStringLiteral("unknown option %1").arg(a));
    if (ctx.args.isEmpty())
        throw usageError(QStringLiteral("cite needs at least one citation key"));
    QStringList keys;
    for (const QString &a : ctx.args)
        keys.append(a.startsWith(QLatin1Char('@')) ? a.mid(1) : a);
    auto kb = ctx.open();
    const core::FormattedCitation cited = core::formatCitation(
        kb->repository(), keys, styleName.isEmpty() ? QStringLiteral("gbt7714") : styleName, locator);
    if (ctx.json) {
        QJsonArray entries;
        for (qsizetype i = 0; i < cited.entriesHtml.size(); ++i)
            entries.append(QJsonObject { { QStringLiteral("key"), cited.entryKeys.value(i) },
                { QStringLiteral("text"), core::cslHtmlToText(cited.entriesHtml[i]) },
                { QStringLiteral("html"), cited.entriesHtml[i] } });
        ctx.printJson(QJsonObject { { QStringLiteral("style"), cited.style.id },
            { QStringLiteral("style_path"), cited.style.path },
            { QStringLiteral("citation"), core::cslHtmlToText(cited.citationHtml) },
            { QStringLiteral("citation_html"), cited.citationHtml }, { QStringLiteral("bibliography"), entries } });
        return Success;
    }
    ctx.out << core::cslHtmlToText(cited.citationHtml) << "\n\n";
    for (const QString &entry : cited.entriesHtml)
        ctx.out << core::cslHtmlToText(entry) << "\n";
    return Success;
}

} // namespace plenum::cli

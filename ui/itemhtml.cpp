#include "itemhtml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QUrl>

namespace plenum::ui {

namespace {

struct ItemPage {
    Q_DECLARE_TR_FUNCTIONS(ItemPage)
};

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

QString itemLink(const QString &id, const QString &label)
{
    return QStringLiteral("<a href=\"item:%1\">%2</a>").arg(esc(QString::fromLatin1(QUrl::toPercentEncoding(id))), esc(label));
}

QString zh(const QString &text) { return QStringLiteral("<span lang=\"zh-CN\">%1</span>").arg(esc(text)); }

QString sourceLine(const QString &source)
{
    const QUrl url(source);
    if (url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(QString::fromUtf8(url.toEncoded())), esc(source));
    return esc(source);
}

QString list(const QString &heading, const QJsonArray &rows, const std::function<QString(const QJsonObject &)> &render)
{
    if (rows.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>%1 <span style=\"color:gray\">(%2)</span></h3><ul>").arg(esc(heading)).arg(rows.size());
    for (const QJsonValue &v : rows)
        html += QStringLiteral("<li>%1</li>").arg(render(v.toObject()));
    return html + QStringLiteral("</ul>");
}

QString field(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"color:gray; padding-right:12px\">%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString paragraph(const QString &text, bool chinese)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p>%1</p>").arg(chinese ? zh(text) : esc(text));
}

} // namespace

QString itemHtml(const QJsonObject &d)
{
    const QJsonObject f = d.value(QStringLiteral("fields")).toObject();
    const QString type = str(d, "type");
    QString html;
    html += QStringLiteral("<p style=\"color:gray\">%1 · <code>%2</code></p>").arg(esc(type), esc(str(d, "id")));

    if (type == QLatin1String("milestone")) {
        html += QStringLiteral("<h1>%1</h1><h2>%2</h2>").arg(esc(str(f, "name_en")), zh(str(f, "name_zh")));
        const QString dates = str(f, "start_date") == str(f, "end_date")
            ? str(f, "start_date")
            : QStringLiteral("%1 – %2").arg(str(f, "start_date"), str(f, "end_date"));
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(dates));
        html += paragraph(str(f, "summary_en"), false) + paragraph(str(f, "summary_zh"), true);
    } else if (type == QLatin1String("concept")) {
        html += QStringLiteral("<h1>%1</h1><h2>%2</h2>").arg(esc(str(f, "name_en")), zh(str(f, "name_zh")));
        html += paragraph(str(f, "definition_en"), false) + paragraph(str(f, "definition_zh"), true);
    } else if (type == QLatin1String("document")) {
        html += QStringLiteral("<h1>%1</h1><h2>%2</h2>").arg(esc(str(f, "title_en")), zh(str(f, "title_zh")));
        html += paragraph(str(f, "summary_en"), false) + paragraph(str(f, "summary_zh"), true) + paragraph(str(f, "abstract"), false);
    } else if (type == QLatin1String("statement")) {
        html += QStringLiteral("<blockquote style=\"font-size:large\">%1</blockquote>")
                    .arg(str(f, "language") == QLatin1String("zh") ? zh(str(f, "text")) : esc(str(f, "text")));
        const QJsonObject v = f.value(QStringLiteral("verification")).toObject();
        if (!v.isEmpty())
            html += QStringLiteral("<p><b>%1: %2</b><br>%3<br><span style=\"color:gray\">%4</span></p>")
                        .arg(esc(ItemPage::tr("Claim check")), esc(str(v, "status").replace(QLatin1Char('_'), QLatin1Char(' '))),
                             esc(str(v, "evidence")), esc(str(v, "source")));
    } else if (type == QLatin1String("reference")) {
        html += QStringLiteral("<h1>%1</h1>").arg(esc(str(f, "title")));
    } else {
        html += QStringLiteral("<h1>%1</h1><pre style=\"white-space:pre-wrap\">%2</pre>").arg(esc(str(f, "title")), esc(str(f, "body")));
    }

    QString table;
    static const char *shown[] = {"kind", "term", "session", "date", "language", "locator", "document", "citation_key",
                                  "container", "year", "volume", "issue", "pages", "doi", "url", "publisher", "note"};
    for (const char *key : shown) {
        const QJsonValue v = f.value(QLatin1String(key));
        if (!v.isUndefined())
            table += field(QString::fromLatin1(key).replace(QLatin1Char('_'), QLatin1Char(' ')),
                           v.isDouble() ? QString::number(v.toDouble(), 'g', 12) : v.toString());
    }
    if (!table.isEmpty())
        html += QStringLiteral("<table>%1</table>").arg(table);

    QStringList aliases;
    for (const QJsonValue &a : d.value(QStringLiteral("aliases")).toArray())
        aliases.append(esc(str(a.toObject(), "text")));
    if (!aliases.isEmpty())
        html += QStringLiteral("<p><span style=\"color:gray\">%1:</span> <span lang=\"zh-CN\">%2</span></p>")
                    .arg(esc(ItemPage::tr("Also known as")), aliases.join(QStringLiteral(" · ")));

    const auto idTitle = [](const QJsonObject &o) { return itemLink(str(o, "id"), str(o, "title")); };
    html += list(ItemPage::tr("History"), d.value(QStringLiteral("history")).toArray(), [](const QJsonObject &o) {
        return QStringLiteral("%1 %2 — %3").arg(esc(str(o, "date")), itemLink(str(o, "milestone"), str(o, "title")), esc(str(o, "note")));
    });
    html += list(ItemPage::tr("Broader concepts"), d.value(QStringLiteral("broader")).toArray(), idTitle);
    html += list(ItemPage::tr("Narrower concepts"), d.value(QStringLiteral("narrower")).toArray(), idTitle);
    html += list(ItemPage::tr("Related concepts"), d.value(QStringLiteral("related")).toArray(), idTitle);
    html += list(ItemPage::tr("Documents"), d.value(QStringLiteral("documents")).toArray(), idTitle);
    html += list(ItemPage::tr("Concepts introduced or reshaped"), d.value(QStringLiteral("concepts")).toArray(), [](const QJsonObject &o) {
        return itemLink(str(o, "id"), str(o, "title")) + QStringLiteral(" <span style=\"color:gray\">%1</span>").arg(esc(str(o, "note")));
    });
    html += list(ItemPage::tr("Statements"), d.value(QStringLiteral("statements")).toArray(), idTitle);
    html += list(ItemPage::tr("Links"), d.value(QStringLiteral("links")).toArray(), [](const QJsonObject &o) {
        return QStringLiteral("<span style=\"color:gray\">%1</span> %2").arg(esc(str(o, "relation")), itemLink(str(o, "target"), str(o, "target_title")));
    });
    // Backlinks grouped by the type of item they come from, each with the sentence it sits in.
    QMap<QString, QJsonArray> groups;
    for (const QJsonValue &v : d.value(QStringLiteral("backlinks")).toArray())
        groups[str(v.toObject(), "source_type")].append(v);
    for (const char *type : {"document", "statement", "note", "concept", "milestone", "reference"}) {
        const QJsonArray rows = groups.value(QLatin1String(type));
        html += list(ItemPage::tr("Backlinks from %1s").arg(QLatin1String(type)), rows, [](const QJsonObject &o) {
            QString line = QStringLiteral("<span style=\"color:gray\">%1</span> %2").arg(esc(str(o, "relation")), itemLink(str(o, "source"), str(o, "source_title")));
            if (str(o, "origin") == QLatin1String("auto"))
                line += QStringLiteral(" <a href=\"reject:%1\" style=\"color:gray\" title=\"%2\">%3</a>")
                            .arg(o.value(QStringLiteral("link_id")).toInteger())
                            .arg(esc(ItemPage::tr("Plenum linked this automatically; reject it if it is not a mention")), esc(ItemPage::tr("✕ not a mention")));
            const QString context = str(o, "context");
            if (!context.isEmpty() && context != str(o, "source_title"))
                line += QStringLiteral("<br><i>%1</i>").arg(esc(context));
            return line;
        });
    }
    QStringList sources;
    for (const QJsonValue &s : d.value(QStringLiteral("sources")).toArray())
        sources.append(QStringLiteral("<li>%1</li>").arg(sourceLine(s.toString())));
    if (!sources.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul style=\"color:gray\">%2</ul>").arg(esc(ItemPage::tr("Sources")), sources.join(QString()));
    return html;
}

} // namespace plenum::ui

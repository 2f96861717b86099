#include "ui/itemhtml.h"

#include "ui/labels.h"

#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QUrl>

namespace plenum::ui {

namespace {

struct ItemPage {
    Q_DECLARE_TR_FUNCTIONS(ItemPage)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString itemLink(const QString &id, const QString &label)
{
    return QStringLiteral("<a href=\"item:%1\">%2</a>")
        .arg(esc(QString::fromLatin1(QUrl::toPercentEncoding(id))), esc(label));
}

QString zh(const QString &text)
{
    return QStringLiteral("<span lang=\"zh-CN\">%1</span>").arg(esc(text));
}

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
    QString html
        = QStringLiteral("<h3>%1 <span style=\"color:gray\">(%2)</span></h3><ul>").arg(esc(heading)).arg(rows.size());
    for (const QJsonValue &v : rows)
        html += QStringLiteral("<li>%1</li>").arg(render(v.toObject()));
    return html + QStringLiteral("</ul>");
}

QString field(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"color:gray; padding-right:12px\">%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
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
    html += QStringLiteral("<p style=\"color:gray\">%1 · <code>%2</code></p>")
                .arg(esc(typeLabel(type)), esc(str(d, "id")));

    // Both languages on every page; the interface language comes first.
    const bool chineseFirst = QLocale().language() == QLocale::Chinese;
    const auto pair = [&](const char *tag, const QString &en, const QString &zhText) {
        const QString first = chineseFirst ? zh(zhText) : esc(en), second = chineseFirst ? esc(en) : zh(zhText);
        const QString small = tag == QLatin1String("h1") ? QStringLiteral("h2") : QString::fromLatin1(tag);
        QString out;
        if (!(chineseFirst ? zhText : en).isEmpty())
            out += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), first);
        if (!(chineseFirst ? en : zhText).isEmpty())
            out += QStringLiteral("<%1>%2</%1>").arg(small, second);
        return out;
    };
    const auto texts = [&](const QString &en, const QString &zhText) {
        return chineseFirst ? paragraph(zhText, true) + paragraph(en, false)
                            : paragraph(en, false) + paragraph(zhText, true);
    };
    if (type == QLatin1String("milestone")) {
        html += pair("h1", str(f, "name_en"), str(f, "name_zh"));
        const QString dates = str(f, "start_date") == str(f, "end_date")
            ? str(f, "start_date")
            : QStringLiteral("%1 – %2").arg(str(f, "start_date"), str(f, "end_date"));
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(dates));
        html += texts(str(f, "summary_en"), str(f, "summary_zh"));
    } else if (type == QLatin1String("concept")) {
        html += pair("h1", str(f, "name_en"), str(f, "name_zh"));
        html += texts(str(f, "definition_en"), str(f, "definition_zh"));
    } else if (type == QLatin1String("document")) {
        html += pair("h1", str(f, "title_en"), str(f, "title_zh"));
        html += texts(str(f, "summary_en"), str(f, "summary_zh")) + paragraph(str(f, "abstract"), false);
    } else if (type == QLatin1String("statement")) {
        html += QStringLiteral("<blockquote style=\"font-size:large\">%1</blockquote>")
                    .arg(str(f, "language") == QLatin1String("zh") ? zh(str(f, "text")) : esc(str(f, "text")));
        const QJsonObject v = f.value(QStringLiteral("verification")).toObject();
        if (!v.isEmpty())
            html += QStringLiteral("<p><b>%1: %2</b><br>%3<br><span style=\"color:gray\">%4</span></p>")
                        .arg(esc(ItemPage::tr("Claim check")), esc(kindLabel(str(v, "status"))),
                            esc(str(v, "evidence")), esc(str(v, "source")));
    } else if (type == QLatin1String("reference")) {
        html += QStringLiteral("<h1>%1</h1>").arg(esc(str(f, "title")));
    } else {
        html += QStringLiteral("<h1>%1</h1><pre style=\"white-space:pre-wrap\">%2</pre>")
                    .arg(esc(str(f, "title")), esc(str(f, "body")));
    }

    QString table;
    const std::pair<const char *, QString> shown[] = { { "kind", ItemPage::tr("Kind") },
        { "term", ItemPage::tr("Term") }, { "session", ItemPage::tr("Session") }, { "date", ItemPage::tr("Date") },
        { "language", ItemPage::tr("Language") }, { "locator", ItemPage::tr("Where") },
        { "document", ItemPage::tr("Source document") }, { "citation_key", ItemPage::tr("Citation key") },
        { "container", ItemPage::tr("Published in") }, { "year", ItemPage::tr("Year") },
        { "volume", ItemPage::tr("Volume") }, { "issue", ItemPage::tr("Issue") }, { "pages", ItemPage::tr("Pages") },
        { "doi", QStringLiteral("DOI") }, { "url", QStringLiteral("URL") }, { "publisher", ItemPage::tr("Publisher") },
        { "note", ItemPage::tr("Note") } };
    for (const auto &[key, label] : shown) {
        const QJsonValue v = f.value(QLatin1String(key));
        if (!v.isUndefined())
            table += field(label, v.isDouble() ? QString::number(v.toDouble(), 'g', 12) : kindLabel(v.toString()));
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
        return QStringLiteral("%1 %2 — %3")
            .arg(esc(str(o, "date")), itemLink(str(o, "milestone"), str(o, "title")), esc(str(o, "note")));
    });
    html += list(ItemPage::tr("Broader concepts"), d.value(QStringLiteral("broader")).toArray(), idTitle);
    html += list(ItemPage::tr("Narrower concepts"), d.value(QStringLiteral("narrower")).toArray(), idTitle);
    html += list(ItemPage::tr("Related concepts"), d.value(QStringLiteral("related")).toArray(), idTitle);
    html += list(ItemPage::tr("Documents"), d.value(QStringLiteral("documents")).toArray(), idTitle);
    html += list(ItemPage::tr("Concepts introduced or reshaped"), d.value(QStringLiteral("concepts")).toArray(),
        [](const QJsonObject &o) {
            return itemLink(str(o, "id"), str(o, "title"))
                + QStringLiteral(" <span style=\"color:gray\">%1</span>").arg(esc(str(o, "note")));
        });
    html += list(ItemPage::tr("Statements"), d.value(QStringLiteral("statements")).toArray(), idTitle);
    html += list(ItemPage::tr("Links"), d.value(QStringLiteral("links")).toArray(), [](const QJsonObject &o) {
        return QStringLiteral("<span style=\"color:gray\">%1</span> %2")
            .arg(esc(str(o, "relation")), itemLink(str(o, "target"), str(o, "target_title")));
    });
    const qint64 total = d.value(QStringLiteral("backlinks_total")).toInteger();
    const qsizetype listed = d.value(QStringLiteral("backlinks")).toArray().size();
    if (total > listed)
        html += QStringLiteral("<p style=\"color:gray\">%1 <a href=\"search:%2\">%3</a></p>")
                    .arg(esc(ItemPage::tr("%1 items link here; the first %2 are listed.").arg(total).arg(listed)),
                        esc(QString::fromLatin1(QUrl::toPercentEncoding(str(d, "type") == QLatin1String("concept")
                                ? QStringLiteral("concept:") + str(d, "id")
                                : str(d, "type") == QLatin1String("milestone")
                                ? QStringLiteral("milestone:") + str(d, "id")
                                : str(d, "id")))),
                        esc(ItemPage::tr("Search them all")));
    // Backlinks grouped by the type of item they come from, each with the sentence it sits in.
    QMap<QString, QJsonArray> groups;
    for (const QJsonValue &v : d.value(QStringLiteral("backlinks")).toArray())
        groups[str(v.toObject(), "source_type")].append(v);
    const std::pair<const char *, QString> headings[] = { { "document", ItemPage::tr("Mentioned in documents") },
        { "statement", ItemPage::tr("Mentioned in statements") }, { "note", ItemPage::tr("Mentioned in notes") },
        { "concept", ItemPage::tr("Linked from concepts") }, { "milestone", ItemPage::tr("Linked from milestones") },
        { "reference", ItemPage::tr("Linked from references") } };
    for (const auto &[type, heading] : headings) {
        const QJsonArray rows = groups.value(QLatin1String(type));
        html += list(heading, rows, [](const QJsonObject &o) {
            QString line = QStringLiteral("<span style=\"color:gray\">%1</span> %2")
                               .arg(esc(str(o, "relation")), itemLink(str(o, "source"), str(o, "source_title")));
            if (str(o, "origin") == core::originName(core::LinkOrigin::Auto))
                line
                    += QStringLiteral(" <a href=\"reject:%1\" style=\"color:gray\" title=\"%2\">%3</a>")
                           .arg(o.value(QStringLiteral("link_id")).toInteger())
                           .arg(esc(ItemPage::tr("Plenum linked this automatically; reject it if it is not a mention")),
                               esc(ItemPage::tr("✕ not a mention")));
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
        html += QStringLiteral("<h3>%1</h3><ul style=\"color:gray\">%2</ul>")
                    .arg(esc(ItemPage::tr("Sources")), sources.join(QString()));
    return html;
}

} // namespace plenum::ui

#include "ui/itemhtml.h"

#include "ui/labels.h"

#include "linking/notelinks.h"
#include "model/cslitem.h"
#include "model/vocabulary.h"
#include "storage/repository.h"
#include "text/scripts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
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
        .arg(esc(QString::fromLatin1(QUrl::toPercentEncoding(id))), esc(titleInInterfaceOrder(label)));
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

// A field whose value is HTML already (a link to another item).
QString htmlField(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"color:gray; padding-right:12px\">%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString paragraph(const QString &text, bool chinese)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p>%1</p>").arg(chinese ? zh(text) : esc(text));
}

// Both languages on every page; the interface language comes first.
bool chineseFirst()
{
    return QLocale().language() == QLocale::Chinese;
}

// A heading in both languages: the interface language's as TAG, the other one level smaller.
QString bilingualHeading(const char *tag, const QString &en, const QString &zhText)
{
    const bool chinese = chineseFirst();
    const QString first = chinese ? zh(zhText) : esc(en), second = chinese ? esc(en) : zh(zhText);
    const QString small = tag == QLatin1String("h1") ? QStringLiteral("h2") : QString::fromLatin1(tag);
    QString out;
    if (!(chinese ? zhText : en).isEmpty())
        out += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), first);
    if (!(chinese ? en : zhText).isEmpty())
        out += QStringLiteral("<%1>%2</%1>").arg(small, second);
    return out;
}

QString bilingualTexts(const QString &en, const QString &zhText)
{
    return chineseFirst() ? paragraph(zhText, true) + paragraph(en, false)
                          : paragraph(en, false) + paragraph(zhText, true);
}

// A milestone's dates with how well they are attested; dates not confirmed are never shown bare.
QString milestoneDatesHtml(const QJsonObject &f)
{
    const QString start = str(f, "start_date");
    const QString dates = start.isEmpty() ? ItemPage::tr("Dates unknown")
        : start == str(f, "end_date")     ? start
                                          : QStringLiteral("%1 – %2").arg(start, str(f, "end_date"));
    const QJsonObject v = f.value(QStringLiteral("verification")).toObject();
    const QString status = str(v, "status");
    if (status.isEmpty() || status == QLatin1String("verified"))
        return QStringLiteral("<p><b>%1</b></p>").arg(esc(dates));
    const QString label = status == QLatin1String("partly_inconsistent") ? ItemPage::tr("dates disputed")
                                                                         : ItemPage::tr("dates unverified");
    return QStringLiteral("<p><b>%1</b> <span style=\"color:#b00020\">(%2)</span><br>%3</p>")
        .arg(esc(dates), esc(label), esc(str(v, "evidence")));
}

// A note's body as a reader sees it: each [[link]] the item's name (or the label written), a link
// to its page when it names an item; each [@citation] its rendered "(Author year, p. 12)"; the rest
// as written, paired Markdown marks dropped. Without REPO, the markup as stored.
QString noteBodyHtml(const QString &body, core::Repository *repo)
{
    if (!repo)
        return esc(body);
    const bool chinese = core::mostlyChinese(body);
    QString html;
    qsizetype at = 0;
    for (const core::NoteToken &t : core::scanNote(body)) {
        if (t.start < at)
            continue; // a citation group's later members share the bracket already rendered
        html += esc(core::renderedNoteText(*repo, body.mid(at, t.start - at)));
        const QString id = core::resolveNoteToken(*repo, t);
        if (t.kind == core::NoteToken::Kind::ItemLink && !id.isEmpty())
            html += QStringLiteral("<a href=\"item:%1\">%2</a>")
                        .arg(esc(QString::fromLatin1(QUrl::toPercentEncoding(id))),
                            esc(core::itemLinkText(*repo, t, chinese)));
        else
            html += esc(core::renderedNoteText(*repo, body.mid(t.start, t.end - t.start)));
        at = t.end;
    }
    return html + esc(core::renderedNoteText(*repo, body.mid(at)));
}

// The top of the page: title, dates, summary or quotation, by item type.
QString headHtml(const QString &type, const QJsonObject &f, core::Repository *repo)
{
    if (type == QLatin1String("milestone"))
        return bilingualHeading("h1", str(f, "name_en"), str(f, "name_zh")) + milestoneDatesHtml(f)
            + bilingualTexts(str(f, "summary_en"), str(f, "summary_zh"));
    if (type == QLatin1String("concept"))
        return bilingualHeading("h1", str(f, "name_en"), str(f, "name_zh"))
            + bilingualTexts(str(f, "definition_en"), str(f, "definition_zh"));
    if (type == QLatin1String("document"))
        return bilingualHeading("h1", str(f, "title_en"), str(f, "title_zh"))
            + bilingualTexts(str(f, "summary_en"), str(f, "summary_zh")) + paragraph(str(f, "abstract"), false);
    if (type == QLatin1String("statement")) {
        QString html = QStringLiteral("<blockquote style=\"font-size:large\">%1</blockquote>")
                           .arg(str(f, "language") == QLatin1String("zh") ? zh(str(f, "text")) : esc(str(f, "text")));
        const QJsonObject v = f.value(QStringLiteral("verification")).toObject();
        if (!v.isEmpty())
            html += QStringLiteral("<p><b>%1</b><br>%2<br><span style=\"color:gray\">%3</span></p>")
                        .arg(esc(ItemPage::tr("%1: %2").arg(ItemPage::tr("Claim check"), kindLabel(str(v, "status")))),
                            esc(str(v, "evidence")), esc(str(v, "source")));
        return html;
    }
    if (type == QLatin1String("reference"))
        return QStringLiteral("<h1>%1</h1>").arg(esc(str(f, "title")));
    return QStringLiteral("<h1>%1</h1><p style=\"white-space:pre-wrap\">%2</p>")
        .arg(esc(str(f, "title")), noteBodyHtml(str(f, "body"), repo));
}

// A CSL-style name list: "Family, Given" or the literal name, joined; plain strings as they are.
QString namesText(const QJsonArray &names)
{
    QStringList out;
    for (const QJsonValue &v : names) {
        if (v.isString()) {
            out.append(v.toString());
            continue;
        }
        const QString name = core::csl::nameText(v.toObject());
        if (!name.isEmpty())
            out.append(name);
    }
    return out.join(QStringLiteral("; "));
}

// Any stored value as one line: numbers without trailing zeros, lists joined, CSL dates as Y-M-D.
QString valueText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    if (v.isBool())
        return v.toBool() ? ItemPage::tr("yes") : ItemPage::tr("no");
    if (v.isArray())
        return namesText(v.toArray());
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("date-parts")) || o.contains(QStringLiteral("literal")))
            return core::csl::dateText(o);
        QStringList pairs;
        for (auto it = o.begin(); it != o.end(); ++it)
            pairs.append(QStringLiteral("%1: %2").arg(it.key(), valueText(it.value())));
        return pairs.join(QStringLiteral(" · "));
    }
    return kindLabel(v.toString());
}

// Fields the top of the page already shows, by type.
bool shownInHead(const QString &type, const QString &key)
{
    static const QMap<QString, QStringList> head {
        { "milestone", { "name_en", "name_zh", "start_date", "end_date", "summary_en", "summary_zh" } },
        { "concept", { "name_en", "name_zh", "definition_en", "definition_zh" } },
        { "document", { "title_en", "title_zh", "summary_en", "summary_zh", "abstract" } },
        { "statement", { "text", "verification" } }, { "reference", { "title" } }, { "note", { "title", "body" } }
    };
    return head.value(type).contains(key);
}

// Every field the head does not show: the common ones labelled in the interface language, in
// a reader's order, then anything else stored (imported CSL variables) under its own name.
QString fieldTable(const QString &type, const QJsonObject &f, core::Repository *repo)
{
    QString table;
    const std::pair<const char *, QString> shown[] = { { "type", ItemPage::tr("Type") },
        { "kind", ItemPage::tr("Kind") }, { "authors", ItemPage::tr("Authors") }, { "author", ItemPage::tr("Authors") },
        { "editor", ItemPage::tr("Editors") }, { "term", ItemPage::tr("Term") }, { "session", ItemPage::tr("Session") },
        { "date", ItemPage::tr("Date") }, { "issued", ItemPage::tr("Issued") },
        { "language", ItemPage::tr("Language") }, { "locator", ItemPage::tr("Where") },
        { "document", ItemPage::tr("Source document") }, { "citation_key", ItemPage::tr("Citation key") },
        { "citation-key", ItemPage::tr("Citation key") }, { "container", ItemPage::tr("Published in") },
        { "container-title", ItemPage::tr("Published in") }, { "year", ItemPage::tr("Year") },
        { "volume", ItemPage::tr("Volume") }, { "issue", ItemPage::tr("Issue") }, { "pages", ItemPage::tr("Pages") },
        { "page", ItemPage::tr("Pages") }, { "publisher", ItemPage::tr("Publisher") },
        { "publisher-place", ItemPage::tr("Place") }, { "affiliation", ItemPage::tr("Affiliation") },
        { "keywords", ItemPage::tr("Keywords") }, { "doi", QStringLiteral("DOI") }, { "DOI", QStringLiteral("DOI") },
        { "ISBN", QStringLiteral("ISBN") }, { "url", QStringLiteral("URL") }, { "URL", QStringLiteral("URL") },
        { "accessed", ItemPage::tr("Accessed") }, { "note", ItemPage::tr("Note") } };
    QStringList done;
    for (const auto &[key, label] : shown) {
        const QJsonValue v = f.value(QLatin1String(key));
        done.append(QLatin1String(key));
        if (v.isUndefined() || shownInHead(type, QLatin1String(key)))
            continue;
        // A statement's source document is an item: its title, linked to its page.
        const QString title = repo && key == std::string_view("document") ? repo->title(v.toString()) : QString();
        table += title.isEmpty() ? field(label, valueText(v)) : htmlField(label, itemLink(v.toString(), title));
    }
    done.append(QString::fromLatin1(core::csl::kExtension));
    for (auto it = f.begin(); it != f.end(); ++it)
        if (!done.contains(it.key()) && !shownInHead(type, it.key()))
            table += field(it.key(), valueText(it.value()));
    // What an import kept that CSL has no variable for, under its own names.
    const QJsonObject extra = core::csl::extra(f);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        table += field(it.key(), valueText(it.value()));
    return table.isEmpty() ? QString() : QStringLiteral("<table>%1</table>").arg(table);
}

// The item's tags and collections, one line each.
QString tagsHtml(const QJsonObject &d)
{
    QString html;
    const std::pair<const char *, QString> rows[]
        = { { "tags", ItemPage::tr("Tags") }, { "collections", ItemPage::tr("Collections") } };
    for (const auto &[key, label] : rows) {
        QStringList names;
        for (const QJsonValue &v : d.value(QLatin1String(key)).toArray())
            names.append(esc(v.toString()));
        if (!names.isEmpty())
            html += QStringLiteral("<p><span style=\"color:gray\">%1</span> %2</p>")
                        .arg(esc(ItemPage::tr("%1:").arg(label)), names.join(QStringLiteral(" · ")));
    }
    return html;
}

// "added by hand" or "found automatically", and (REMOVABLE: for the page's own links) a link that removes it.
QString linkOriginHtml(const QJsonObject &o, bool removable)
{
    const bool automatic = str(o, "origin") == core::originName(core::LinkOrigin::Auto);
    QString html = QStringLiteral(" <span style=\"color:gray; font-size:small\">(%1)</span>")
                       .arg(esc(automatic ? ItemPage::tr("automatic") : ItemPage::tr("by hand")));
    if (removable && !automatic && o.contains(QStringLiteral("link_id")))
        html += QStringLiteral(" <a href=\"unlink:%1\" style=\"color:gray\" title=\"%2\">%3</a>")
                    .arg(o.value(QStringLiteral("link_id")).toInteger())
                    .arg(esc(ItemPage::tr("Remove this link")), esc(ItemPage::tr("✕ remove")));
    return html;
}

QString aliasesHtml(const QJsonObject &d)
{
    QStringList aliases;
    for (const QJsonValue &a : d.value(QStringLiteral("aliases")).toArray())
        aliases.append(esc(str(a.toObject(), "text")));
    if (aliases.isEmpty())
        return {};
    // "%1:" is translated: a full-width colon after a Chinese label.
    return QStringLiteral("<p><span style=\"color:gray\">%1</span> <span lang=\"zh-CN\">%2</span></p>")
        .arg(esc(ItemPage::tr("%1:").arg(ItemPage::tr("Also known as"))), aliases.join(QStringLiteral(" · ")));
}

// History, concept hierarchy, documents, statements and outgoing links.
QString relatedHtml(const QJsonObject &d)
{
    const auto idTitle = [](const QJsonObject &o) { return itemLink(str(o, "id"), str(o, "title")); };
    QString html;
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
                   .arg(esc(relationLabel(str(o, "relation"))), itemLink(str(o, "target"), str(o, "target_title")))
            + linkOriginHtml(o, true);
    });
    return html;
}

// "N items link here; the first M are listed", with a search for them all; empty when all are listed.
QString backlinksTruncatedHtml(const QJsonObject &d)
{
    const qint64 total = d.value(QStringLiteral("backlinks_total")).toInteger();
    const qsizetype listed = d.value(QStringLiteral("backlinks")).toArray().size();
    if (total <= listed)
        return {};
    return QStringLiteral("<p style=\"color:gray\">%1 <a href=\"search:%2\">%3</a></p>")
        .arg(esc(ItemPage::tr("%1 items link here; the first %2 are listed.").arg(total).arg(listed)),
            esc(QString::fromLatin1(QUrl::toPercentEncoding(str(d, "type") == QLatin1String("concept")
                    ? QStringLiteral("concept:") + str(d, "id")
                    : str(d, "type") == QLatin1String("milestone") ? QStringLiteral("milestone:") + str(d, "id")
                                                                   : str(d, "id")))),
            esc(ItemPage::tr("Search them all")));
}

// One backlink: its relation and source, a reject link for automatic ones, and the sentence it sits in.
QString backlinkLine(const QJsonObject &o)
{
    QString line = QStringLiteral("<span style=\"color:gray\">%1</span> %2")
                       .arg(esc(relationLabel(str(o, "relation"))), itemLink(str(o, "source"), str(o, "source_title")));
    if (str(o, "origin") != core::originName(core::LinkOrigin::Auto))
        line += linkOriginHtml(o, false);
    else
        line += QStringLiteral(" <a href=\"reject:%1\" style=\"color:gray\" title=\"%2\">%3</a>")
                    .arg(o.value(QStringLiteral("link_id")).toInteger())
                    .arg(esc(ItemPage::tr("Plenum linked this automatically; reject it if it is not a mention")),
                        esc(ItemPage::tr("✕ not a mention")));
    const QString context = str(o, "context");
    if (!context.isEmpty() && context != str(o, "source_title"))
        line += QStringLiteral("<br>%1").arg(quotedContextHtml(context));
    return line;
}

// Backlinks grouped by the type of item they come from, each with the sentence it sits in.
QString backlinksHtml(const QJsonObject &d)
{
    QString html = backlinksTruncatedHtml(d);
    QMap<QString, QJsonArray> groups;
    for (const QJsonValue &v : d.value(QStringLiteral("backlinks")).toArray())
        groups[str(v.toObject(), "source_type")].append(v);
    const std::pair<const char *, QString> headings[] = { { "document", ItemPage::tr("Mentioned in documents") },
        { "statement", ItemPage::tr("Mentioned in statements") }, { "note", ItemPage::tr("Mentioned in notes") },
        { "concept", ItemPage::tr("Linked from concepts") }, { "milestone", ItemPage::tr("Linked from milestones") },
        { "reference", ItemPage::tr("Linked from references") } };
    for (const auto &[type, heading] : headings)
        html += list(heading, groups.value(QLatin1String(type)), backlinkLine);
    return html;
}

QString sourcesHtml(const QJsonObject &d)
{
    QStringList sources;
    for (const QJsonValue &s : d.value(QStringLiteral("sources")).toArray())
        sources.append(QStringLiteral("<li>%1</li>").arg(sourceLine(s.toString())));
    if (sources.isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3><ul style=\"color:gray\">%2</ul>")
        .arg(esc(ItemPage::tr("Sources")), sources.join(QString()));
}

} // namespace

QString quotedContextHtml(const QString &text)
{
    QString html;
    QString run;
    bool runUpright = false;
    const auto flush = [&] {
        if (!run.isEmpty())
            html += runUpright ? esc(run) : QStringLiteral("<i>%1</i>").arg(esc(run));
        run.clear();
    };
    core::scripts::forEachCodePoint(text, [&](char32_t c) {
        const bool upright = core::scripts::isCjk(c);
        // Spaces and punctuation shared by both scripts stay with the run they sit in.
        const bool neutral = !upright && !QChar::isLetterOrNumber(c);
        if (!neutral && upright != runUpright) {
            flush();
            runUpright = upright;
        }
        run += QString::fromUcs4(&c, 1);
        return true;
    });
    flush();
    return html;
}

QString itemHtml(const QJsonObject &d, core::Repository *repo)
{
    const QString type = str(d, "type");
    // A reference is shown from its CSL item; the older field names beside it are for scripts.
    QJsonObject f = d.value(QStringLiteral("fields")).toObject();
    if (type == QLatin1String("reference") && f.value(QStringLiteral("csl")).isObject())
        f = f.value(QStringLiteral("csl")).toObject();
    // The ID (what plenum-cli and [[links]] take) closes the page, named as such, not in the heading.
    return QStringLiteral("<p style=\"color:gray\">%1</p>").arg(esc(typeLabel(type))) + headHtml(type, f, repo)
        + fieldTable(type, f, repo) + aliasesHtml(d) + tagsHtml(d) + relatedHtml(d) + backlinksHtml(d) + sourcesHtml(d)
        + QStringLiteral("<p style=\"color:gray\">%1</p>")
              .arg(ItemPage::tr("ID: %1").arg(QStringLiteral("<code>%1</code>").arg(esc(str(d, "id")))));
}

} // namespace plenum::ui

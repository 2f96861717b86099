#include "export/noteexport.h"

#include "export/cslengine.h"
#include "export/inertmarkdown.h"
#include "export/markdownhtml.h"
#include "export/pandocconvert.h"
#include "interchange/bibformats.h"
#include "linking/notelinks.h"
#include "queries/itemdetail.h"
#include "storage/attachments.h"
#include "storage/repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <functional>

namespace plenum::core {

namespace {

QString escapeMarkdown(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#^~$@|").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// The works cited, rendered by the chosen CSL style: every citation cluster of the export in
// reading order (so numbers follow first citation and year suffixes are the style's), then the list.
class Bibliography {
public:
    Bibliography(Repository &repo, const QString &styleName)
        : m_repo(repo)
        , m_style(resolveStyle(styleName))
    {
    }

    // Registers a cluster in reading order; throws when a key names no reference.
    void cite(const QList<NoteToken> &group, bool narrative, const QString &where)
    {
        QList<CslCite> cluster;
        for (const NoteToken &t : group) {
            reference(t.key, where);
            CslCite c { t.key, {}, {}, t.suppressAuthor, false };
            if (!t.locator.isEmpty())
                parseLocator(t.locator, c);
            cluster.append(c);
        }
        if (narrative) { // "@a says": the author, then the rest of the citation without the author
            QList<CslCite> author = cluster;
            author.first().authorOnly = true;
            m_clusters.append(author);
            cluster.first().suppressAuthor = true;
        }
        m_clusters.append(cluster);
    }

    // Call after every cite(): renders all clusters and the list at once.
    void finish()
    {
        if (m_refs.isEmpty())
            return;
        const QJsonArray items = QJsonDocument::fromJson(bib::writeCslJson(m_refs)).array();
        m_rendering = renderCsl(m_style, items, m_clusters);
    }

    // The next cluster's text as Markdown (clusters are taken in the order cite() saw them).
    QString nextCitation(bool narrative)
    {
        auto take = [&] { return cslHtmlToMarkdown(m_rendering.citations.value(m_next++)); };
        if (!narrative)
            return take();
        const QString author = take();
        return author + QLatin1Char(' ') + take();
    }

    [[nodiscard]] const QList<QJsonObject> &cited() const { return m_refs; }
    [[nodiscard]] const CslStyle &style() const { return m_style; }
    [[nodiscard]] const CslRendering &rendering() const { return m_rendering; }

    QString markdownList(const QString &language) const
    {
        if (m_rendering.bibliography.isEmpty())
            return {};
        QString out
            = language == QLatin1String("zh") ? QStringLiteral("## 参考文献\n\n") : QStringLiteral("## References\n\n");
        for (const QString &entry : m_rendering.bibliography)
            out += cslHtmlToMarkdown(entry) + QStringLiteral("\n\n");
        return out;
    }

private:
    void reference(const QString &key, const QString &where)
    {
        if (m_index.contains(key))
            return;
        auto q = m_repo.database().prepare("SELECT id FROM refs WHERE citation_key = ?1");
        q.bind(1, key);
        if (!q.next())
            throw Error(ErrorCode::InvalidData,
                QStringLiteral("%1 cites @%2, but no reference has that citation key.").arg(where, key));
        m_index.insert(key, static_cast<int>(m_refs.size()));
        m_refs.append(m_repo.item(q.text(0)).fields);
    }

    Repository &m_repo;
    CslStyle m_style;
    QList<QJsonObject> m_refs;
    QHash<QString, int> m_index;
    QList<QList<CslCite>> m_clusters;
    CslRendering m_rendering;
    qsizetype m_next = 0;
};

// Citation keys written in running text ("@wang2019 argues"), as pandoc reads them: an @ not
// preceded by a word character, bracket or minus, outside [[links]], [@clusters] and code.
// Only keys that name a reference count (an e-mail address or a handle stays text). They come
// back as citations with a negative group: one cluster each, rendered as author plus citation.
QList<NoteToken> narrativeCitations(Repository &repo, const QString &body, const QList<NoteToken> &tokens)
{
    static const QRegularExpression at(QStringLiteral("(?<![\\w\\[@\\\\-])@([\\w\\p{L}][\\w\\p{L}:.#$%&+?<>~/-]*)"));
    static const QRegularExpression code(QStringLiteral("```[\\s\\S]*?(```|$)|`[^`\\n]*`"));
    QString masked = body;
    for (const NoteToken &t : tokens)
        masked.replace(t.start, t.end - t.start, QString(t.end - t.start, QLatin1Char(' ')));
    for (auto it = code.globalMatch(body); it.hasNext();) {
        const auto m = it.next();
        masked.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), QLatin1Char(' ')));
    }
    QList<NoteToken> out;
    for (auto it = at.globalMatch(masked); it.hasNext();) {
        const auto m = it.next();
        QString key = m.captured(1);
        while (key.endsWith(QLatin1Char('.')) || key.endsWith(QLatin1Char(':')) || key.endsWith(QLatin1Char(',')))
            key.chop(1);
        auto q = repo.database().prepare("SELECT 1 FROM refs WHERE citation_key = ?1");
        q.bind(1, key);
        if (q.next())
            out.append({ NoteToken::Kind::Citation, key, {}, {}, m.capturedStart(), m.capturedStart() + 1 + key.size(),
                -static_cast<int>(out.size()) - 1 });
    }
    return out;
}

// The links and citations of BODY in reading order, narrative citations included.
QList<NoteToken> exportTokens(Repository &repo, const QString &body)
{
    QList<NoteToken> tokens = scanNote(body);
    tokens += narrativeCitations(repo, body, tokens);
    std::stable_sort(
        tokens.begin(), tokens.end(), [](const NoteToken &a, const NoteToken &b) { return a.start < b.start; });
    return tokens;
}

// Calls EACH for every citation cluster of BODY, in reading order.
void forEachCluster(const QList<NoteToken> &tokens, const std::function<void(const QList<NoteToken> &)> &each)
{
    for (qsizetype i = 0; i < tokens.size();) {
        QList<NoteToken> group;
        while (i < tokens.size() && tokens[i].kind == NoteToken::Kind::Citation
            && (group.isEmpty() || tokens[i].group == group.first().group))
            group.append(tokens[i++]);
        if (group.isEmpty())
            ++i;
        else
            each(group);
    }
}

using CitationFormatter = std::function<QString(const QList<NoteToken> &)>;

// BODY with [[links]] replaced by names and citations by FORMAT_CITATION's text.
QString renderBody(Repository &repo, const QString &body, const QString &language,
    const CitationFormatter &formatCitation, QStringList &warnings, const QString &noteId)
{
    const QList<NoteToken> tokens = exportTokens(repo, body);
    QString out;
    qsizetype pos = 0;
    for (qsizetype i = 0; i < tokens.size();) {
        const NoteToken &t = tokens[i];
        out += body.mid(pos, t.start - pos);
        if (t.kind == NoteToken::Kind::ItemLink) {
            if (repo.resolve(t.key).isEmpty())
                warnings.append(
                    QStringLiteral("%1 links to [[%2]], which names no item; its text is kept.").arg(noteId, t.key));
            out += escapeMarkdown(itemLinkText(repo, t, language == QLatin1String("zh")));
            ++i;
        } else {
            QList<NoteToken> group;
            while (i < tokens.size() && tokens[i].kind == NoteToken::Kind::Citation && tokens[i].group == t.group)
                group.append(tokens[i++]);
            out += formatCitation ? formatCitation(group) : body.mid(t.start, t.end - t.start);
        }
        pos = t.end;
    }
    return out + body.mid(pos);
}

// The documents (and references) the notes link to or cite, in order of first mention.
QStringList mentionedItems(Repository &repo, const QList<Item> &notes)
{
    QStringList ids;
    for (const Item &note : notes)
        for (const NoteToken &t : exportTokens(repo, note.text(QStringLiteral("body")))) {
            QString id;
            if (t.kind == NoteToken::Kind::ItemLink) {
                id = repo.resolve(t.key);
            } else {
                auto q = repo.database().prepare("SELECT id FROM refs WHERE citation_key = ?1");
                q.bind(1, t.key);
                id = q.next() ? q.text(0) : QString();
            }
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
    return ids;
}

// "## Annotations": for each item of IDS with annotations on its PDF, its highlights and notes
// with page, colour name, text and comment.
QString annotationsSection(Repository &repo, const QStringList &ids, const QString &language)
{
    const bool zh = language == QLatin1String("zh");
    QString out;
    for (const QString &id : ids) {
        const QList<Annotation> list = annotationsOfItem(repo.database(), id);
        if (list.isEmpty())
            continue;
        out += QStringLiteral("### %1\n\n").arg(escapeMarkdown(itemName(repo, id, language == QLatin1String("zh"))));
        for (const Annotation &a : list) {
            QString line
                = QStringLiteral("- %1 %2, %3").arg(zh ? "页" : "p.").arg(a.page).arg(highlightColourName(a.color));
            if (!a.text.isEmpty())
                line += QStringLiteral(": “%1”").arg(escapeMarkdown(a.text));
            if (!a.comment.isEmpty())
                line += QStringLiteral(" — %1").arg(escapeMarkdown(a.comment));
            out += line + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    if (out.isEmpty())
        return {};
    return (zh ? QStringLiteral("## 批注\n\n") : QStringLiteral("## Annotations\n\n")) + out;
}

QString frontMatter(const QString &title, const QString &bibFile)
{
    QString t = inertMarkdown(escapeMarkdown(title)); // pandoc reads the YAML title as Markdown: inert there too
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    QString out = QStringLiteral("---\ntitle: \"%1\"\n").arg(t);
    if (!bibFile.isEmpty())
        out += QStringLiteral("bibliography: \"%1\"\n").arg(bibFile);
    return out + QStringLiteral("---\n\n");
}

} // namespace

ExportedText exportNotes(Repository &repo, const QStringList &noteIds, const NoteExportOptions &options)
{
    const QStringList ids = noteIds.isEmpty() ? repo.itemIds(ItemType::Note) : noteIds;
    if (ids.isEmpty())
        throw Error(ErrorCode::NotFound, QStringLiteral("There are no notes to export."));
    QList<Item> notes;
    QString allText;
    for (const QString &id : ids) {
        const QString resolved = repo.resolve(id);
        const auto item = resolved.isEmpty() ? std::nullopt : repo.findItem(resolved);
        if (!item || item->type != ItemType::Note)
            throw Error(ErrorCode::NotFound, QStringLiteral("No note with ID %1.").arg(id));
        notes.append(*item);
        allText += item->text(QStringLiteral("title")) + item->text(QStringLiteral("body"));
    }
    ExportedText out;
    out.language = mostlyChinese(allText) ? QStringLiteral("zh") : QStringLiteral("en");
    out.title = notes.size() == 1
        ? notes.first().text(QStringLiteral("title"))
        : (out.language == QLatin1String("zh") ? QStringLiteral("笔记") : QStringLiteral("Notes"));
    if (out.title.isEmpty())
        out.title = notes.first().id;

    Bibliography bib(repo, options.style);
    for (const Item &note : notes)
        forEachCluster(exportTokens(repo, note.text(QStringLiteral("body"))), [&](const QList<NoteToken> &group) {
            bib.cite(group, group.first().group < 0, QStringLiteral("Note %1").arg(note.id));
        });
    if (!options.pandoc)
        bib.finish();
    out.cited = bib.cited();
    out.style = bib.style().id;

    QString md = QStringLiteral("# %1\n\n").arg(escapeMarkdown(out.title));
    CitationFormatter format;
    if (!options.pandoc)
        format = [&](const QList<NoteToken> &group) { return bib.nextCitation(group.first().group < 0); };
    for (const Item &note : notes) {
        if (notes.size() > 1)
            md += QStringLiteral("## %1\n\n")
                      .arg(escapeMarkdown(
                          note.text(QStringLiteral("title")).isEmpty() ? note.id : note.text(QStringLiteral("title"))));
        const QString body = note.text(QStringLiteral("body")).trimmed();
        const QString language
            = mostlyChinese(note.text(QStringLiteral("title")) + body) ? QStringLiteral("zh") : QStringLiteral("en");
        md += renderBody(repo, body, language, format, out.warnings, note.id) + QStringLiteral("\n\n");
    }
    md += annotationsSection(repo, mentionedItems(repo, notes), out.language);
    if (!options.pandoc)
        md += bib.markdownList(out.language);
    // Note bodies are the user's Markdown: whatever raw HTML or javascript: link they hold must stay
    // text in every renderer the export meets (ours, pandoc, a Markdown viewer).
    out.markdown = (options.pandoc ? frontMatter(out.title, options.bibliographyFile) : QString())
        + inertMarkdown(md.trimmed()) + QLatin1Char('\n');
    return out;
}

namespace {

// The dossier's heading: title, kind and ID, a milestone's dates, the definitions and summaries, the history.
QString dossierHead(const QJsonObject &detail, ItemType type, const QString &id, const QString &title)
{
    const QJsonObject fields = detail.value(QStringLiteral("fields")).toObject();
    QString md = QStringLiteral("# %1\n\n").arg(escapeMarkdown(title));
    md += QStringLiteral("*%1* · `%2`\n\n")
              .arg(type == ItemType::Milestone ? QStringLiteral("Milestone") : QStringLiteral("Concept"), id);
    if (type == ItemType::Milestone)
        md += QStringLiteral("%1 – %2\n\n")
                  .arg(fields.value(QStringLiteral("start_date")).toString(),
                      fields.value(QStringLiteral("end_date")).toString());
    for (const char *k : { "definition_en", "definition_zh", "summary_en", "summary_zh" })
        if (!fields.value(QLatin1String(k)).toString().isEmpty())
            md += escapeMarkdown(fields.value(QLatin1String(k)).toString()) + QStringLiteral("\n\n");
    const QJsonArray history = detail.value(QStringLiteral("history")).toArray();
    if (!history.isEmpty()) {
        md += QStringLiteral("## History\n\n");
        for (const QJsonValue &h : history) {
            const QJsonObject o = h.toObject();
            md += QStringLiteral("- %1 %2: %3\n")
                      .arg(o.value(QStringLiteral("date")).toString(),
                          escapeMarkdown(o.value(QStringLiteral("title")).toString()),
                          escapeMarkdown(o.value(QStringLiteral("note")).toString()));
        }
        md += QLatin1Char('\n');
    }
    return md;
}

// Statements about the item, with the document and place each comes from; DOCUMENTS gets those documents.
QString dossierStatements(Repository &repo, const QJsonObject &detail, QStringList &documents)
{
    QStringList statementIds;
    for (const QJsonValue &s : detail.value(QStringLiteral("statements")).toArray())
        statementIds.append(s.toObject().value(QStringLiteral("id")).toString());
    for (const QJsonValue &b : detail.value(QStringLiteral("backlinks")).toArray())
        if (b.toObject().value(QStringLiteral("source_type")) == QLatin1String("statement"))
            statementIds.append(b.toObject().value(QStringLiteral("source")).toString());
    statementIds.removeDuplicates();
    if (statementIds.isEmpty())
        return {};
    QString md = QStringLiteral("## Statements\n\n");
    for (const QString &sid : statementIds) {
        const Item st = repo.item(sid);
        md += QStringLiteral("> %1\n").arg(escapeMarkdown(st.text(QStringLiteral("text"))));
        QStringList where;
        const QString doc = st.text(QStringLiteral("document"));
        if (!doc.isEmpty()) {
            where.append(escapeMarkdown(repo.title(doc)));
            documents.append(doc);
        }
        if (!st.text(QStringLiteral("locator")).isEmpty())
            where.append(escapeMarkdown(st.text(QStringLiteral("locator"))));
        const QString status
            = st.fields.value(QStringLiteral("verification")).toObject().value(QStringLiteral("status")).toString();
        if (!status.isEmpty())
            where.append(QStringLiteral("verification: ") + status);
        md += QStringLiteral("\n— %1 (`%2`)\n\n").arg(where.join(QStringLiteral(", ")), sid);
    }
    return md;
}

// The links (or backlinks, from ARRAY) under HEADING, each with its relation, the other item and its note.
QString dossierLinks(
    const QJsonObject &detail, const char *heading, const char *array, const char *other, const char *otherTitle)
{
    const QJsonArray links = detail.value(QLatin1String(array)).toArray();
    if (links.isEmpty())
        return {};
    QString md = QStringLiteral("## %1\n\n").arg(QLatin1String(heading));
    for (const QJsonValue &l : links) {
        const QJsonObject o = l.toObject();
        QString line = QStringLiteral("- %1: %2 (`%3`)")
                           .arg(o.value(QStringLiteral("relation")).toString(),
                               escapeMarkdown(o.value(QLatin1String(otherTitle)).toString()),
                               o.value(QLatin1String(other)).toString());
        if (!o.value(QStringLiteral("note")).toString().isEmpty())
            line += QStringLiteral(" — ") + escapeMarkdown(o.value(QStringLiteral("note")).toString());
        md += line + QLatin1Char('\n');
    }
    return md + QLatin1Char('\n');
}

// The documents the statements come from and the item's own sources.
QString dossierSources(Repository &repo, const QJsonObject &detail, QStringList documents)
{
    documents.removeDuplicates();
    QStringList sources;
    for (const QJsonValue &s : detail.value(QStringLiteral("sources")).toArray())
        sources.append(s.toString());
    if (documents.isEmpty() && sources.isEmpty())
        return {};
    QString md = QStringLiteral("## Sources\n\n");
    for (const QString &d : documents)
        md += QStringLiteral("- %1 (`%2`)\n").arg(escapeMarkdown(repo.title(d)), d);
    for (const QString &s : sources)
        md += QStringLiteral("- %1\n").arg(escapeMarkdown(s));
    return md + QLatin1Char('\n');
}

} // namespace

ExportedText exportDossier(Repository &repo, const QString &key, const NoteExportOptions &options)
{
    const QString id = repo.resolve(key);
    const auto type = id.isEmpty() ? std::nullopt : repo.typeOf(id);
    if (!type || (*type != ItemType::Milestone && *type != ItemType::Concept))
        throw Error(ErrorCode::NotFound, QStringLiteral("No milestone or concept with ID or alias \"%1\".").arg(key));
    const QJsonObject detail = itemDetail(repo, id);
    ExportedText out;
    out.language = QStringLiteral("en");
    out.title = repo.title(id);
    QStringList documents;
    QString md = dossierHead(detail, *type, id, out.title);
    md += dossierStatements(repo, detail, documents);
    md += dossierLinks(detail, "Links", "links", "target", "target_title");
    md += dossierLinks(detail, "Backlinks", "backlinks", "source", "source_title");
    md += dossierSources(repo, detail, documents);
    Q_UNUSED(options);
    out.markdown = inertMarkdown(md.trimmed()) + QLatin1Char('\n');
    return out;
}

QString exportHtml(const ExportedText &text)
{
    return htmlDocument(text.title, markdownToHtml(text.markdown), text.language);
}

FormattedCitation formatCitation(
    Repository &repo, const QStringList &keys, const QString &style, const QString &locator)
{
    Bibliography bib(repo, style);
    QList<NoteToken> group;
    for (const QString &key : keys)
        group.append({ NoteToken::Kind::Citation, key, {}, group.isEmpty() ? locator : QString(), 0, 0, 1 });
    try {
        bib.cite(group, false, QStringLiteral("The citation"));
    } catch (const Error &e) {
        throw Error(ErrorCode::NotFound, e.message());
    }
    bib.finish();
    return { bib.style(), bib.rendering().citations.value(0), bib.rendering().bibliography, bib.rendering().entryIds };
}

QByteArray exportDocument(const ExportedText &text, const QString &format)
{
    if (format == QLatin1String("md"))
        return text.markdown.toUtf8();
    if (format == QLatin1String("html"))
        return exportHtml(text).toUtf8();
    if (format == QLatin1String("docx") || format == QLatin1String("odt"))
        return convertMarkdown(text.markdown, format, text.title, text.language);
    throw Error(ErrorCode::Usage, QStringLiteral("Notes export to md, html, docx, odt or pdf, not %1.").arg(format));
}

} // namespace plenum::core

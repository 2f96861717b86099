#include "export/noteexport.h"

#include "export/inertmarkdown.h"
#include "export/markdownhtml.h"
#include "linking/notelinks.h"
#include "model/cslitem.h"
#include "queries/itemdetail.h"
#include "storage/repository.h"
#include "text/scripts.h"

#include <QJsonArray>
#include <QMap>

namespace plenum::core {

namespace {

bool mostlyChinese(const QString &text)
{
    const auto [han, latin, other] = scripts::countScripts(text);
    return han * 2 >= latin + other && han > 0;
}

// The item's name in LANGUAGE where it has one.
QString displayName(Repository &repo, const QString &id, const QString &language)
{
    const auto item = repo.findItem(id);
    if (!item)
        return id;
    const bool zh = language == QLatin1String("zh");
    for (const char *key : { zh ? "name_zh" : "name_en", zh ? "title_zh" : "title_en", zh ? "name_en" : "name_zh",
             zh ? "title_en" : "title_zh", "title" })
        if (!item->text(QLatin1String(key)).isEmpty())
            return item->text(QLatin1String(key));
    return repo.title(id);
}

QString escapeMarkdown(const QString &text)
{
    return markdownText(text);
}

// Numbers (GB/T) or year labels (APA) for the works cited, and the reference list.
class Bibliography {
public:
    Bibliography(Repository &repo, CitationStyle style)
        : m_repo(repo)
        , m_style(style)
    {
    }

    // Registers a citation in reading order; throws when KEY names no reference.
    void cite(const QString &key, const QString &where)
    {
        if (m_index.contains(key))
            return;
        auto q = m_repo.database().prepare("SELECT id FROM refs WHERE citation_key = ?1");
        q.bind(1, key);
        if (!q.next())
            throw Error(ErrorCode::InvalidData,
                QStringLiteral("%1 cites @%2, but no reference has that citation key.").arg(where, key));
        m_index.insert(key, static_cast<int>(m_refs.size()));
        const QJsonObject item = m_repo.item(q.text(0)).fields;
        m_items.append(item);
        // The hand-written styles still read the pre-CSL fields (the CSL processor work replaces them).
        m_refs.append(csl::legacyFields(item));
    }

    // Call after every cite(): fixes list order and APA year suffixes.
    void finish()
    {
        m_order.clear();
        m_number.clear();
        for (int i = 0; i < m_refs.size(); ++i)
            m_order.append(i);
        if (m_style == CitationStyle::Apa) {
            std::stable_sort(m_order.begin(), m_order.end(),
                [&](int a, int b) { return apaSortKey(m_refs[a]) < apaSortKey(m_refs[b]); });
            QMap<QString, QList<int>> sameLabel;
            for (int i : m_order) {
                CitedWork w { &m_refs[i], 0, {}, {} };
                sameLabel[inTextCitation(m_style, { w })].append(i);
            }
            for (const QList<int> &group : sameLabel)
                if (group.size() > 1)
                    for (int k = 0; k < group.size(); ++k)
                        m_yearLabel.insert(group[k],
                            m_refs[group[k]].value(QStringLiteral("year")).toVariant().toString() + QChar(u'a' + k));
        }
        for (int n = 0; n < m_order.size(); ++n)
            m_number.insert(m_order[n], n + 1);
    }

    QString citation(const QList<NoteToken> &group)
    {
        QList<CitedWork> works;
        for (const NoteToken &t : group) {
            const int i = m_index.value(t.key);
            works.append({ &m_refs[i], m_number.value(i), m_yearLabel.value(i), t.locator });
        }
        return inTextCitation(m_style, works);
    }

    [[nodiscard]] QList<QJsonObject> ordered() const
    {
        QList<QJsonObject> list;
        for (int i : m_order)
            list.append(m_items[i]);
        return list;
    }

    QString markdownList(const QString &language) const
    {
        if (m_refs.isEmpty())
            return {};
        QString out
            = language == QLatin1String("zh") ? QStringLiteral("## 参考文献\n\n") : QStringLiteral("## References\n\n");
        for (qsizetype n = 0; n < m_order.size(); ++n) {
            const int i = m_order[n];
            const QString entry = markdownText(bibliographyEntry(m_style, m_refs[i], m_yearLabel.value(i)));
            out += m_style == CitationStyle::GbT7714 ? QStringLiteral("[%1] %2\n\n").arg(n + 1).arg(entry)
                                                     : entry + QStringLiteral("\n\n");
        }
        return out;
    }

private:
    Repository &m_repo;
    CitationStyle m_style;
    QList<QJsonObject> m_items; ///< the CSL items cited, as stored
    QList<QJsonObject> m_refs; ///< the same in the fields citationstyle reads
    QHash<QString, int> m_index;
    QList<int> m_order;
    QHash<int, QString> m_yearLabel;
    QHash<int, int> m_number; ///< reference index → its number in the list (a lookup, not a scan per citation)
};

// BODY with [[links]] replaced by names and citations by FORMAT_CITATION's text.
QString renderBody(Repository &repo, const QString &body, const QString &language,
    const std::function<QString(const QList<NoteToken> &)> &formatCitation, QStringList &warnings,
    const QString &noteId)
{
    const QList<NoteToken> tokens = scanNote(body);
    QString out;
    qsizetype pos = 0;
    for (qsizetype i = 0; i < tokens.size();) {
        const NoteToken &t = tokens[i];
        out += body.mid(pos, t.start - pos);
        if (t.kind == NoteToken::Kind::ItemLink) {
            const QString id = repo.resolve(t.key);
            if (id.isEmpty())
                warnings.append(
                    QStringLiteral("%1 links to [[%2]], which names no item; its text is kept.").arg(noteId, t.key));
            const QString text = !t.label.isEmpty()
                ? t.label
                : (id.isEmpty() || id != t.key ? t.key : displayName(repo, id, language));
            out += escapeMarkdown(text);
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

QString frontMatter(const QString &title, const QString &bibFile)
{
    QString t = inertMarkdown(markdownText(title)); // pandoc reads the YAML title as Markdown: inert there too
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
        for (const NoteToken &t : scanNote(note.text(QStringLiteral("body"))))
            if (t.kind == NoteToken::Kind::Citation)
                bib.cite(t.key, QStringLiteral("Note %1").arg(note.id));
    bib.finish();
    out.cited = bib.ordered();

    QString md = QStringLiteral("# %1\n\n").arg(escapeMarkdown(out.title));
    std::function<QString(const QList<NoteToken> &)> format;
    if (!options.pandoc)
        format = [&](const QList<NoteToken> &group) { return bib.citation(group); };
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
    if (!options.pandoc)
        md += bib.markdownList(out.language);
    // Note bodies are the user's Markdown: whatever raw HTML or javascript: link they hold must stay
    // text in every renderer the export meets (ours, pandoc, a Markdown viewer).
    out.markdown = (options.pandoc ? frontMatter(out.title, options.bibliographyFile) : QString())
        + inertMarkdown(md.trimmed()) + QLatin1Char('\n');
    return out;
}

ExportedText exportDossier(Repository &repo, const QString &key, const NoteExportOptions &options)
{
    const QString id = repo.resolve(key);
    const auto type = id.isEmpty() ? std::nullopt : repo.typeOf(id);
    if (!type || (*type != ItemType::Milestone && *type != ItemType::Concept))
        throw Error(ErrorCode::NotFound, QStringLiteral("No milestone or concept with ID or alias \"%1\".").arg(key));
    const QJsonObject detail = itemDetail(repo, id);
    const QJsonObject fields = detail.value(QStringLiteral("fields")).toObject();
    ExportedText out;
    out.language = QStringLiteral("en");
    out.title = repo.title(id);
    QString md = QStringLiteral("# %1\n\n").arg(escapeMarkdown(out.title));
    md += QStringLiteral("*%1* · `%2`\n\n")
              .arg(*type == ItemType::Milestone ? QStringLiteral("Milestone") : QStringLiteral("Concept"), id);
    if (*type == ItemType::Milestone)
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
    // Statements about the item, with the document and place each comes from.
    QStringList statementIds;
    for (const QJsonValue &s : detail.value(QStringLiteral("statements")).toArray())
        statementIds.append(s.toObject().value(QStringLiteral("id")).toString());
    for (const QJsonValue &b : detail.value(QStringLiteral("backlinks")).toArray())
        if (b.toObject().value(QStringLiteral("source_type")) == QLatin1String("statement"))
            statementIds.append(b.toObject().value(QStringLiteral("source")).toString());
    statementIds.removeDuplicates();
    QStringList documents;
    if (!statementIds.isEmpty()) {
        md += QStringLiteral("## Statements\n\n");
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
    }
    auto linkList = [&](const char *heading, const char *array, const char *other, const char *otherTitle) {
        const QJsonArray links = detail.value(QLatin1String(array)).toArray();
        if (links.isEmpty())
            return;
        md += QStringLiteral("## %1\n\n").arg(QLatin1String(heading));
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
        md += QLatin1Char('\n');
    };
    linkList("Links", "links", "target", "target_title");
    linkList("Backlinks", "backlinks", "source", "source_title");
    documents.removeDuplicates();
    QStringList sources;
    for (const QJsonValue &s : detail.value(QStringLiteral("sources")).toArray())
        sources.append(s.toString());
    if (!documents.isEmpty() || !sources.isEmpty()) {
        md += QStringLiteral("## Sources\n\n");
        for (const QString &d : documents)
            md += QStringLiteral("- %1 (`%2`)\n").arg(escapeMarkdown(repo.title(d)), d);
        for (const QString &s : sources)
            md += QStringLiteral("- %1\n").arg(escapeMarkdown(s));
        md += QLatin1Char('\n');
    }
    Q_UNUSED(options);
    out.markdown = inertMarkdown(md.trimmed()) + QLatin1Char('\n');
    return out;
}

QString exportHtml(const ExportedText &text)
{
    return htmlDocument(text.title, markdownToHtml(text.markdown), text.language);
}

} // namespace plenum::core

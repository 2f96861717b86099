#include "interchange/paperimporter.h"

#include "storage/legacyreference.h"

#include "interchange/referenceimporter.h"
#include "storage/itemids.h"
#include "storage/repository.h"
#include "text/titlekey.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace plenum::core {

namespace {

// A stored reference with the same normalized title and year; empty when none.
QString referenceByTitle(Repository &repo, const QJsonObject &fields)
{
    const QString title = titleKey(fields.value(QStringLiteral("title")).toString());
    if (title.isEmpty())
        return {};
    auto q = repo.database().prepare("SELECT id, title FROM refs WHERE coalesce(year, 0) = ?1 ORDER BY id");
    q.bind(1, static_cast<std::int64_t>(fields.value(QStringLiteral("year")).toInteger()));
    while (q.next())
        if (titleKey(q.text(1)) == title)
            return q.text(0);
    return {};
}

QString documentStem(const ParsedPaper &p)
{
    QString stem;
    if (!p.authors.isEmpty()) {
        // Pinyin names come surname first ("Li Qianyu"); other Latin names surname last.
        static const QStringList surnames = { "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou",
            "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie",
            "han", "tang", "feng", "yu", "dong", "xiao", "cheng", "cao", "yuan", "deng", "fu", "shen", "zeng", "peng",
            "su", "lu", "jiang", "cai", "jia", "ding", "wei", "xue", "ye", "yan", "pan", "du", "dai", "xia", "zhong",
            "tian", "ren", "fan", "fang", "shi", "yao", "tan", "liao", "zou", "xiong", "jin", "hao", "kong", "bai",
            "cui", "kang", "mao", "qiu", "qin", "gu", "hou", "shao", "meng", "long", "wan", "duan", "lei", "qian",
            "yin", "yi", "chang", "qiao", "lai", "gong", "wen", "ouyang" };
        const QStringList words = p.authors.first().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() == 2 && surnames.contains(words.first().toLower())
            && !surnames.contains(words.last().toLower())) {
            stem = slugify(words.first());
        } else {
            const QJsonObject first = bib::parseName(p.authors.first());
            stem = slugify(
                first.value(QStringLiteral("family")).toString() + first.value(QStringLiteral("literal")).toString());
        }
    }
    if (stem.isEmpty())
        stem = slugify(p.title.section(QLatin1Char(' '), 0, 3));
    if (stem.isEmpty())
        stem = QStringLiteral("paper");
    static const QRegularExpression year(QStringLiteral("(?:^|\\D)((?:19|20)\\d\\d)(?:\\D|$)"));
    if (const auto m = year.match(p.doi); m.hasMatch())
        stem += QLatin1Char('-') + m.captured(1);
    return stem;
}

// One import, step by step, inside the caller's transaction: the document, its references
// (first, so statements can link their markers to them), then paragraphs and figure captions.
class PaperImport {
public:
    PaperImport(Repository &repo, const PaperImportOptions &options, PaperImportResult &result)
        : m_repo(repo)
        , m_options(options)
        , m_result(result)
        , m_paper(result.paper)
        , m_total(static_cast<int>(m_paper.paragraphs.size() + m_paper.figures.size() + m_paper.references.size()))
    {
    }

    void createDocument(const QString &fileName);
    void importReferences();
    void importParagraphs();
    void importFigures();
    void finishProgress() { reportProgress(m_options.progress, m_total, m_total, "paper import"); }

private:
    void step() { reportProgress(m_options.progress, m_done++, m_total, "paper import"); }
    PaperReferenceOutcome importReference(const PaperReference &r);
    QString existingReference(const PaperReference &r, PaperReferenceOutcome &outcome);
    QString createReference(const PaperReference &r, const QString &duplicateOfId);
    void linkCitation(const PaperReference &r, const QString &referenceId);
    QString addStatement(const QString &text, const QString &locator);
    void linkMarkers(const QString &statementId, const PaperParagraph &para);

    Repository &m_repo;
    const PaperImportOptions &m_options;
    PaperImportResult &m_result;
    const ParsedPaper &m_paper;
    const int m_total;
    int m_done = 0;
    QString m_source; // "Imported from FILE" on the document and its statements
    QString m_stem; // the document id without "doc-", for statement ids
    QSet<QString> m_reserved;
    QHash<int, QString> m_refByNumber;
    QSet<QString> m_keys;
    QSet<QString> m_refIds;
};

void PaperImport::createDocument(const QString &fileName)
{
    const ParsedPaper &p = m_paper;
    m_source = QStringLiteral("Imported from %1").arg(QFileInfo(fileName).fileName());
    m_result.documentId = uniqueId(m_repo, QStringLiteral("doc-") + documentStem(p), m_reserved);
    m_stem = m_result.documentId.mid(4);
    Item doc;
    doc.type = ItemType::Document;
    doc.id = m_result.documentId;
    doc.sources = { m_source };
    doc.fields.insert(QStringLiteral("kind"), QStringLiteral("paper"));
    doc.fields.insert(
        p.language == QLatin1String("zh") ? QStringLiteral("title_zh") : QStringLiteral("title_en"), p.title);
    doc.fields.insert(QStringLiteral("language"), p.language);
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            doc.fields.insert(QLatin1String(key), value);
    };
    put("affiliation", p.affiliation);
    put("abstract", p.abstract);
    put("doi", p.doi);
    if (!p.authors.isEmpty())
        doc.fields.insert(QStringLiteral("authors"), QJsonArray::fromStringList(p.authors));
    if (!p.keywords.isEmpty())
        doc.fields.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(p.keywords));
    m_repo.createItem(doc);
}

void PaperImport::importReferences()
{
    for (const PaperReference &r : m_paper.references) {
        step();
        m_result.references.append(importReference(r));
    }
}

PaperReferenceOutcome PaperImport::importReference(const PaperReference &r)
{
    PaperReferenceOutcome outcome;
    outcome.number = r.number;
    if (r.duplicateOf && m_refByNumber.contains(*r.duplicateOf))
        outcome.duplicateOfId = m_refByNumber.value(*r.duplicateOf);
    const QString existing = existingReference(r, outcome);
    if (!existing.isEmpty()) {
        outcome.referenceId = existing;
    } else {
        outcome.referenceId = createReference(r, outcome.duplicateOfId);
        outcome.created = true;
    }
    if (!m_refByNumber.contains(r.number)) {
        m_refByNumber.insert(r.number, outcome.referenceId);
        linkCitation(r, outcome.referenceId);
    }
    return outcome;
}

// A stored reference the entry is (same DOI, or same title and year when the entry read cleanly);
// sets OUTCOME's reusedBy. A repeated entry gets its own reference instead.
QString PaperImport::existingReference(const PaperReference &r, PaperReferenceOutcome &outcome)
{
    QString existing = outcome.duplicateOfId.isEmpty()
        ? referenceByDoi(m_repo, r.fields.value(QStringLiteral("doi")).toString())
        : QString();
    outcome.reusedBy = existing.isEmpty() ? QString() : QStringLiteral("doi");
    if (existing.isEmpty() && outcome.duplicateOfId.isEmpty() && r.problems.isEmpty()) {
        existing = referenceByTitle(m_repo, r.fields);
        if (!existing.isEmpty())
            outcome.reusedBy = QStringLiteral("title");
    }
    return existing;
}

// A new reference for entry R (with a duplicate_of link when it repeats DUPLICATE_OF_ID); returns its id.
QString PaperImport::createReference(const PaperReference &r, const QString &duplicateOfId)
{
    Item ref;
    ref.type = ItemType::Reference;
    QJsonObject parsed = r.fields; // the paper parser's fields, in the pre-CSL form
    if (parsed.value(QStringLiteral("title")).toString().isEmpty())
        parsed.insert(QStringLiteral("title"), r.raw); // keep the entry as written rather than lose it
    QJsonObject extra = parsed.value(QStringLiteral("extra")).toObject();
    extra.insert(QStringLiteral("as_cited"), r.raw);
    parsed.insert(QStringLiteral("extra"), extra);
    ref.fields = referenceFromLegacy(parsed);
    const QString key = generateCitationKey(m_repo, ref.fields, m_keys);
    m_keys.insert(key);
    ref.fields.insert(QStringLiteral("citation-key"), key);
    ref.id = newReferenceId(m_repo, key, m_refIds);
    ref.sources = { QStringLiteral("%1, reference [%2]").arg(m_paper.title).arg(r.number) };
    m_repo.createItem(ref);
    if (!duplicateOfId.isEmpty()) {
        Link dup;
        dup.sourceId = ref.id;
        dup.targetId = duplicateOfId;
        dup.relation = Relation::DuplicateOf;
        dup.note = QStringLiteral("Entry [%1] repeats entry [%2].").arg(r.number).arg(*r.duplicateOf);
        m_repo.addLink(dup);
    }
    return ref.id;
}

// The document cites the reference at position n.
void PaperImport::linkCitation(const PaperReference &r, const QString &referenceId)
{
    Link cites;
    cites.sourceId = m_result.documentId;
    cites.targetId = referenceId;
    cites.relation = Relation::Cites;
    cites.position = r.number;
    // The same reference listed twice under different numbers is one link; keep the first position.
    bool linked = false;
    for (const Link &l : m_repo.outgoingLinks(m_result.documentId))
        linked = linked || (l.targetId == cites.targetId && l.relation == cites.relation);
    if (!linked)
        m_repo.addLink(cites);
}

QString PaperImport::addStatement(const QString &text, const QString &locator)
{
    Item st;
    st.type = ItemType::Statement;
    st.id = uniqueId(m_repo, QStringLiteral("st-%1-%2").arg(m_stem).arg(m_result.statementIds.size() + 1), m_reserved);
    st.sources = { m_source };
    st.fields = { { QStringLiteral("text"), text }, { QStringLiteral("language"), m_paper.language },
        { QStringLiteral("kind"), QStringLiteral("quote") }, { QStringLiteral("document"), m_result.documentId },
        { QStringLiteral("locator"), locator } };
    m_repo.createItem(st);
    m_result.statementIds.append(st.id);
    return st.id;
}

void PaperImport::importParagraphs()
{
    for (const PaperParagraph &para : m_paper.paragraphs) {
        step();
        const QString id = addStatement(para.text, para.locator());
        if (m_options.linkMarkers)
            linkMarkers(id, para);
    }
}

// Each [n] marker of the paragraph links its statement to reference n, with the marker's span.
void PaperImport::linkMarkers(const QString &statementId, const PaperParagraph &para)
{
    for (const PaperMarker &m : para.markers) {
        if (!m_refByNumber.contains(m.number))
            continue;
        Link l;
        l.sourceId = statementId;
        l.targetId = m_refByNumber.value(m.number);
        l.relation = Relation::Cites;
        l.spanStart = m.start;
        l.spanEnd = m.end;
        l.matched = m.text;
        l.position = m.number;
        bool exists = false;
        for (const Link &o : m_repo.outgoingLinks(statementId))
            exists = exists || (o.targetId == l.targetId && o.spanStart == l.spanStart && o.relation == l.relation);
        if (!exists) {
            m_repo.addLink(l);
            ++m_result.markerLinks;
        }
    }
}

void PaperImport::importFigures()
{
    for (const PaperFigure &f : m_paper.figures) {
        step();
        const QString where = f.section.isEmpty() ? QString() : QStringLiteral(" (§%1)").arg(f.section);
        addStatement(f.caption.isEmpty() ? f.label : f.label + QLatin1Char(' ') + f.caption, f.label + where);
    }
}

} // namespace

PaperImportResult importPaper(
    Repository &repo, const QString &text, const QString &fileName, const PaperImportOptions &options)
{
    PaperImportResult result;
    result.dryRun = options.dryRun;
    result.paper = parsePaper(text, fileName);
    Transaction tx(repo.database());
    PaperImport import(repo, options, result);
    import.createDocument(fileName);
    import.importReferences();
    import.importParagraphs();
    import.importFigures();
    import.finishProgress();
    if (!options.dryRun) {
        if (options.afterStatements)
            options.afterStatements(repo, result.statementIds);
        tx.commit();
    }
    return result;
}

QJsonObject paperImportJson(const PaperImportResult &r)
{
    const ParsedPaper &p = r.paper;
    QJsonArray sections, statements, figures, references, issues;
    for (const PaperSection &s : p.sections)
        sections.append(QJsonObject { { QStringLiteral("number"), s.number }, { QStringLiteral("title"), s.title },
            { QStringLiteral("level"), s.level }, { QStringLiteral("line"), s.line } });
    int markers = 0;
    for (qsizetype i = 0; i < p.paragraphs.size(); ++i) {
        const PaperParagraph &para = p.paragraphs[i];
        QJsonArray numbers;
        for (const PaperMarker &m : para.markers)
            numbers.append(m.number);
        markers += static_cast<int>(para.markers.size());
        statements.append(QJsonObject { { QStringLiteral("id"), r.statementIds.value(i) },
            { QStringLiteral("locator"), para.locator() }, { QStringLiteral("line"), para.line },
            { QStringLiteral("chars"), static_cast<int>(para.text.size()) },
            { QStringLiteral("rejoined"), para.rejoined }, { QStringLiteral("markers"), numbers } });
    }
    for (qsizetype i = 0; i < p.figures.size(); ++i)
        figures.append(QJsonObject { { QStringLiteral("id"), r.statementIds.value(p.paragraphs.size() + i) },
            { QStringLiteral("label"), p.figures[i].label }, { QStringLiteral("caption"), p.figures[i].caption },
            { QStringLiteral("section"), p.figures[i].section }, { QStringLiteral("line"), p.figures[i].line } });
    for (qsizetype i = 0; i < p.references.size(); ++i) {
        const PaperReference &ref = p.references[i];
        const PaperReferenceOutcome o = r.references.value(i);
        QJsonObject entry { { QStringLiteral("position"), ref.number }, { QStringLiteral("id"), o.referenceId },
            { QStringLiteral("created"), o.created },
            { QStringLiteral("reused_by"), o.reusedBy.isEmpty() ? QJsonValue() : QJsonValue(o.reusedBy) },
            { QStringLiteral("duplicate_of"), o.duplicateOfId.isEmpty() ? QJsonValue() : QJsonValue(o.duplicateOfId) },
            { QStringLiteral("line"), ref.line }, { QStringLiteral("fields"), ref.fields },
            { QStringLiteral("problems"), QJsonArray::fromStringList(ref.problems) } };
        references.append(entry);
    }
    for (const PaperIssue &i : p.issues)
        issues.append(QJsonObject { { QStringLiteral("line"), i.line }, { QStringLiteral("message"), i.message } });
    return { { QStringLiteral("file"), p.file }, { QStringLiteral("dry_run"), r.dryRun },
        { QStringLiteral("document"),
            QJsonObject { { QStringLiteral("id"), r.documentId }, { QStringLiteral("title"), p.title },
                { QStringLiteral("language"), p.language },
                { QStringLiteral("authors"), QJsonArray::fromStringList(p.authors) },
                { QStringLiteral("affiliation"), p.affiliation },
                { QStringLiteral("emails"), QJsonArray::fromStringList(p.emails) },
                { QStringLiteral("keywords"), QJsonArray::fromStringList(p.keywords) },
                { QStringLiteral("abstract"), p.abstract }, { QStringLiteral("doi"), p.doi } } },
        { QStringLiteral("sections"), sections }, { QStringLiteral("statements"), statements },
        { QStringLiteral("figures"), figures }, { QStringLiteral("references"), references },
        { QStringLiteral("citation_markers"), markers }, { QStringLiteral("marker_links"), r.markerLinks },
        { QStringLiteral("not_understood"), issues } };
}

} // namespace plenum::core

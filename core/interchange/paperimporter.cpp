#include "interchange/paperimporter.h"

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

} // namespace

PaperImportResult importPaper(
    Repository &repo, const QString &text, const QString &fileName, const PaperImportOptions &options)
{
    PaperImportResult result;
    result.dryRun = options.dryRun;
    result.paper = parsePaper(text, fileName);
    const ParsedPaper &p = result.paper;
    const int total = static_cast<int>(p.paragraphs.size() + p.figures.size() + p.references.size());
    int done = 0;
    const QString source = QStringLiteral("Imported from %1").arg(QFileInfo(fileName).fileName());

    Transaction tx(repo.database());
    QSet<QString> reserved;
    result.documentId = uniqueId(repo, QStringLiteral("doc-") + documentStem(p), reserved);
    Item doc;
    doc.type = ItemType::Document;
    doc.id = result.documentId;
    doc.sources = { source };
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
    repo.createItem(doc);

    // References first, so statements can link their markers to them.
    const QString stem = result.documentId.mid(4);
    QHash<int, QString> refByNumber;
    QSet<QString> keys;
    QSet<QString> refIds;
    for (const PaperReference &r : p.references) {
        reportProgress(options.progress, done++, total, "paper import");
        PaperReferenceOutcome outcome;
        outcome.number = r.number;
        if (r.duplicateOf && refByNumber.contains(*r.duplicateOf))
            outcome.duplicateOfId = refByNumber.value(*r.duplicateOf);
        QString existing = outcome.duplicateOfId.isEmpty()
            ? referenceByDoi(repo, r.fields.value(QStringLiteral("doi")).toString())
            : QString();
        outcome.reusedBy = existing.isEmpty() ? QString() : QStringLiteral("doi");
        if (existing.isEmpty() && outcome.duplicateOfId.isEmpty() && r.problems.isEmpty()) {
            existing = referenceByTitle(repo, r.fields);
            if (!existing.isEmpty())
                outcome.reusedBy = QStringLiteral("title");
        }
        if (!existing.isEmpty()) {
            outcome.referenceId = existing;
        } else {
            Item ref;
            ref.type = ItemType::Reference;
            ref.fields = r.fields;
            if (ref.fields.value(QStringLiteral("title")).toString().isEmpty())
                ref.fields.insert(QStringLiteral("title"), r.raw); // keep the entry as written rather than lose it
            const QString key = generateCitationKey(repo, ref.fields, keys);
            keys.insert(key);
            ref.fields.insert(QStringLiteral("citation_key"), key);
            QJsonObject extra = ref.fields.value(QStringLiteral("extra")).toObject();
            extra.insert(QStringLiteral("as_cited"), r.raw);
            ref.fields.insert(QStringLiteral("extra"), extra);
            ref.id = newReferenceId(repo, key, refIds);
            ref.sources = { QStringLiteral("%1, reference [%2]").arg(p.title).arg(r.number) };
            repo.createItem(ref);
            outcome.referenceId = ref.id;
            outcome.created = true;
            if (!outcome.duplicateOfId.isEmpty()) {
                Link dup;
                dup.sourceId = ref.id;
                dup.targetId = outcome.duplicateOfId;
                dup.relation = Relation::DuplicateOf;
                dup.note = QStringLiteral("Entry [%1] repeats entry [%2].").arg(r.number).arg(*r.duplicateOf);
                repo.addLink(dup);
            }
        }
        if (!refByNumber.contains(r.number)) {
            refByNumber.insert(r.number, outcome.referenceId);
            Link cites;
            cites.sourceId = result.documentId;
            cites.targetId = outcome.referenceId;
            cites.relation = Relation::Cites;
            cites.position = r.number;
            // The same reference listed twice under different numbers is one link; keep the first position.
            bool linked = false;
            for (const Link &l : repo.outgoingLinks(result.documentId))
                linked = linked || (l.targetId == cites.targetId && l.relation == cites.relation);
            if (!linked)
                repo.addLink(cites);
        }
        result.references.append(outcome);
    }

    auto addStatement = [&](const QString &textOf, const QString &locator) {
        Item st;
        st.type = ItemType::Statement;
        st.id = uniqueId(repo, QStringLiteral("st-%1-%2").arg(stem).arg(result.statementIds.size() + 1), reserved);
        st.sources = { source };
        st.fields = { { QStringLiteral("text"), textOf }, { QStringLiteral("language"), p.language },
            { QStringLiteral("kind"), QStringLiteral("quote") }, { QStringLiteral("document"), result.documentId },
            { QStringLiteral("locator"), locator } };
        repo.createItem(st);
        result.statementIds.append(st.id);
        return st.id;
    };
    for (const PaperParagraph &para : p.paragraphs) {
        reportProgress(options.progress, done++, total, "paper import");
        const QString id = addStatement(para.text, para.locator());
        if (!options.linkMarkers)
            continue;
        for (const PaperMarker &m : para.markers) {
            if (!refByNumber.contains(m.number))
                continue;
            Link l;
            l.sourceId = id;
            l.targetId = refByNumber.value(m.number);
            l.relation = Relation::Cites;
            l.spanStart = m.start;
            l.spanEnd = m.end;
            l.matched = m.text;
            l.position = m.number;
            bool exists = false;
            for (const Link &o : repo.outgoingLinks(id))
                exists = exists || (o.targetId == l.targetId && o.spanStart == l.spanStart && o.relation == l.relation);
            if (!exists) {
                repo.addLink(l);
                ++result.markerLinks;
            }
        }
    }
    for (const PaperFigure &f : p.figures) {
        reportProgress(options.progress, done++, total, "paper import");
        const QString where = f.section.isEmpty() ? QString() : QStringLiteral(" (§%1)").arg(f.section);
        addStatement(f.caption.isEmpty() ? f.label : f.label + QLatin1Char(' ') + f.caption, f.label + where);
    }
    reportProgress(options.progress, total, total, "paper import");
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

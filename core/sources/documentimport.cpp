#include "sources/documentimport.h"

#include "interchange/referenceimporter.h"
#include "model/error.h"
#include "storage/itemids.h"
#include "storage/repository.h"
#include "text/scripts.h"

#include <QFileInfo>
#include <QJsonArray>

namespace plenum::core {

namespace {

QString languageOf(const OfficialDocument &d)
{
    QString sample = d.title;
    for (qsizetype i = 0; i < d.parts.size() && i < 5; ++i)
        sample += d.parts[i].text;
    const auto [han, latin, other] = scripts::countScripts(sample);
    return han > 0 && han * 3 >= latin + other ? QStringLiteral("zh") : QStringLiteral("en");
}

QString documentStem(const OfficialDocument &d)
{
    QString stem = slugify(d.title.section(QLatin1Char(' '), 0, 3));
    if (stem.isEmpty() || stem.size() > 40)
        stem = d.kind == QLatin1String("other") ? QStringLiteral("page") : d.kind;
    if (!d.date.isEmpty())
        stem += QLatin1Char('-') + d.date.left(4);
    return stem;
}

Item documentItem(const DocumentImportResult &r, const QString &language)
{
    const OfficialDocument &d = r.document;
    Item doc;
    doc.type = ItemType::Document;
    doc.id = r.documentId;
    doc.sources = { QStringLiteral("Imported from %1").arg(QFileInfo(r.source.file).fileName()) };
    if (!d.number.isEmpty())
        doc.sources.append(QStringLiteral("文号 %1").arg(d.number));
    if (!r.source.source.isEmpty())
        doc.sources.append(QStringLiteral("来源 %1").arg(r.source.source));
    if (!d.adoptedBy.isEmpty())
        doc.sources.append(QStringLiteral("%1通过").arg(d.adoptedBy));
    doc.fields.insert(QStringLiteral("kind"), d.kind);
    doc.fields.insert(
        language == QLatin1String("zh") ? QStringLiteral("title_zh") : QStringLiteral("title_en"), d.title);
    doc.fields.insert(QStringLiteral("language"), language);
    if (!d.date.isEmpty())
        doc.fields.insert(QStringLiteral("date"), d.date);
    if (!r.source.url.isEmpty())
        doc.fields.insert(QStringLiteral("url"), r.source.url);
    if (!d.issuer.isEmpty())
        doc.fields.insert(QStringLiteral("authors"), QJsonArray { d.issuer });
    return doc;
}

} // namespace

OfficialDocument plainDocument(const SourceDocument &doc)
{
    OfficialDocument out;
    out.title = doc.title;
    out.kind = QStringLiteral("other");
    out.date = doc.date;
    out.issuer = doc.source;
    QString heading;
    int paragraph = 0;
    for (const SourceBlock &b : doc.blocks) {
        const QString text = b.text.simplified();
        if (text.isEmpty())
            continue;
        if (out.title.isEmpty()) {
            out.title = text;
            continue;
        }
        if (b.heading > 0) {
            if (text != out.title)
                heading = text;
            paragraph = 0;
            continue;
        }
        ++paragraph;
        const QString where = heading.isEmpty() ? QStringLiteral("¶%1").arg(paragraph)
                                                : QStringLiteral("§%1 ¶%2").arg(heading).arg(paragraph);
        out.parts.append({ where, where, heading, text });
    }
    return out;
}

DocumentImportResult importSourceDocument(
    Repository &repo, const SourceDocument &doc, const PaperImportOptions &options)
{
    DocumentImportResult r;
    r.source = doc;
    r.dryRun = options.dryRun;
    r.official = looksOfficial(doc);
    r.document = r.official ? parseOfficial(doc) : plainDocument(doc);
    if (r.document.title.isEmpty() || r.document.parts.isEmpty())
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1: found no text to import (expected a title and paragraphs).").arg(doc.file));
    const QString language = languageOf(r.document);
    Transaction tx(repo.database());
    QSet<QString> reserved;
    r.documentId = uniqueId(repo, QStringLiteral("doc-") + documentStem(r.document), reserved);
    repo.createItem(documentItem(r, language));
    const QString stem = r.documentId.mid(4);
    const int total = static_cast<int>(r.document.parts.size());
    for (int i = 0; i < total; ++i) {
        reportProgress(options.progress, i, total, "document import");
        const OfficialPart &part = r.document.parts[i];
        Item st;
        st.type = ItemType::Statement;
        st.id = uniqueId(repo, QStringLiteral("st-%1-%2").arg(stem).arg(i + 1), reserved);
        st.sources = { QStringLiteral("Imported from %1").arg(QFileInfo(doc.file).fileName()) };
        st.fields = { { QStringLiteral("text"), part.text }, { QStringLiteral("language"), language },
            { QStringLiteral("kind"), QStringLiteral("quote") }, { QStringLiteral("document"), r.documentId },
            { QStringLiteral("locator"), part.locator } };
        repo.createItem(st);
        r.statementIds.append(st.id);
    }
    reportProgress(options.progress, total, total, "document import");
    if (!options.dryRun) {
        if (options.afterStatements)
            options.afterStatements(repo, r.statementIds);
        if (options.afterDocument)
            options.afterDocument(repo, r.documentId);
        tx.commit();
    }
    return r;
}

QJsonObject documentImportJson(const DocumentImportResult &r)
{
    const OfficialDocument &d = r.document;
    QJsonArray parts;
    for (qsizetype i = 0; i < d.parts.size(); ++i)
        parts.append(QJsonObject { { QStringLiteral("id"), r.statementIds.value(i) },
            { QStringLiteral("locator"), d.parts[i].locator }, { QStringLiteral("locator_zh"), d.parts[i].locatorZh },
            { QStringLiteral("heading"), d.parts[i].heading },
            { QStringLiteral("chars"), static_cast<int>(d.parts[i].text.size()) } });
    return { { QStringLiteral("file"), r.source.file }, { QStringLiteral("format"), r.source.format },
        { QStringLiteral("dry_run"), r.dryRun }, { QStringLiteral("official"), r.official },
        { QStringLiteral("document"),
            QJsonObject { { QStringLiteral("id"), r.documentId }, { QStringLiteral("title"), d.title },
                { QStringLiteral("kind"), d.kind }, { QStringLiteral("issuer"), d.issuer },
                { QStringLiteral("date"), d.date }, { QStringLiteral("number"), d.number },
                { QStringLiteral("adopted_by"), d.adoptedBy }, { QStringLiteral("source"), r.source.source },
                { QStringLiteral("url"), r.source.url } } },
        { QStringLiteral("statements"), parts },
        { QStringLiteral("not_understood"), QJsonArray::fromStringList(r.source.problems) } };
}

QString documentImportText(const QJsonObject &o)
{
    const QJsonObject doc = o.value(QStringLiteral("document")).toObject();
    const bool dry = o.value(QStringLiteral("dry_run")).toBool();
    QString out = QStringLiteral("%1 %2 (%3): %4\n")
                      .arg(dry ? QStringLiteral("Would create") : QStringLiteral("Created"),
                          doc.value(QStringLiteral("id")).toString(), doc.value(QStringLiteral("kind")).toString(),
                          doc.value(QStringLiteral("title")).toString());
    for (const char *key : { "issuer", "date", "number", "adopted_by", "source", "url" })
        if (const QString v = doc.value(QLatin1String(key)).toString(); !v.isEmpty())
            out += QStringLiteral("  %1: %2\n").arg(QLatin1String(key), v);
    const QJsonArray parts = o.value(QStringLiteral("statements")).toArray();
    out += QStringLiteral("Statements (kind quote): %1\n").arg(parts.size());
    for (const QJsonValue &v : parts)
        out += QStringLiteral("  %1  %2\n")
                   .arg(v.toObject().value(QStringLiteral("locator")).toString(),
                       v.toObject().value(QStringLiteral("locator_zh")).toString());
    for (const QJsonValue &v : o.value(QStringLiteral("not_understood")).toArray())
        out += QStringLiteral("Not understood: %1\n").arg(v.toString());
    if (dry)
        out += QStringLiteral("Dry run: nothing was written.\n");
    return out;
}

} // namespace plenum::core

#pragma once

#include "interchange/paperimporter.h"
#include "sources/officialdoc.h"

#include <QJsonObject>

namespace plenum::core {

struct DocumentImportResult {
    SourceDocument source;
    OfficialDocument document; ///< for a page that is not an official document: its title and paragraphs
    bool official = false;
    QString documentId;
    QStringList statementIds; ///< one per part or paragraph
    bool dryRun = false;
};

/// The blocks of a page or Word file as parts: headings become the "§heading" of the paragraphs
/// under them ("§Background ¶2"), paragraphs before any heading "¶n".
OfficialDocument plainDocument(const SourceDocument &doc);

/// Stores DOC in one transaction: a document (kind from the official title, issuer as author,
/// date, URL, document number and source among its sources) and one statement (kind quote) per
/// part, with the part's locator. An official document (looksOfficial) is read by parseOfficial.
/// OPTIONS' hooks run before the commit, as for a paper; a failure or a cancel writes nothing.
DocumentImportResult importSourceDocument(
    Repository &repo, const SourceDocument &doc, const PaperImportOptions &options = {});

/// The preview or summary as JSON (docs/cli.md, `import` of web pages and Word files).
QJsonObject documentImportJson(const DocumentImportResult &result);

/// The same for people.
QString documentImportText(const QJsonObject &json);

} // namespace plenum::core

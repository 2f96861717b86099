#pragma once

#include "interchange/paperimporter.h"
#include "sources/pdfreader.h"

namespace plenum::core {

/// The paper text the parser reads, made from a PDF's blocks: one line per block, a blank line
/// between blocks; PAGE_OF_LINE gets the page of each 1-based line (index 0 unused).
QString paperTextFromPdf(const PdfText &pdf, QList<int> *pageOfLine);

/// The PDF read into a paper: structure by the paper parser, every paragraph, caption and
/// footnote with its page; a PDF without a text layer gives the metadata only (title from the
/// document information or the file name), said in the paper's issues. Throws as readPdf() does.
ParsedPaper parsePdfPaper(const PdfText &pdf, const QString &fileName);

/// readPdf() then importParsedPaper(): one transaction, nothing written on failure or cancel.
PaperImportResult importPdf(
    Repository &repo, const QByteArray &data, const QString &fileName, const PaperImportOptions &options = {});

} // namespace plenum::core

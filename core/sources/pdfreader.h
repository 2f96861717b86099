#pragma once

#include "model/progress.h"
#include "sources/pdflayout.h"

#include <QByteArray>
#include <QStringList>

namespace plenum::core {

/// The text of a PDF in reading order, with the metadata of its information dictionary.
struct PdfText {
    QString file;
    int pages = 0;
    bool textLayer = true; ///< false for a scanned PDF: pages with no text at all
    QString title; ///< from the document information (often empty or wrong)
    QString author;
    QString subject;
    QString keywords;
    QString date; ///< "YYYY-MM-DD" from the creation date, empty when none
    PdfLayoutResult layout;
    QStringList problems; ///< what could not be read: pages, unmapped glyphs, a truncated file
};

/// Reads the PDF in DATA (read from FILE_NAME) page by page through poppler-cpp (docs/adr/0015),
/// reporting each page to PROGRESS, which may cancel. Throws InvalidData naming the file when it
/// is not a PDF, damaged beyond reading or encrypted with a password; a truncated file or broken
/// fonts give a partial result with PROBLEMS saying what was lost.
PdfText readPdf(const QByteArray &data, const QString &fileName, const Progress &progress = {});

/// True when DATA starts like a PDF ("%PDF-" within its first kilobyte).
bool looksLikePdf(const QByteArray &data);

} // namespace plenum::core

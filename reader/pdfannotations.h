#pragma once

#include "storage/attachments.h"

namespace plenum::core {
class Repository;
}

namespace plenum::reader {

struct PdfAnnotationImport {
    int added = 0; ///< annotations written now
    int present = 0; ///< found in the PDF but already in the knowledge base (an earlier import)
};

/// Reads the PDF's own Highlight, Underline, StrikeOut, Squiggly and Text (note) annotations of
/// ATTACHMENT (those made in Okular, Zotero or Acrobat) into the knowledge base with origin "pdf":
/// page, boxes in points, colour, the comment, and the text under the boxes. Each one with text
/// becomes a quote statement of the document with its page (core::addQuote). Running it again
/// adds nothing that is already there. Throws core::Error (NotFound, InvalidData) naming the file
/// when it is missing or not a PDF.
PdfAnnotationImport importPdfAnnotations(core::Repository &repo, const core::Attachment &attachment);

} // namespace plenum::reader

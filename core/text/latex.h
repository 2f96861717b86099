#pragma once

#include <QString>

namespace plenum::core::latex {

/// Turns the LaTeX of a BibTeX field value into plain Unicode text: accents ({\"o}, \'{e}) become
/// composed characters, escaped specials (\&) their character, formatting commands (\emph{x})
/// their argument, grouping braces disappear. Unknown commands are kept verbatim.
QString decode(const QString &tex);

/// The reverse of decode for writing BibTeX: escapes specials and braces and writes accented
/// Latin letters in LaTeX form so plain BibTeX reads them; other scripts (Chinese) stay UTF-8.
QString encode(const QString &text);

} // namespace plenum::core::latex

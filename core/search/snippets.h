#pragma once

#include <QString>

namespace plenum::core::search {

/// About MAX_CHARS of TEXT (a column with its matches between OPEN and CLOSE) around its first
/// match: never cutting a match or a mark, never half a word of a spaced script (Chinese may be cut
/// between any two characters), with an ellipsis at each end that was cut; newlines as spaces.
QString cropSnippet(QString text, const QString &open, const QString &close, int maxChars);

/// A statement's text as the title of its hit: on one line, at most 80 characters and an ellipsis.
QString statementTitle(const QString &body);

} // namespace plenum::core::search

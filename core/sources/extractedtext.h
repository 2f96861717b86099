#pragma once

#include <QString>

namespace plenum::core {

/// Text as a PDF or web page gives it, made into what the author wrote: ligatures (ﬁ ﬃ), full-width
/// Latin letters and digits, Kangxi and CJK radicals that broken CJK fonts map ideographs to (⼀ ⼒),
/// and compatibility ideographs become their NFKC forms; no-break and ideographic spaces become
/// spaces; soft hyphens, zero-width and control characters go. Chinese full-width punctuation
/// (，。：；（）) stays as it is: NFKC would turn it into ASCII, which is not what the text says.
QString normalizeExtractedText(const QString &text);

/// Joins two lines of one paragraph: a word hyphenated at the line end is rejoined ("adminis-" +
/// "tration"), no space goes between Chinese characters, one space elsewhere.
QString joinLines(const QString &first, const QString &second);

/// True when TEXT ends a sentence (. ! ? : ; 。！？：；… before closing quotes or brackets).
bool endsSentence(const QString &text);

/// Characters in TEXT that no font mapped to Unicode (U+FFFD, private-use, controls).
int unreadableCharacters(const QString &text);

} // namespace plenum::core

#pragma once

#include "pdffixture.h"

#include <QStringList>

namespace plenum::test {

using Kind = PdfFixtureBlock::Kind;

/// A Chinese journal article: front matter, numbered sections, paragraphs with [n] markers long
/// enough to run over columns and pages, a footnote and a GB/T 7714 reference list.
QList<PdfFixtureBlock> chinesePaper(int paragraphsPerSection = 3);
/// The same shape in English, with soft hyphens where lines may break and ﬁ-ligature words.
QList<PdfFixtureBlock> englishPaper(int paragraphsPerSection = 3);
/// The options a two-column journal page uses (running header, page numbers).
PdfFixtureOptions journalOptions(bool chinese);

} // namespace plenum::test

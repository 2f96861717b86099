#pragma once

#include "export/cslstyles.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace plenum::core {

/// One work cited inside a citation cluster.
struct CslCite {
    QString id; ///< the CSL item's id (Plenum: the citation key)
    QString locator; ///< "12", "50-52"
    QString label; ///< CSL locator term: "page", "chapter", "section", …
    bool suppressAuthor = false; ///< [-@a]
    bool authorOnly = false; ///< @a in running text: the author part; the rest follows the style
};

/// Splits a pandoc-style locator ("p. 12", "pp. 3-5", "chap. 2", "第12页", "12") into CSL's
/// label and locator.
void parseLocator(const QString &text, CslCite &cite);

/// What the engine made: HTML fragments (citeproc-js's html output) in cluster order, and the
/// bibliography entries in the style's order.
struct CslRendering {
    QStringList citations;
    QStringList bibliography;
    QStringList entryIds; ///< the item id of each bibliography entry
    bool secondFieldAlign = false; ///< numeric styles: "[1]" in a left margin
};

/// Renders CLUSTERS (in document order) and, when BIBLIOGRAPHY, the reference list of ITEMS
/// (CSL-JSON) with STYLE through citeproc-js (run by node, offline). With no clusters the list
/// holds every item. Throws InvalidData when the style or data is refused, FileError when the
/// engine is not installed.
CslRendering renderCsl(
    const CslStyle &style, const QJsonArray &items, const QList<QList<CslCite>> &clusters, bool bibliography = true);

/// An engine HTML fragment as Markdown (pandoc's: *italic*, **bold**, ^sup^, ~sub~; specials escaped).
QString cslHtmlToMarkdown(const QString &html);
/// An engine HTML fragment as plain text (tags dropped, a margin column ends in a space).
QString cslHtmlToText(const QString &html);

} // namespace plenum::core

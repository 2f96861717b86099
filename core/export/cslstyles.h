#pragma once

#include <QList>
#include <QString>

namespace plenum::core {

/// One CSL style file Plenum can render with.
struct CslStyle {
    QString id; ///< the file name without .csl ("apa", "china-national-standard-gb-t-7714-2015-numeric")
    QString title; ///< the style's <title>
    QString path; ///< absolute path of the .csl file
    bool user = false; ///< from the per-user styles folder (or a path given by the user)
};

/// Where the official styles and locales live: Debian's citation-style-language-styles/-locales,
/// or $PLENUM_CSL_DIR (with styles/ and locales/ inside).
QString cslDataDir();
/// The per-user styles folder: $PLENUM_STYLES_DIR, else ~/.local/share/plenum/styles. .csl files
/// put there are listed with the official ones and win over an official style of the same id.
QString userStylesDir();

/// Every independent style installed (a user style wins over an official one of the same id),
/// sorted by id. The files are read once per process and again only when a styles folder changes
/// (a style added or removed); safe to call from any thread.
QList<CslStyle> installedStyles();

/// The style NAME names: a path to a .csl file, a style id, or one of the old names "gbt7714"
/// (GB/T 7714-2015 numeric) and "apa". Throws NotFound naming what was looked for.
CslStyle resolveStyle(const QString &name);

/// The style used when none is chosen: GB/T 7714-2015 numeric.
QString defaultStyleName();

} // namespace plenum::core

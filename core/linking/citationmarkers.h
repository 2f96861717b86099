#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

namespace plenum::core {

/// A citation marker group such as [3], [1, 3], [4–6], [7]–[9] or [2][5]. Offsets as in Mention.
struct CitationMarker {
    int start = 0; ///< code points
    int end = 0;
    int start16 = 0; ///< UTF-16 units
    int end16 = 0;
    QList<int> numbers; ///< entry numbers cited, ranges expanded, in order
};

/// Every citation marker group in TEXT, in one pass. Brackets holding anything but entry numbers
/// ([sic], [2013]) are not markers, nor is a bracket opening a line (a reference-list label).
QList<CitationMarker> findCitationMarkers(QStringView text);

/// The reference list at the end of a plain text: a "References" / "Bibliography" / "参考文献"
/// heading followed by entries labelled [n] or "n.".
struct ReferenceSection {
    int start16 = -1; ///< where the heading starts; -1 when there is none
    QMap<int, QString> entries; ///< entry number → entry text
};

/// Finds the reference list of TEXT (the last matching heading wins).
ReferenceSection findReferenceSection(QStringView text);

} // namespace plenum::core

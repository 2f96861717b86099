#pragma once

#include <QList>
#include <QString>

namespace plenum::ui {

/// One citation style as the Settings and Export dialogs offer it.
struct StyleChoice {
    QString label; ///< the style's own title, "(your style)" after a user's style
    QString id; ///< what Settings stores and core::resolveStyle reads
};

/// Every installed citation style, labelled for the interface, in core::installedStyles() order.
QList<StyleChoice> styleChoices();

/// The index in CHOICES of the style STORED names (an id or a path), else the default style's (0 when it is missing
/// too).
int styleChoiceIndex(const QList<StyleChoice> &choices, const QString &stored);

/// Reads the installed styles on a worker thread so that the first dialog to list them does not wait.
void preloadStyleChoices();

} // namespace plenum::ui

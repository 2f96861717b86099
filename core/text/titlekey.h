#pragma once

#include <QString>
#include <QStringView>

namespace plenum::core {

/// TITLE reduced to what two spellings of it share, to compare and de-duplicate references:
/// compatibility forms folded (full-width ＡＢＣ, ligatures), accents removed, case folded, and
/// only letters and digits kept (by code point, so Han characters outside the BMP stay).
/// "Ｓｏｃｉａｌ Work: a Café-Study" and "social work — a cafe study" give the same key.
QString titleKey(QStringView title);

} // namespace plenum::core

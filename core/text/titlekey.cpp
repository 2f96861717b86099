#include "text/titlekey.h"

#include "text/scripts.h"

namespace plenum::core {

QString titleKey(QStringView title)
{
    const QString decomposed = title.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    scripts::forEachCodePoint(decomposed, [&](char32_t c) {
        if (QChar::isLetterOrNumber(c) && QChar::category(c) != QChar::Mark_NonSpacing) {
            const char32_t folded = QChar::toCaseFolded(c);
            out += QString::fromUcs4(&folded, 1);
        }
        return true;
    });
    return out;
}

} // namespace plenum::core

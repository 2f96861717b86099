#include "linking/milestonenames.h"

namespace plenum::core {

QString chineseNumeral(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 0 || n > 99)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10, ones = n % 10;
    QString out = tens == 1 ? QString() : QString(digits.at(tens));
    out += QChar(0x5341); // 十
    if (ones)
        out += digits.at(ones);
    return out;
}

QString englishOrdinal(int n)
{
    const int mod100 = n % 100, mod10 = n % 10;
    const char *suffix = (mod100 >= 11 && mod100 <= 13) ? "th"
        : mod10 == 1                                    ? "st"
        : mod10 == 2                                    ? "nd"
        : mod10 == 3                                    ? "rd"
                                                        : "th";
    return QString::number(n) + QLatin1String(suffix);
}

QString englishOrdinalWord(int n)
{
    static const char *words[]
        = { "Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth" };
    return n >= 0 && n <= 9 ? QLatin1String(words[n]) : englishOrdinal(n);
}

QString englishOrdinalWordLower(int n)
{
    static const char *units[] = { "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth" };
    static const char *tensOrdinal[] = { "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
        "seventieth", "eightieth", "ninetieth" };
    static const char *tensCardinal[]
        = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
    if (n <= 0 || n > 99)
        return englishOrdinal(n);
    if (n < 20)
        return QLatin1String(units[n]);
    if (n % 10 == 0)
        return QLatin1String(tensOrdinal[n / 10]);
    return QLatin1String(tensCardinal[n / 10]) + QLatin1Char('-') + QLatin1String(units[n % 10]);
}

QString shortNameZh(MilestoneKind kind, int term, int session)
{
    if (kind == MilestoneKind::NationalCongress)
        return QStringLiteral("中共%1大").arg(chineseNumeral(term));
    if (kind == MilestoneKind::CcPlenum)
        return QStringLiteral("%1届%2中全会").arg(chineseNumeral(term), chineseNumeral(session));
    return {};
}

QString shortNameEn(MilestoneKind kind, int term, int session)
{
    if (kind == MilestoneKind::NationalCongress)
        return QStringLiteral("%1 National Congress").arg(englishOrdinal(term));
    if (kind == MilestoneKind::CcPlenum)
        return QStringLiteral("%1 Plenum of the %2 CC").arg(englishOrdinalWord(session), englishOrdinal(term));
    return {};
}

} // namespace plenum::core

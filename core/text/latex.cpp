#include "text/latex.h"

#include <QHash>

namespace plenum::core::latex {

namespace {

// Accent commands and the Unicode combining mark each one adds.
const QHash<QString, QChar> &accents()
{
    static const QHash<QString, QChar> map = {
        { QStringLiteral("'"), QChar(0x0301) },
        { QStringLiteral("`"), QChar(0x0300) },
        { QStringLiteral("^"), QChar(0x0302) },
        { QStringLiteral("\""), QChar(0x0308) },
        { QStringLiteral("~"), QChar(0x0303) },
        { QStringLiteral("="), QChar(0x0304) },
        { QStringLiteral("."), QChar(0x0307) },
        { QStringLiteral("u"), QChar(0x0306) },
        { QStringLiteral("v"), QChar(0x030C) },
        { QStringLiteral("H"), QChar(0x030B) },
        { QStringLiteral("c"), QChar(0x0327) },
        { QStringLiteral("k"), QChar(0x0328) },
        { QStringLiteral("r"), QChar(0x030A) },
        { QStringLiteral("d"), QChar(0x0323) },
        { QStringLiteral("b"), QChar(0x0331) },
    };
    return map;
}

// Commands that stand for one character.
const QHash<QString, QString> &symbols()
{
    static const QHash<QString, QString> map = {
        { QStringLiteral("ss"), QStringLiteral("ß") },
        { QStringLiteral("o"), QStringLiteral("ø") },
        { QStringLiteral("O"), QStringLiteral("Ø") },
        { QStringLiteral("ae"), QStringLiteral("æ") },
        { QStringLiteral("AE"), QStringLiteral("Æ") },
        { QStringLiteral("oe"), QStringLiteral("œ") },
        { QStringLiteral("OE"), QStringLiteral("Œ") },
        { QStringLiteral("aa"), QStringLiteral("å") },
        { QStringLiteral("AA"), QStringLiteral("Å") },
        { QStringLiteral("l"), QStringLiteral("ł") },
        { QStringLiteral("L"), QStringLiteral("Ł") },
        { QStringLiteral("i"), QStringLiteral("ı") },
        { QStringLiteral("textasciitilde"), QStringLiteral("~") },
        { QStringLiteral("textasciicircum"), QStringLiteral("^") },
        { QStringLiteral("textendash"), QString(QChar(0x2013)) },
        { QStringLiteral("textemdash"), QString(QChar(0x2014)) },
    };
    return map;
}

// Commands whose only effect is formatting: their argument is the text.
bool isFormatting(const QString &name)
{
    static const QStringList names = { "emph", "textit", "textbf", "textsc", "textrm", "texttt", "textsf", "textup",
        "textsl", "mbox", "url", "mkbibquote", "mkbibemph", "NoCaseChange" };
    return names.contains(name);
}

// Content of the group opening at s[pos] == '{'; POS moves past the closing brace.
QString readGroup(const QString &s, qsizetype &pos)
{
    int depth = 0;
    const qsizetype start = pos + 1;
    for (; pos < s.size(); ++pos) {
        if (s[pos] == QLatin1Char('\\')) {
            ++pos;
            continue;
        }
        if (s[pos] == QLatin1Char('{'))
            ++depth;
        else if (s[pos] == QLatin1Char('}') && --depth == 0)
            return s.mid(start, pos++ - start);
    }
    return s.mid(start);
}

QString compose(const QString &base, QChar mark)
{
    if (base.isEmpty())
        return QString(mark);
    QString first = base.left(1);
    if (first == QStringLiteral("ı"))
        first = QStringLiteral("i");
    return (first + mark).normalized(QString::NormalizationForm_C) + base.mid(1);
}

// The argument of an accent command starting at POS: a group, a command such as \i, or one character.
QString readArgument(const QString &s, qsizetype &pos)
{
    while (pos < s.size() && s[pos] == QLatin1Char(' '))
        ++pos;
    if (pos >= s.size())
        return {};
    if (s[pos] == QLatin1Char('{'))
        return decode(readGroup(s, pos));
    if (s[pos] == QLatin1Char('\\')) {
        qsizetype end = pos + 1;
        while (end < s.size() && s[end].isLetter() && s[end].unicode() < 128)
            ++end;
        const QString decoded = decode(s.mid(pos, end - pos));
        pos = end;
        return decoded;
    }
    return QString(s[pos++]);
}

} // namespace

QString decode(const QString &tex)
{
    QString out;
    qsizetype i = 0;
    while (i < tex.size()) {
        const QChar c = tex[i];
        if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
            ++i;
        } else if (c == QLatin1Char('~')) {
            out += QChar(0x00A0);
            ++i;
        } else if (c != QLatin1Char('\\') || i + 1 >= tex.size()) {
            out += c;
            ++i;
        } else {
            qsizetype j = i + 1;
            while (j < tex.size() && tex[j].isLetter() && tex[j].unicode() < 128)
                ++j;
            if (j == i + 1) { // a control symbol such as \' or \&
                const QString sym(tex[j]);
                i = j + 1;
                if (accents().contains(sym))
                    out += compose(readArgument(tex, i), accents().value(sym));
                else if (QStringLiteral("&%$#_{} ").contains(sym))
                    out += sym;
                else
                    out += QLatin1Char('\\') + sym;
                continue;
            }
            const QString name = tex.mid(i + 1, j - i - 1);
            i = j;
            if (name.size() == 1 && accents().contains(name)) {
                out += compose(readArgument(tex, i), accents().value(name));
            } else if (symbols().contains(name)) {
                out += symbols().value(name);
                if (tex.mid(i, 2) == QLatin1String("{}"))
                    i += 2;
                else if (i < tex.size() && tex[i] == QLatin1Char(' '))
                    ++i;
            } else if (isFormatting(name) && i < tex.size() && tex[i] == QLatin1Char('{')) {
                out += decode(readGroup(tex, i));
            } else {
                out += QLatin1Char('\\') + name; // unknown: keep it and its argument verbatim
                if (i < tex.size() && tex[i] == QLatin1Char('{')) {
                    const qsizetype start = i;
                    readGroup(tex, i);
                    out += tex.mid(start, i - start);
                }
            }
        }
    }
    return out;
}

QString encode(const QString &text)
{
    QHash<QString, QString> symbolOf;
    for (auto it = symbols().cbegin(); it != symbols().cend(); ++it)
        if (it.key() != QLatin1String("i"))
            symbolOf.insert(it.value(), it.key());
    QHash<QChar, QString> accentOf;
    for (auto it = accents().cbegin(); it != accents().cend(); ++it)
        accentOf.insert(it.value(), it.key());

    QString out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (QStringLiteral("&%$#_{}").contains(c)) {
            out += QLatin1Char('\\') + c;
        } else if (u == u'~' || u == u'^') {
            out += QStringLiteral("{\\%1}").arg(symbolOf.value(QString(c)));
        } else if (u == 0x00A0) {
            out += QLatin1Char('~');
        } else if (u < 128) {
            out += c;
        } else if (symbolOf.contains(QString(c))) {
            out += QStringLiteral("{\\%1}").arg(symbolOf.value(QString(c)));
        } else {
            const QString parts = QString(c).normalized(QString::NormalizationForm_D);
            if (parts.size() == 2 && parts[0].unicode() < 128 && parts[0].isLetter() && accentOf.contains(parts[1])) {
                const QString cmd = accentOf.value(parts[1]);
                const QString base = parts[0] == QLatin1Char('i') ? QStringLiteral("\\i") : QString(parts[0]);
                out += cmd[0].isLetter() ? QStringLiteral("{\\%1{%2}}").arg(cmd, base)
                                         : QStringLiteral("{\\%1%2}").arg(cmd, base);
            } else {
                out += c;
            }
        }
    }
    return out;
}

} // namespace plenum::core::latex

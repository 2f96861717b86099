#include "text/latex.h"

#include <QHash>

#include <vector>

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

// Raw text of the group opening at s[pos] == '{', braces included; POS moves past the closing
// brace (or to the end when it never closes). Iterative, so any depth costs one pass.
QString rawGroup(const QString &s, qsizetype &pos)
{
    const qsizetype start = pos;
    qsizetype depth = 0;
    for (; pos < s.size(); ++pos) {
        if (s[pos] == QLatin1Char('\\')) {
            ++pos;
            continue;
        }
        if (s[pos] == QLatin1Char('{'))
            ++depth;
        else if (s[pos] == QLatin1Char('}') && --depth == 0)
            return s.mid(start, ++pos - start);
    }
    pos = s.size();
    return s.mid(start);
}

// One left-to-right pass. Groups are a stack, not recursion: an accent whose argument is a group
// waits on the stack and is applied when the group closes, so nesting depth never costs stack or
// copies (a hostile \'{\'{\'{… is linear).
class Decoder {
public:
    explicit Decoder(const QString &tex)
        : m_tex(tex)
    {
    }

    QString run()
    {
        while (m_i < m_tex.size())
            step();
        while (!m_groups.empty()) // unclosed groups end with the text
            closeGroup();
        if (m_marks.isEmpty())
            return m_out;
        QString out; // splice the marks that did not compose in after their characters
        out.reserve(m_out.size() + m_marks.size());
        for (qsizetype p = 0; p < m_out.size(); ++p) {
            out += m_out[p];
            if (const auto it = m_marks.constFind(p); it != m_marks.cend())
                for (auto m = it->crbegin(); m != it->crend(); ++m)
                    out += *m;
        }
        return out;
    }

private:
    struct Group {
        qsizetype outStart = -1; ///< where an accent's argument begins in m_out; -1 for a plain group
        QChar mark;
    };

    void step()
    {
        const QChar c = m_tex[m_i];
        if (c == QLatin1Char('{')) {
            m_groups.push_back({});
            ++m_i;
        } else if (c == QLatin1Char('}')) {
            if (!m_groups.empty())
                closeGroup();
            ++m_i;
        } else if (c == QLatin1Char('~')) {
            m_out += QChar(0x00A0);
            ++m_i;
        } else if (c != QLatin1Char('\\') || m_i + 1 >= m_tex.size()) {
            m_out += c;
            ++m_i;
        } else {
            command();
        }
    }

    void closeGroup()
    {
        const Group g = m_groups.back();
        m_groups.pop_back();
        if (g.outStart >= 0)
            applyAccent(g.outStart, g.mark);
    }

    // Adds MARK to the character at m_out[POS] (the first one an accent's argument produced): the
    // composed character replaces it in place; a mark that does not compose waits in m_marks and is
    // spliced in after it at the end, newest first as an insertion would put it. Inserting into
    // m_out instead would move the rest of the text once per accent (quadratic on \'{\'{\'{…).
    void applyAccent(qsizetype pos, QChar mark)
    {
        if (pos >= m_out.size()) {
            m_out += mark; // an empty argument: the bare mark, as LaTeX prints it
            return;
        }
        QChar first = m_out[pos];
        if (first == QChar(0x0131)) // dotless ı takes the accent as i
            first = QLatin1Char('i');
        const QString composed = (QString(first) + mark).normalized(QString::NormalizationForm_C);
        m_out[pos] = composed[0];
        QList<QChar> &later = m_marks[pos];
        for (qsizetype k = composed.size() - 1; k >= 1; --k)
            later.append(composed[k]);
    }

    qsizetype nameEnd(qsizetype from) const
    {
        while (from < m_tex.size() && m_tex[from].isLetter() && m_tex[from].unicode() < 128)
            ++from;
        return from;
    }

    // m_i is on a backslash with at least one character after it.
    void command()
    {
        const qsizetype j = nameEnd(m_i + 1);
        if (j == m_i + 1) { // a control symbol such as \' or \&
            const QString sym(m_tex[j]);
            m_i = j + 1;
            if (accents().contains(sym))
                accent(accents().value(sym));
            else if (QStringLiteral("&%$#_{} ").contains(sym))
                m_out += sym;
            else
                m_out += QLatin1Char('\\') + sym;
            return;
        }
        const QString name = m_tex.mid(m_i + 1, j - m_i - 1);
        m_i = j;
        if (name.size() == 1 && accents().contains(name)) {
            accent(accents().value(name));
        } else if (symbols().contains(name)) {
            m_out += symbols().value(name);
            if (QStringView(m_tex).mid(m_i, 2) == QLatin1String("{}"))
                m_i += 2;
            else if (m_i < m_tex.size() && m_tex[m_i] == QLatin1Char(' '))
                ++m_i;
        } else if (isFormatting(name) && m_i < m_tex.size() && m_tex[m_i] == QLatin1Char('{')) {
            // the argument is the text: the group that follows is decoded in place
        } else {
            m_out += QLatin1Char('\\') + name; // unknown: keep it and its argument verbatim
            if (m_i < m_tex.size() && m_tex[m_i] == QLatin1Char('{'))
                m_out += rawGroup(m_tex, m_i);
        }
    }

    // The argument of an accent: a group, a command such as \i, or one character.
    void accent(QChar mark)
    {
        while (m_i < m_tex.size() && m_tex[m_i] == QLatin1Char(' '))
            ++m_i;
        if (m_i >= m_tex.size() || m_tex[m_i] == QLatin1Char('}')) {
            m_out += mark;
        } else if (m_tex[m_i] == QLatin1Char('{')) {
            m_groups.push_back({ m_out.size(), mark });
            ++m_i;
        } else if (m_tex[m_i] == QLatin1Char('\\')) {
            const qsizetype end = nameEnd(m_i + 1);
            const QString name = m_tex.mid(m_i + 1, end - m_i - 1);
            m_i = end == m_i + 1 ? m_i + 1 : end;
            const qsizetype at = m_out.size();
            if (name.isEmpty())
                m_out += QLatin1Char('\\');
            else if (name.size() == 1 && accents().contains(name))
                m_out += accents().value(name);
            else
                m_out += symbols().value(name, QLatin1Char('\\') + name);
            applyAccent(at, mark);
        } else {
            m_out += m_tex[m_i++];
            applyAccent(m_out.size() - 1, mark);
        }
    }

    const QString &m_tex;
    qsizetype m_i = 0;
    QString m_out;
    std::vector<Group> m_groups;
    QHash<qsizetype, QList<QChar>> m_marks; ///< marks to splice in after m_out[key], oldest first
};

} // namespace

QString decode(const QString &tex)
{
    return Decoder(tex).run();
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

#include "export/inertmarkdown.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <cstring>

namespace plenum::core {

namespace {

// A fence line: up to three spaces, then ``` or ~~~ (or longer). Returns its character and length.
std::pair<QChar, qsizetype> fence(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line[i] == QLatin1Char(' '))
        ++i;
    if (i > 3 || i >= line.size() || (line[i] != QLatin1Char('`') && line[i] != QLatin1Char('~')))
        return { QChar(), 0 };
    const QChar c = line[i];
    qsizetype n = 0;
    while (i + n < line.size() && line[i + n] == c)
        ++n;
    return n >= 3 ? std::pair { c, n } : std::pair { QChar(), qsizetype(0) };
}

bool closesFence(const QString &line, std::pair<QChar, qsizetype> open)
{
    const auto [c, n] = fence(line);
    return c == open.first && n >= open.second && line.trimmed().size() == n;
}

// The opening fence with its info string kept only when it is a plain language name: pandoc reads
// "{=html}" there as "pass this block through raw".
QString inertFenceLine(const QString &line, std::pair<QChar, qsizetype> open)
{
    static const QRegularExpression plainInfo(QStringLiteral("^[A-Za-z0-9_+.#-]*$"));
    const qsizetype at = line.indexOf(open.first);
    const QString info = line.mid(at + open.second).trimmed();
    const QString fenceText = line.left(at + open.second);
    return plainInfo.match(info).hasMatch() ? fenceText + info : fenceText;
}

// The index of the line closing the fence opened at line N, or -1 when none does (then pandoc does
// not see a code block either, and the lines are escaped like any text).
qsizetype closingLine(const QStringList &lines, qsizetype n, std::pair<QChar, qsizetype> open)
{
    for (qsizetype k = n + 1; k < lines.size(); ++k)
        if (closesFence(lines[k], open))
            return k;
    return -1;
}

// "[label]: target" at the start of a line (not a footnote "[^1]:"); the target may follow on the next line.
const QRegularExpression &definition()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}\\[(?!\\^)[^\\]\\n]*+\\]:[ \\t]*+(\\S*+)"));
    return re;
}

// The ")" closing a link's "(" whose text starts at FROM, counting nested parentheses as pandoc
// does ("javascript:alert(1)"); with AT_SPACE a space ends the target first. LINE.size() when none.
qsizetype closingParen(const QString &line, qsizetype from, bool atSpace)
{
    int depth = 0;
    for (qsizetype p = from; p < line.size(); ++p) {
        const QChar c = line[p];
        if (c == QLatin1Char('\\')) {
            ++p;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && depth-- == 0) {
            return p;
        } else if (atSpace && c.isSpace()) {
            return p;
        }
    }
    return line.size();
}

// The end (past ">") of a safe autolink <https://…>, <http://…> or <mailto:…> at LINE[AT]; 0 when
// none. By hand and stopping at the next "<", so a line of "<<<<" stays linear.
qsizetype autolinkEnd(const QString &line, qsizetype at)
{
    const QStringView rest = QStringView(line).mid(at + 1);
    qsizetype p = 0;
    for (const char *scheme : { "https://", "http://", "mailto:" })
        if (rest.startsWith(QLatin1String(scheme), Qt::CaseInsensitive)) {
            p = qsizetype(std::strlen(scheme));
            break;
        }
    if (p == 0)
        return 0;
    const qsizetype start = p;
    while (p < rest.size() && !rest[p].isSpace() && !QStringLiteral("<>\"'&\\").contains(rest[p]))
        ++p;
    return p > start && p < rest.size() && rest[p] == QLatin1Char('>') ? at + 1 + p + 1 : 0;
}

// One line of text outside code blocks.
QString inertLine(const QString &line)
{
    QString out;
    qsizetype i = 0;
    qsizetype lastOpen = -1; // where the last "[" went in OUT, to drop it with an unsafe link
    if (const auto m = definition().match(line); m.hasMatch() && !safeLinkTarget(m.captured(1))) {
        const qsizetype bracket = line.indexOf(QLatin1Char('['));
        out += line.left(bracket) + QStringLiteral("\\[");
        i = bracket + 1;
    }
    for (; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            out += c;
            out += line[++i];
        } else if (c == QLatin1Char('<')) {
            if (const qsizetype end = autolinkEnd(line, i); end > 0) {
                out += line.mid(i, end - i);
                i = end - 1;
            } else {
                out += QStringLiteral("\\<");
            }
        } else if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
            out += QLatin1Char('\\') + c;
        } else if (c == QLatin1Char('[')) {
            lastOpen = out.size();
            out += c;
        } else if (c == QLatin1Char(']') && i + 1 < line.size() && line[i + 1] == QLatin1Char('(')) {
            qsizetype start = i + 2;
            while (start < line.size() && line[start] == QLatin1Char(' '))
                ++start;
            const qsizetype end = closingParen(line, start, true);
            if (safeLinkTarget(line.mid(start, end - start))) {
                out += line.mid(i, end - i); // copied whole: a later "](" is never inside a scanned target
                i = end - 1;
                continue;
            }
            // An unsafe target (javascript:, data:, an entity-encoded scheme): the link becomes its text.
            if (lastOpen >= 0)
                out.remove(lastOpen, 1);
            else
                out += QStringLiteral("\\]");
            lastOpen = -1;
            i = closingParen(line, end, false);
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

bool safeLinkTarget(const QString &url)
{
    static const QRegularExpression safe(
        QStringLiteral("^<?(?:(?:https?://|mailto:)[^\\s<>\"'\\\\]*+|[A-Za-z0-9_./#?=%~+-]*+)>?$"),
        QRegularExpression::CaseInsensitiveOption);
    // A relative path has no ":" and no "&", so neither "javascript:" nor "javascript&#58;" passes.
    return safe.match(url).hasMatch();
}

QString inertMarkdown(const QString &markdown)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList out;
    out.reserve(lines.size());
    // Per fence character, the shortest fence already known to have no closing line after it: a
    // longer one later has none either, so many unclosed fences cost one scan each length, not each line.
    QHash<QChar, qsizetype> unclosed;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const auto open = fence(lines[n]);
        const bool afterBlank = n == 0 || lines[n - 1].trimmed().isEmpty();
        const bool hopeless = unclosed.contains(open.first) && open.second >= unclosed.value(open.first);
        const qsizetype close = open.second > 0 && afterBlank && !hopeless ? closingLine(lines, n, open) : -1;
        if (open.second > 0 && afterBlank && !hopeless && close < 0)
            unclosed.insert(open.first, open.second);
        if (close < 0) {
            out.append(inertLine(lines[n]));
            continue;
        }
        out.append(inertFenceLine(lines[n], open));
        for (qsizetype k = n + 1; k <= close; ++k)
            out.append(lines[k]);
        n = close;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace plenum::core

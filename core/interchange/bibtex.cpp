#include "interchange/bibformats.h"

#include "interchange/bibtexmapping.h"
#include "model/cslitem.h"
#include "model/error.h"
#include "text/latex.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace plenum::core::bib {

namespace {

// Real titles nest braces three or four deep ({\"{o}}); a value deeper than this is hostile or
// broken, and refusing it keeps every later step bounded.
constexpr int kMaxBraceDepth = 64;

const char *const kMonths[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
const char *const kMonthNames[] = { "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December" };

class Parser {
public:
    Parser(const QByteArray &data, const QString &fileName)
        : m_text(QString::fromUtf8(data))
        , m_file(fileName)
    {
        for (qsizetype i = 0; i < m_text.size(); ++i)
            if (m_text[i] == QLatin1Char('\n'))
                m_newlines.push_back(i);
        for (int m = 0; m < 12; ++m)
            m_macros.insert(QLatin1String(kMonths[m]), QLatin1String(kMonthNames[m]));
    }

    ParseResult run()
    {
        ParseResult result;
        while (true) {
            const auto [at, type, open] = nextEntry();
            if (at < 0)
                break;
            const int line = lineAt(at);
            try {
                readBlock(type, open == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(')'), line);
            } catch (const Error &e) {
                // One bad record: report it and carry on from the next line that starts an entry.
                result.skipped.append({ line, e.message() });
                m_pos = nextLineStartingEntry(at);
            }
        }
        return result;
    }

private:
    void readBlock(const QString &type, QChar close, int line)
    {
        if (type == QLatin1String("comment") || type == QLatin1String("preamble")) {
            skipBalanced(close, line);
        } else if (type == QLatin1String("string")) {
            skipSpace();
            const QString name = readName();
            if (name.isEmpty())
                fail(QStringLiteral("a macro name after @string"));
            m_record = QStringLiteral("@string %1").arg(name);
            expect(QLatin1Char('='), QStringLiteral("'=' after @string name %1").arg(name));
            m_macros.insert(name.toLower(), readValue(name));
            skipSpace();
            expect(close, QStringLiteral("'%1' closing @string %2").arg(close).arg(name));
        } else {
            m_records.append(readEntry(type, close, line));
        }
    }

    // Where the first line after AT that starts with '@' begins; the end of the text when none.
    qsizetype nextLineStartingEntry(qsizetype at) const
    {
        for (qsizetype nl = m_text.indexOf(QLatin1Char('\n'), at); nl >= 0;
             nl = m_text.indexOf(QLatin1Char('\n'), nl + 1)) {
            qsizetype p = nl + 1;
            while (p < m_text.size() && (m_text[p] == QLatin1Char(' ') || m_text[p] == QLatin1Char('\t')))
                ++p;
            if (p < m_text.size() && m_text[p] == QLatin1Char('@'))
                return p;
        }
        return m_text.size();
    }

    struct EntryStart {
        qsizetype at = -1; ///< where the '@' is; -1 when no entry follows
        QString type; ///< lower case
        QChar open;
    };

    // The next "@type{" or "@type(" from m_pos (text between entries is a comment); m_pos moves past
    // the opening brace. By hand: a regex matched at an offset rescans the whole text each time.
    EntryStart nextEntry()
    {
        for (qsizetype at = m_text.indexOf(QLatin1Char('@'), m_pos); at >= 0;
             at = m_text.indexOf(QLatin1Char('@'), at + 1)) {
            qsizetype p = at + 1;
            while (p < m_text.size() && m_text[p].isSpace())
                ++p;
            const qsizetype nameStart = p;
            while (p < m_text.size() && m_text[p].unicode() < 128 && m_text[p].isLetter())
                ++p;
            const qsizetype nameEnd = p;
            while (p < m_text.size() && m_text[p].isSpace())
                ++p;
            if (nameEnd > nameStart && p < m_text.size()
                && (m_text[p] == QLatin1Char('{') || m_text[p] == QLatin1Char('('))) {
                m_pos = p + 1;
                return { at, m_text.mid(nameStart, nameEnd - nameStart).toLower(), m_text[p] };
            }
        }
        return {};
    }

    int lineAt(qsizetype pos) const
    {
        return static_cast<int>(std::lower_bound(m_newlines.begin(), m_newlines.end(), pos) - m_newlines.begin()) + 1;
    }

    [[noreturn]] void fail(const QString &expected) const
    {
        const QString found = m_pos >= m_text.size() ? QStringLiteral("the end of the file")
                                                     : QStringLiteral("\"%1\"").arg(m_text.mid(m_pos, 12).simplified());
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1:%2: expected %3, found %4.").arg(m_file).arg(lineAt(m_pos)).arg(expected, found));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    void expect(QChar c, const QString &what)
    {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != c)
            fail(what);
        ++m_pos;
    }

    void skipBalanced(QChar close, int line)
    {
        int depth = 1;
        const QChar open = close == QLatin1Char('}') ? QLatin1Char('{') : QLatin1Char('(');
        for (; m_pos < m_text.size(); ++m_pos) {
            if (m_text[m_pos] == open)
                ++depth;
            else if (m_text[m_pos] == close && --depth == 0) {
                ++m_pos;
                return;
            }
        }
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1:%2: expected '%3' closing the block opened here, found the end of the file.")
                .arg(m_file)
                .arg(line)
                .arg(close));
    }

    QString readName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()
            && (m_text[m_pos].isLetterOrNumber() || QStringLiteral("_:.+-/").contains(m_text[m_pos])))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    // A braced or quoted part, raw (inner braces kept); m_pos is on the opening character.
    QString readDelimited(QChar close, const QString &field)
    {
        const int line = lineAt(m_pos);
        int depth = 0;
        const qsizetype start = ++m_pos;
        for (; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('\\')) {
                ++m_pos;
            } else if (c == QLatin1Char('{')) {
                if (++depth > kMaxBraceDepth)
                    throw Error(ErrorCode::InvalidData,
                        QStringLiteral(
                            "%1:%2: braces in field %3 of %4 nest deeper than %5 levels; expected at most %5.")
                            .arg(m_file)
                            .arg(lineAt(m_pos))
                            .arg(field, m_record)
                            .arg(kMaxBraceDepth));
            } else if (c == QLatin1Char('}')) {
                if (depth == 0 && close == QLatin1Char('}'))
                    return m_text.mid(start, m_pos++ - start);
                if (--depth < 0)
                    fail(QStringLiteral("balanced braces in the value starting on line %1").arg(line));
            } else if (c == close && depth == 0) {
                return m_text.mid(start, m_pos++ - start);
            }
        }
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1:%2: expected '%3' closing this value, found the end of the file.")
                .arg(m_file)
                .arg(line)
                .arg(close));
    }

    // value = part ("#" part)*; parts are {…}, "…", numbers or macro names.
    QString readValue(const QString &field)
    {
        QString value;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size())
                fail(QStringLiteral("a value for %1").arg(field));
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('{')) {
                value += readDelimited(QLatin1Char('}'), field);
            } else if (c == QLatin1Char('"')) {
                value += readDelimited(QLatin1Char('"'), field);
            } else {
                const qsizetype at = m_pos;
                const QString name = readName();
                if (name.isEmpty())
                    fail(QStringLiteral("a value for %1 (braces, quotes, a number or a macro)").arg(field));
                bool number = std::all_of(name.begin(), name.end(), [](QChar ch) { return ch.isDigit(); });
                if (number) {
                    value += name;
                } else if (m_macros.contains(name.toLower())) {
                    value += m_macros.value(name.toLower());
                } else {
                    m_pos = at;
                    fail(QStringLiteral("a defined @string macro for %1 (\"%2\" is not defined)").arg(field, name));
                }
            }
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('#'))
                ++m_pos;
            else
                return value;
        }
    }

    BibRecord readEntry(const QString &type, QChar close, int line)
    {
        skipSpace();
        const qsizetype keyStart = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != QLatin1Char(',') && m_text[m_pos] != close
            && !m_text[m_pos].isSpace())
            ++m_pos;
        const QString key = m_text.mid(keyStart, m_pos - keyStart);
        // An empty key ("@article{,") is read as no key: the import generates one.
        m_record = QStringLiteral("entry %1").arg(key);
        QList<QPair<QString, QString>> fields;
        while (true) {
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == close) {
                ++m_pos;
                break;
            }
            expect(QLatin1Char(','),
                QStringLiteral("',' or '%1' in entry %2 (which starts on line %3)").arg(close).arg(key).arg(line));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == close) {
                ++m_pos;
                break;
            }
            const QString name = readName().toLower();
            if (name.isEmpty())
                fail(QStringLiteral("a field name in entry %1").arg(key));
            for (const auto &f : fields)
                if (f.first == name)
                    throw Error(ErrorCode::InvalidData,
                        QStringLiteral("%1:%2: field \"%3\" appears twice in entry %4; expected it once.")
                            .arg(m_file)
                            .arg(lineAt(m_pos))
                            .arg(name, key));
            expect(QLatin1Char('='), QStringLiteral("'=' after field %1 in entry %2").arg(name, key));
            fields.append({ name, readValue(name) });
        }
        return { type, key, fields, line };
    }

    QString m_text;
    QString m_file;
    std::vector<qsizetype> m_newlines;
    QMap<QString, QString> m_macros;
    qsizetype m_pos = 0;
    QString m_record; ///< "entry KEY" or "@string NAME", for messages

public:
    QList<BibRecord> m_records; ///< the entries read, in file order
};

// Fields a child never takes from its crossref parent (biblatex's inheritance rules).
bool inheritable(const QString &field)
{
    static const QStringList never
        = { "ids", "crossref", "xref", "xdata", "entryset", "entrysubtype", "execute", "label", "options", "presort",
              "related", "relatedoptions", "relatedstring", "relatedtype", "shorthand", "shorthandintro", "sortkey",
              "title", "subtitle", "titleaddon", "shorttitle", "sorttitle", "indextitle", "indexsorttitle" };
    return !never.contains(field);
}

bool isBookLike(const QString &type)
{
    static const QStringList types = { "book", "mvbook", "collection", "mvcollection", "proceedings", "mvproceedings",
        "reference", "mvreference", "periodical" };
    return types.contains(type);
}

void take(BibRecord &child, const QString &field, const QString &value)
{
    if (!value.isEmpty() && !child.has(field))
        child.fields.append({ field, value });
}

// CHILD with the fields of its xdata entries and its crossref parent (itself resolved first).
void resolve(BibRecord &child, QHash<QString, BibRecord *> &byKey, int depth = 0)
{
    if (depth > 8)
        return; // a cycle or an absurd chain: stop inheriting
    for (const QString &k : child.value(QStringLiteral("xdata")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (BibRecord *x = byKey.value(k.trimmed().toLower())) {
            resolve(*x, byKey, depth + 1);
            for (const auto &[field, value] : x->fields)
                if (field != QLatin1String("xdata") && field != QLatin1String("ids"))
                    take(child, field, value);
        }
    BibRecord *parent = byKey.value(child.value(QStringLiteral("crossref")).trimmed().toLower());
    if (!parent || parent == &child)
        return;
    resolve(*parent, byKey, depth + 1);
    if (isBookLike(parent->type)) { // the book's title is the chapter's container
        take(child, QStringLiteral("booktitle"), parent->value(QStringLiteral("title")));
        take(child, QStringLiteral("booksubtitle"), parent->value(QStringLiteral("subtitle")));
        if (child.type == QLatin1String("inbook") || child.type == QLatin1String("bookinbook"))
            take(child, QStringLiteral("bookauthor"), parent->value(QStringLiteral("author")));
    }
    for (const auto &[field, value] : parent->fields)
        if (inheritable(field))
            take(child, field, value);
}

// The message of E without the "FILE:LINE: " the skip report adds itself.
QString reasonOf(const Error &e, const QString &file)
{
    QString m = e.message();
    if (m.startsWith(file + QLatin1Char(':'))) {
        const qsizetype cut = m.indexOf(QStringLiteral(": "), file.size() + 1);
        if (cut > 0)
            m = m.mid(cut + 2);
    }
    if (m.endsWith(QLatin1Char('.')))
        m.chop(1);
    return m;
}

} // namespace

ParseResult parseBibtex(const QByteArray &data, const QString &fileName)
{
    Parser parser(data, fileName);
    ParseResult result = parser.run();
    QHash<QString, BibRecord *> byKey;
    for (BibRecord &r : parser.m_records)
        byKey.insert(r.key.toLower(), &r);
    for (BibRecord &r : parser.m_records) {
        if (r.type == QLatin1String("xdata"))
            continue; // data other entries take; not a work of its own
        resolve(r, byKey);
        try {
            result.entries.append({ bibToCsl(r), r.line });
        } catch (const Error &e) {
            result.skipped.append({ r.line, reasonOf(e, fileName) });
        }
    }
    std::sort(result.skipped.begin(), result.skipped.end(),
        [](const Skipped &a, const Skipped &b) { return a.line < b.line; });
    for (Skipped &s : result.skipped)
        s.reason = reasonOf(Error(ErrorCode::InvalidData, s.reason), fileName);
    return result;
}

QByteArray writeBibtex(const QList<QJsonObject> &references)
{
    QString out;
    int n = 0;
    for (const QJsonObject &item : references) {
        const BibRecord r = cslToBib(item);
        ++n;
        out += QStringLiteral("@%1{%2,\n").arg(r.type, r.key.isEmpty() ? QStringLiteral("ref%1").arg(n) : r.key);
        for (const auto &[field, value] : r.fields) {
            const auto month = std::find_if(std::begin(kMonthNames), std::end(kMonthNames),
                [&](const char *m) { return value == QLatin1String(m); });
            if (field == QLatin1String("month") && month != std::end(kMonthNames))
                out += QStringLiteral("  month = %1,\n").arg(QLatin1String(kMonths[month - std::begin(kMonthNames)]));
            else
                out += QStringLiteral("  %1 = {%2},\n").arg(field, value);
        }
        out += QStringLiteral("}\n\n");
    }
    return out.toUtf8();
}

} // namespace plenum::core::bib

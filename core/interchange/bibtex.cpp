#include "interchange/bibformats.h"

#include "model/error.h"
#include "text/latex.h"

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

struct TypeMap {
    const char *bibtex;
    const char *csl;
};
// The first entry for a CSL type is the one written on export.
constexpr TypeMap kTypes[] = {
    { "article", "article-journal" },
    { "book", "book" },
    { "incollection", "chapter" },
    { "inproceedings", "paper-conference" },
    { "phdthesis", "thesis" },
    { "techreport", "report" },
    { "online", "webpage" },
    { "misc", "manuscript" },
    { "inbook", "chapter" },
    { "conference", "paper-conference" },
    { "mastersthesis", "thesis" },
    { "thesis", "thesis" },
    { "report", "report" },
    { "electronic", "webpage" },
    { "www", "webpage" },
    { "unpublished", "manuscript" },
    { "booklet", "book" },
    { "manual", "report" },
    { "proceedings", "book" },
    { "collection", "book" },
};

QString cslTypeOf(const QString &bibtexType)
{
    for (const TypeMap &t : kTypes)
        if (bibtexType == QLatin1String(t.bibtex))
            return QLatin1String(t.csl);
    return QStringLiteral("manuscript");
}

QString bibtexTypeOf(const QString &cslType)
{
    for (const TypeMap &t : kTypes)
        if (cslType == QLatin1String(t.csl))
            return QLatin1String(t.bibtex);
    return QStringLiteral("misc");
}

// The field that holds the publisher for a CSL type.
QString publisherField(const QString &cslType)
{
    if (cslType == QLatin1String("thesis"))
        return QStringLiteral("school");
    if (cslType == QLatin1String("report"))
        return QStringLiteral("institution");
    return QStringLiteral("publisher");
}

QString containerField(const QString &cslType)
{
    return cslType == QLatin1String("chapter") || cslType == QLatin1String("paper-conference")
        ? QStringLiteral("booktitle")
        : QStringLiteral("journal");
}

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

    QList<Entry> run()
    {
        QList<Entry> entries;
        while (true) {
            const auto [at, type, open] = nextEntry();
            if (at < 0)
                break;
            const int line = lineAt(at);
            const QChar close = open == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(')');
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
                entries.append(readEntry(type, close, line));
            }
        }
        return entries;
    }

private:
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

    Entry readEntry(const QString &type, QChar close, int line)
    {
        skipSpace();
        const qsizetype keyStart = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != QLatin1Char(',') && m_text[m_pos] != close
            && !m_text[m_pos].isSpace())
            ++m_pos;
        const QString key = m_text.mid(keyStart, m_pos - keyStart);
        if (key.isEmpty())
            fail(QStringLiteral("a citation key after @%1{").arg(type));
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
        return toEntry(type, key, fields, line);
    }

    Entry toEntry(const QString &type, const QString &key, const QList<QPair<QString, QString>> &fields, int line) const
    {
        QMap<QString, QString> raw;
        for (const auto &f : fields)
            raw.insert(f.first, f.second);
        const QString csl = cslTypeOf(type);
        QJsonObject o { { QStringLiteral("csl_type"), csl }, { QStringLiteral("citation_key"), key } };
        QJsonObject extra;
        if (bibtexTypeOf(csl) != type)
            extra.insert(QStringLiteral("bibtex_type"), type);
        auto take = [&](const QString &name) { return raw.take(name); };

        const QString title = latex::decode(take(QStringLiteral("title"))).simplified();
        if (title.isEmpty())
            throw Error(ErrorCode::InvalidData,
                QStringLiteral("%1:%2: entry %3 has no title; expected a title field.").arg(m_file).arg(line).arg(key));
        o.insert(QStringLiteral("title"), title);
        if (raw.contains(QStringLiteral("author"))) {
            QJsonArray authors;
            for (const QString &name : splitTopLevel(take(QStringLiteral("author")))) {
                QJsonObject n = parseName(name.trimmed());
                for (const QString &k : n.keys())
                    n.insert(k, latex::decode(n.value(k).toString()).simplified());
                authors.append(n);
            }
            o.insert(QStringLiteral("authors"), authors);
        }
        const QString containerKey = containerField(csl);
        for (const QString &name :
            { containerKey, QStringLiteral("journal"), QStringLiteral("journaltitle"), QStringLiteral("booktitle") })
            if (!o.contains(QStringLiteral("container")) && raw.contains(name))
                o.insert(QStringLiteral("container"), latex::decode(take(name)).simplified());
        if (raw.contains(QStringLiteral("year"))) {
            bool ok = false;
            const QString y = raw.value(QStringLiteral("year")).trimmed();
            const int year = y.toInt(&ok);
            if (ok) {
                o.insert(QStringLiteral("year"), year);
                take(QStringLiteral("year"));
            }
        }
        auto plain = [&](const char *from, const char *to, bool decode) {
            const QString name = QLatin1String(from);
            if (!raw.contains(name))
                return;
            const QString v = take(name);
            o.insert(QLatin1String(to), decode ? latex::decode(v).simplified() : v.trimmed());
        };
        plain("volume", "volume", true);
        plain("number", "issue", true);
        plain("doi", "doi", false);
        plain("url", "url", false);
        plain("note", "note", true);
        plain(publisherField(csl).toLatin1().constData(), "publisher", true);
        if (raw.contains(QStringLiteral("pages")))
            o.insert(QStringLiteral("pages"),
                latex::decode(take(QStringLiteral("pages")).replace(QLatin1String("--"), QLatin1String("-")))
                    .simplified());
        for (auto it = raw.cbegin(); it != raw.cend(); ++it)
            extra.insert(it.key(), latex::decode(it.value()).simplified());
        if (!extra.isEmpty())
            o.insert(QStringLiteral("extra"), extra);
        return { o, line };
    }

    // The names of an author field: split at " and " outside braces.
    static QStringList splitTopLevel(const QString &s)
    {
        QStringList parts;
        int depth = 0;
        qsizetype last = 0;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s[i] == QLatin1Char('{'))
                ++depth;
            else if (s[i] == QLatin1Char('}'))
                --depth;
            else if (depth == 0 && s[i].isSpace() && (i == 0 || !s[i - 1].isSpace())) {
                // " and " by hand, checked once per run of spaces: linear on a field of blanks.
                qsizetype j = i;
                while (j < s.size() && s[j].isSpace())
                    ++j;
                if (QStringView(s).mid(j, 3) != QLatin1String("and") || j + 3 >= s.size() || !s[j + 3].isSpace())
                    continue;
                qsizetype k = j + 3;
                while (k < s.size() && s[k].isSpace())
                    ++k;
                parts.append(s.mid(last, i - last));
                i = k - 1;
                last = k;
            }
        }
        parts.append(s.mid(last));
        parts.removeAll(QString());
        return parts;
    }

    QString m_text;
    QString m_file;
    std::vector<qsizetype> m_newlines;
    QMap<QString, QString> m_macros;
    qsizetype m_pos = 0;
    QString m_record; ///< "entry KEY" or "@string NAME", for messages
};

// Braces around capitalised words after the first and words with inner capitals ("RNA"), so
// styles that change a title to sentence case keep proper nouns.
QString protectCase(const QString &encoded)
{
    QStringList words = encoded.split(QLatin1Char(' '));
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString &w = words[i];
        if (w.contains(QLatin1Char('\\')) || w.contains(QLatin1Char('{')) || w.isEmpty())
            continue;
        const auto from = w.begin() + (i == 0 ? 1 : 0);
        if (std::any_of(from, w.end(), [](QChar c) { return c.isUpper(); }))
            w = QLatin1Char('{') + w + QLatin1Char('}');
    }
    return words.join(QLatin1Char(' '));
}

QString nameText(const QJsonObject &n)
{
    if (n.contains(QStringLiteral("literal")))
        return QLatin1Char('{') + latex::encode(n.value(QStringLiteral("literal")).toString()) + QLatin1Char('}');
    QString family = latex::encode(n.value(QStringLiteral("family")).toString());
    if (family.contains(QLatin1Char(' ')) || family.contains(QLatin1String(" and ")))
        family = QLatin1Char('{') + family + QLatin1Char('}');
    const QString given = latex::encode(n.value(QStringLiteral("given")).toString());
    return given.isEmpty() ? family : family + QStringLiteral(", ") + given;
}

} // namespace

QList<Entry> parseBibtex(const QByteArray &data, const QString &fileName)
{
    Parser parser(data, fileName);
    return parser.run();
}

QByteArray writeBibtex(const QList<QJsonObject> &references)
{
    QString out;
    for (const QJsonObject &r : references) {
        const QString csl = r.value(QStringLiteral("csl_type")).toString(QStringLiteral("article-journal"));
        QJsonObject extra = r.value(QStringLiteral("extra")).toObject();
        const QString type = extra.contains(QStringLiteral("bibtex_type"))
            ? extra.take(QStringLiteral("bibtex_type")).toString()
            : bibtexTypeOf(csl);
        out += QStringLiteral("@%1{%2,\n").arg(type, r.value(QStringLiteral("citation_key")).toString());
        auto field = [&](const QString &name, const QString &value) {
            if (!value.isEmpty())
                out += QStringLiteral("  %1 = {%2},\n").arg(name, value);
        };
        QStringList names;
        for (const QJsonValue &a : r.value(QStringLiteral("authors")).toArray())
            names.append(nameText(a.toObject()));
        field(QStringLiteral("author"), names.join(QStringLiteral(" and ")));
        field(QStringLiteral("title"), protectCase(latex::encode(r.value(QStringLiteral("title")).toString())));
        field(containerField(csl), latex::encode(r.value(QStringLiteral("container")).toString()));
        if (r.contains(QStringLiteral("year")))
            out += QStringLiteral("  year = %1,\n").arg(r.value(QStringLiteral("year")).toInteger());
        field(QStringLiteral("volume"), latex::encode(r.value(QStringLiteral("volume")).toString()));
        field(QStringLiteral("number"), latex::encode(r.value(QStringLiteral("issue")).toString()));
        field(QStringLiteral("pages"),
            latex::encode(r.value(QStringLiteral("pages")).toString()).replace(QLatin1Char('-'), QLatin1String("--")));
        field(publisherField(csl), latex::encode(r.value(QStringLiteral("publisher")).toString()));
        field(QStringLiteral("doi"), r.value(QStringLiteral("doi")).toString());
        field(QStringLiteral("url"), r.value(QStringLiteral("url")).toString());
        field(QStringLiteral("note"), latex::encode(r.value(QStringLiteral("note")).toString()));
        static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9_:.+-]*$"));
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
            const QString name = it.key().toLower();
            if (!validName.match(name).hasMatch())
                continue;
            const QString value = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
            const int month = name == QLatin1String("month")
                ? static_cast<int>(std::find_if(std::begin(kMonthNames), std::end(kMonthNames),
                                       [&](const char *m) { return value == QLatin1String(m); })
                    - std::begin(kMonthNames))
                : 12;
            if (month < 12)
                out += QStringLiteral("  month = %1,\n").arg(QLatin1String(kMonths[month]));
            else
                field(name, latex::encode(value));
        }
        if (out.endsWith(QLatin1String(",\n")))
            out.chop(2);
        out += QStringLiteral("\n}\n\n");
    }
    return out.toUtf8();
}

} // namespace plenum::core::bib

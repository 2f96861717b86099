#include "interchange/bibtexmapping.h"

#include "interchange/bibformats.h"
#include "model/cslitem.h"
#include "model/error.h"
#include "text/latex.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace plenum::core::bib {

namespace {

// ---- The mapping table (docs/bibtex-mapping.md) -------------------------------------------------

// Entry types. Reading takes the first row of a BibTeX type; writing the first row of a CSL type.
struct TypeRow {
    const char *bib;
    const char *csl;
    const char *subtype; ///< entrysubtype that selects the row ("" for none)
};
constexpr TypeRow kTypes[] = {
    { "article", "article-journal", "" },
    { "article", "article-magazine", "magazine" },
    { "article", "article-newspaper", "newspaper" },
    { "book", "book", "" },
    { "incollection", "chapter", "" },
    { "inproceedings", "paper-conference", "" },
    { "thesis", "thesis", "" },
    { "report", "report", "" },
    { "online", "webpage", "" },
    { "online", "post-weblog", "" },
    { "online", "post", "" },
    { "misc", "document", "" },
    { "unpublished", "manuscript", "" },
    { "booklet", "pamphlet", "" },
    { "patent", "patent", "" },
    { "dataset", "dataset", "" },
    { "software", "software", "" },
    { "periodical", "periodical", "" },
    { "inreference", "entry-encyclopedia", "" },
    { "inreference", "entry-dictionary", "" },
    { "inreference", "entry", "" },
    { "legislation", "legislation", "" },
    { "jurisdiction", "legal_case", "" },
    { "standard", "standard", "" },
    { "letter", "personal_communication", "" },
    { "movie", "motion_picture", "" },
    { "video", "broadcast", "" },
    { "audio", "song", "" },
    { "music", "musical_score", "" },
    { "artwork", "graphic", "" },
    { "image", "figure", "" },
    { "performance", "performance", "" },
    { "review", "review", "" },
    // Read only: BibTeX aliases and types CSL folds into another.
    { "inbook", "chapter", "" },
    { "bookinbook", "chapter", "" },
    { "suppbook", "chapter", "" },
    { "suppcollection", "chapter", "" },
    { "conference", "paper-conference", "" },
    { "phdthesis", "thesis", "" },
    { "mastersthesis", "thesis", "" },
    { "techreport", "report", "" },
    { "manual", "report", "" },
    { "www", "webpage", "" },
    { "electronic", "webpage", "" },
    { "collection", "book", "" },
    { "mvbook", "book", "" },
    { "mvcollection", "book", "" },
    { "proceedings", "book", "" },
    { "mvproceedings", "book", "" },
    { "reference", "book", "" },
    { "mvreference", "book", "" },
    { "suppperiodical", "article-journal", "" },
    { "legal", "treaty", "" },
};

enum class Conv {
    Text, ///< LaTeX decoded
    Rich, ///< LaTeX decoded, braces protecting case kept as nocase spans
    Verbatim, ///< as written (DOI, URL, ISBN)
    Names, ///< "A and B", each "von Last, Jr, First" / "First von Last" / {Literal}
    Date, ///< EDTF as BibLaTeX writes it: 2019-03-01, 2019/2020, 2019~
    Pages, ///< "12--34" ↔ "12-34"
    Genre ///< BibLaTeX type keys (mathesis, phdthesis, …) ↔ CSL genre text
};

// Fields. Reading: the first row for the field whose TYPES (if any) includes the CSL type sets
// the variable; a field whose variable is already set stays in the extension. Writing: the first
// row for the variable that biber's data model allows for the entry type.
struct FieldRow {
    const char *bib;
    const char *csl;
    Conv conv;
    const char *types; ///< CSL types the row is for, space-separated; "" for all
};
constexpr FieldRow kFields[] = {
    { "title", "title", Conv::Rich, "" },
    { "shorttitle", "title-short", Conv::Rich, "" },
    { "author", "author", Conv::Names, "" },
    { "editor", "editor", Conv::Names, "" },
    { "translator", "translator", Conv::Names, "" },
    { "bookauthor", "container-author", Conv::Names, "" },
    { "journaltitle", "container-title", Conv::Rich, "" },
    { "booktitle", "container-title", Conv::Rich, "" },
    { "journal", "container-title", Conv::Rich, "" },
    { "maintitle", "container-title", Conv::Rich, "" },
    { "shortjournal", "container-title-short", Conv::Text, "" },
    { "series", "collection-title", Conv::Rich, "" },
    { "volume", "volume", Conv::Text, "" },
    { "volumes", "number-of-volumes", Conv::Text, "" },
    { "number", "issue", Conv::Text, "article-journal article-magazine article-newspaper periodical" },
    { "issue", "issue", Conv::Text, "" },
    { "number", "collection-number", Conv::Text, "book chapter paper-conference" },
    { "number", "number", Conv::Text, "" },
    { "pages", "page", Conv::Pages, "" },
    { "pagetotal", "number-of-pages", Conv::Text, "" },
    { "edition", "edition", Conv::Text, "" },
    { "publisher", "publisher", Conv::Text, "" },
    { "institution", "publisher", Conv::Text, "" },
    { "school", "publisher", Conv::Text, "" },
    { "organization", "publisher", Conv::Text, "" },
    { "location", "publisher-place", Conv::Text, "" },
    { "address", "publisher-place", Conv::Text, "" },
    { "date", "issued", Conv::Date, "" },
    { "urldate", "accessed", Conv::Date, "" },
    { "eventdate", "event-date", Conv::Date, "" },
    { "origdate", "original-date", Conv::Date, "" },
    { "eventtitle", "event-title", Conv::Rich, "" },
    { "venue", "event-place", Conv::Text, "" },
    { "doi", "DOI", Conv::Verbatim, "" },
    { "url", "URL", Conv::Verbatim, "" },
    { "isbn", "ISBN", Conv::Verbatim, "" },
    { "issn", "ISSN", Conv::Verbatim, "" },
    { "abstract", "abstract", Conv::Text, "" },
    { "keywords", "keyword", Conv::Text, "" },
    { "language", "language", Conv::Text, "" },
    { "langid", "language", Conv::Verbatim, "" },
    { "note", "note", Conv::Text, "" },
    { "annotation", "annote", Conv::Text, "" },
    { "annote", "annote", Conv::Text, "" },
    { "type", "genre", Conv::Genre, "" },
    { "howpublished", "medium", Conv::Text, "" },
    { "chapter", "chapter-number", Conv::Text, "" },
    { "version", "version", Conv::Text, "" },
    { "pubstate", "status", Conv::Text, "" },
};

// BibLaTeX's type keys for the type field, and the CSL genre they stand for.
constexpr std::pair<const char *, const char *> kGenres[]
    = { { "mathesis", "Master's thesis" }, { "phdthesis", "PhD thesis" }, { "candthesis", "Candidate thesis" },
          { "techreport", "Technical report" }, { "resreport", "Research report" }, { "software", "Computer software" },
          { "datacd", "CD-ROM" }, { "audiocd", "Audio CD" } };

// Fields the reader handles itself, outside the table.
constexpr const char *kStructural[]
    = { "year", "month", "day", "subtitle", "booksubtitle", "entrysubtype", "crossref", "xdata", "ids" };

// biber's data model: {entry type, field}, "*" for every type; generated from biber-tool.conf.
struct ModelRow {
    const char *type;
    const char *field;
};
constexpr ModelRow kModel[] = {
#include "biblatexmodel.inc"
};

bool inList(const char *spaceSeparated, const QString &word)
{
    if (!*spaceSeparated)
        return true;
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' ')).contains(word);
}

bool modelHas(const char *type, const QString &field)
{
    const QByteArray f = field.toLatin1();
    const auto less = [](const ModelRow &a, const ModelRow &b) {
        const int t = std::strcmp(a.type, b.type);
        return t < 0 || (t == 0 && std::strcmp(a.field, b.field) < 0);
    };
    return std::binary_search(std::begin(kModel), std::end(kModel), ModelRow { type, f.constData() }, less);
}

bool hasOwnFields(const QString &type)
{
    const QByteArray t = type.toLatin1();
    return std::any_of(std::begin(kModel), std::end(kModel),
        [&](const ModelRow &r) { return std::strcmp(r.type, t.constData()) == 0; });
}

// ---- Text ---------------------------------------------------------------------------------------

constexpr QChar kNocaseOpen(0xE000), kNocaseClose(0xE001), kMathOpen(0xE002), kMathClose(0xE003);

// Index of the '}' closing the '{' at OPEN; -1 when unbalanced.
qsizetype closingBrace(const QString &s, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\'))
            ++i;
        else if (s[i] == QLatin1Char('{'))
            ++depth;
        else if (s[i] == QLatin1Char('}') && --depth == 0)
            return i;
    }
    return -1;
}

// TeX with $math$ cut out into MATH (replaced by numbered markers) and, with RICH, top-level
// case-protecting groups marked; a group that starts with a command ({\"o}) is a special
// character, and one right after a command (\emph{…}) is its argument: neither protects case.
// Whether OUT ends in a command name (\\emph): a brace after it is the command's argument. Looks back
// over the trailing letters only, so a 5 MB field stays linear.
bool afterCommand(const QString &out)
{
    qsizetype j = out.size();
    while (j > 0 && out[j - 1].isLetter())
        --j;
    return j < out.size() && j > 0 && out[j - 1] == QLatin1Char('\\');
}

QString markTex(const QString &tex, bool rich, QStringList &math)
{
    QString out;
    for (qsizetype i = 0; i < tex.size(); ++i) {
        const QChar c = tex[i];
        if (c == QLatin1Char('\\') && i + 1 < tex.size()) {
            out += c;
            out += tex[++i];
            continue;
        }
        if (c == QLatin1Char('$')) {
            const qsizetype end = tex.indexOf(QLatin1Char('$'), i + 1);
            if (end > i) {
                math.append(tex.mid(i, end - i + 1));
                out += kMathOpen + QString::number(math.size() - 1) + kMathClose;
                i = end;
                continue;
            }
        }
        if (rich && c == QLatin1Char('{') && !afterCommand(out) && i + 1 < tex.size()
            && tex[i + 1] != QLatin1Char('\\')) {
            const qsizetype end = closingBrace(tex, i);
            if (end > i) {
                QStringList inner;
                out += kNocaseOpen + markTex(tex.mid(i + 1, end - i - 1), false, inner) + kNocaseClose;
                for (const QString &m : inner) // nested math keeps its own numbering
                    math.append(m);
                i = end;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString typographic(QString s)
{
    return s.replace(QLatin1String("``"), QStringLiteral("\u201C"))
        .replace(QLatin1String("''"), QStringLiteral("\u201D"))
        .replace(QLatin1String("---"), QStringLiteral("\u2014"))
        .replace(QLatin1String("--"), QStringLiteral("\u2013"));
}

QString restoreMath(QString s, const QStringList &math)
{
    static const QRegularExpression marker(QStringLiteral("\uE002(\\d+)\uE003"));
    QString out;
    qsizetype last = 0;
    for (auto it = marker.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += s.mid(last, m.capturedStart() - last) + math.value(m.captured(1).toInt());
        last = m.capturedEnd();
    }
    return out + s.mid(last);
}

// ---- Names --------------------------------------------------------------------------------------

QStringList splitNames(const QString &s)
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
            qsizetype j = i;
            while (j < s.size() && s[j].isSpace())
                ++j;
            if (QStringView(s).mid(j, 3).compare(QLatin1String("and"), Qt::CaseInsensitive) != 0 || j + 3 >= s.size()
                || !s[j + 3].isSpace())
                continue;
            qsizetype k = j + 3;
            while (k < s.size() && s[k].isSpace())
                ++k;
            parts.append(s.mid(last, i - last).trimmed());
            i = k - 1;
            last = k;
        }
    }
    parts.append(s.mid(last).trimmed());
    parts.removeAll(QString());
    return parts;
}

// Lower-case words leading the family part are its particle ("van Beethoven").
void splitParticle(QJsonObject &name)
{
    const QString family = name.value(QStringLiteral("family")).toString();
    QStringList words = family.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList particle;
    while (words.size() > 1 && words.first().at(0).isLower())
        particle.append(words.takeFirst());
    if (particle.isEmpty())
        return;
    name.insert(QStringLiteral("family"), words.join(QLatin1Char(' ')));
    name.insert(QStringLiteral("non-dropping-particle"), particle.join(QLatin1Char(' ')));
}

QJsonArray decodeNames(const QString &tex)
{
    QJsonArray out;
    for (const QString &raw : splitNames(tex)) {
        if (raw == QLatin1String("others"))
            continue; // BibTeX's "et al."; CSL styles decide how many names to show
        QJsonObject n = parseName(raw);
        for (const QString &k : n.keys())
            n.insert(k, latex::decode(n.value(k).toString()).simplified());
        if (n.contains(QStringLiteral("family")) && raw.contains(QLatin1Char(',')))
            splitParticle(n);
        out.append(n);
    }
    return out;
}

QString encodeName(const QJsonObject &n)
{
    const auto part = [&](const char *key) { return latex::encode(n.value(QLatin1String(key)).toString()); };
    if (n.contains(QStringLiteral("literal")))
        return QLatin1Char('{') + part("literal") + QLatin1Char('}');
    QString family = part("family");
    if (family.contains(QLatin1Char(' ')) || family.contains(QLatin1Char(',')))
        family = QLatin1Char('{') + family + QLatin1Char('}');
    const QString particle = part("non-dropping-particle");
    if (!particle.isEmpty())
        family = particle + QLatin1Char(' ') + family;
    const QString suffix = part("suffix");
    const QString given = (part("given") + QLatin1Char(' ') + part("dropping-particle")).trimmed();
    if (!suffix.isEmpty())
        return QStringLiteral("%1, %2, %3").arg(family, suffix, given);
    return given.isEmpty() ? family : family + QStringLiteral(", ") + given;
}

// ---- Dates --------------------------------------------------------------------------------------

// "2019-03-01", "2019-03", "2019", "2019-21" (spring), ranges "A/B", "2019~" (circa).
QJsonObject decodeDate(const QString &text)
{
    static const QRegularExpression one(QStringLiteral("^(-?\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    QString s = text.trimmed();
    QJsonObject d;
    if (s.endsWith(QLatin1Char('~')) || s.endsWith(QLatin1Char('%'))) {
        d.insert(QStringLiteral("circa"), true);
        s.chop(1);
    }
    QJsonArray ranges;
    for (const QString &part : s.split(QLatin1Char('/'))) {
        const auto m = one.match(part.trimmed());
        if (!m.hasMatch())
            return { { QStringLiteral("literal"), text.trimmed() } };
        const int month = m.captured(2).toInt();
        if (month >= 21 && month <= 24) { // EDTF seasons
            d.insert(QStringLiteral("season"), month - 20);
            ranges.append(QJsonArray { m.captured(1).toInt() });
            continue;
        }
        ranges.append(csl::date(m.captured(1).toInt(), month, m.captured(3).toInt())
                          .value(QStringLiteral("date-parts"))
                          .toArray()
                          .first());
    }
    d.insert(QStringLiteral("date-parts"), ranges);
    return d;
}

QString encodeDate(const QJsonObject &d)
{
    QStringList ranges;
    for (const QJsonValue &r : d.value(QStringLiteral("date-parts")).toArray()) {
        QStringList parts;
        for (const QJsonValue &p : r.toArray()) {
            const int n = p.isDouble() ? p.toInt() : p.toString().toInt();
            parts.append(QString::number(n).rightJustified(parts.isEmpty() ? 4 : 2, QLatin1Char('0')));
        }
        if (parts.size() == 1 && d.contains(QStringLiteral("season")))
            parts.append(QString::number(20 + d.value(QStringLiteral("season")).toVariant().toInt()));
        ranges.append(parts.join(QLatin1Char('-')));
    }
    QString out = ranges.join(QLatin1Char('/'));
    if (!out.isEmpty() && d.value(QStringLiteral("circa")).toBool())
        out += QLatin1Char('~');
    return out;
}

// ---- Reading ------------------------------------------------------------------------------------

QString cslTypeOf(const BibRecord &r, QString *genre)
{
    const QString subtype = r.value(QStringLiteral("entrysubtype")).trimmed();
    if (r.type == QLatin1String("misc") && csl::isItemType(subtype))
        return subtype; // how the writer keeps CSL types BibLaTeX has no fields for
    if (r.type == QLatin1String("mastersthesis"))
        *genre = QStringLiteral("Master's thesis");
    else if (r.type == QLatin1String("phdthesis"))
        *genre = QStringLiteral("PhD thesis");
    else if (r.type == QLatin1String("techreport"))
        *genre = QStringLiteral("Technical report");
    for (const TypeRow &t : kTypes)
        if (r.type == QLatin1String(t.bib) && *t.subtype && subtype == QLatin1String(t.subtype))
            return QLatin1String(t.csl);
    for (const TypeRow &t : kTypes)
        if (r.type == QLatin1String(t.bib) && !*t.subtype)
            return QLatin1String(t.csl);
    return QStringLiteral("document");
}

QString writtenType(const QString &csl)
{
    for (const TypeRow &t : kTypes)
        if (csl == QLatin1String(t.csl))
            return QLatin1String(t.bib);
    return QStringLiteral("misc");
}

QJsonValue decodeValue(Conv conv, const QString &tex)
{
    switch (conv) {
    case Conv::Text:
        return decodeText(tex, false).simplified();
    case Conv::Rich:
        return decodeText(tex, true).simplified();
    case Conv::Verbatim:
        return tex.trimmed();
    case Conv::Names:
        return decodeNames(tex);
    case Conv::Date:
        return decodeDate(latex::decode(tex));
    case Conv::Pages:
        return latex::decode(QString(tex).replace(QLatin1String("--"), QLatin1String("-")))
            .replace(QChar(0x2013), QLatin1Char('-'))
            .simplified();
    case Conv::Genre: {
        const QString key = tex.trimmed().toLower();
        for (const auto &[bib, genre] : kGenres)
            if (key == QLatin1String(bib))
                return QLatin1String(genre);
        return decodeText(tex, false).simplified();
    }
    }
    return {};
}

// The issued date from year, month and day when there is no date field.
QJsonObject yearMonthDate(const BibRecord &r)
{
    bool ok = false;
    const QString yearText = latex::decode(r.value(QStringLiteral("year"))).trimmed();
    const int year = yearText.toInt(&ok);
    if (!ok)
        return yearText.isEmpty() ? QJsonObject() : QJsonObject { { QStringLiteral("literal"), yearText } };
    static const QStringList months
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    const QString m = latex::decode(r.value(QStringLiteral("month"))).trimmed();
    int month = m.toInt(&ok);
    if (!ok)
        month = static_cast<int>(months.indexOf(m.left(3).toLower())) + 1;
    return csl::date(year, month >= 1 && month <= 12 ? month : 0, r.value(QStringLiteral("day")).toInt());
}

void appendSubtitle(QJsonObject &item, const BibRecord &r, const char *field, const char *variable)
{
    const QString sub = decodeText(r.value(QLatin1String(field)), true).simplified();
    const QString main = item.value(QLatin1String(variable)).toString();
    if (!sub.isEmpty() && !main.isEmpty())
        item.insert(QLatin1String(variable), main + QStringLiteral(": ") + sub);
}

} // namespace

QString BibRecord::value(const QString &name) const
{
    for (const auto &f : fields)
        if (f.first == name)
            return f.second;
    return {};
}

bool BibRecord::has(const QString &name) const
{
    return std::any_of(fields.begin(), fields.end(), [&](const auto &f) { return f.first == name; });
}

bool biblatexAllows(const QString &type, const QString &field)
{
    QString f = field;
    if (f.endsWith(QLatin1String("date")))
        f = f.left(f.size() - 4) + QStringLiteral("year"); // biber splits dates into their parts
    const QByteArray t = type.toLatin1();
    return modelHas("*", f) || modelHas(t.constData(), f);
}

QString decodeText(const QString &tex, bool rich)
{
    QStringList math;
    QString s = latex::decode(typographic(markTex(tex, rich, math)));
    s.replace(kNocaseOpen, QStringLiteral("<span class=\"nocase\">")).replace(kNocaseClose, QStringLiteral("</span>"));
    return restoreMath(s, math);
}

QString encodeText(const QString &text, bool rich)
{
    static const QRegularExpression pieces(
        QStringLiteral("(\\$[^$]+\\$)|<span "
                       "class=\"nocase\">(.*?)</span>|<i>(.*?)</i>|<b>(.*?)</b>|<sup>(.*?)</sup>|<sub>(.*?)</sub>"));
    const auto plain = [](QString s) {
        s.replace(QChar(0x201C), QLatin1String("``")).replace(QChar(0x201D), QLatin1String("''"));
        s.replace(QChar(0x2014), QLatin1String("---")).replace(QChar(0x2013), QLatin1String("--"));
        return latex::encode(s).replace(QLatin1String("\\`\\`"), QLatin1String("``"));
    };
    QString out;
    qsizetype last = 0;
    for (auto it = pieces.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += plain(text.mid(last, m.capturedStart() - last));
        last = m.capturedEnd();
        if (!m.captured(1).isEmpty())
            out += m.captured(1); // math as written
        else if (m.capturedStart(2) >= 0)
            out += rich ? QLatin1Char('{') + plain(m.captured(2)) + QLatin1Char('}') : plain(m.captured(2));
        else if (m.capturedStart(3) >= 0)
            out += QStringLiteral("\\emph{%1}").arg(plain(m.captured(3)));
        else if (m.capturedStart(4) >= 0)
            out += QStringLiteral("\\textbf{%1}").arg(plain(m.captured(4)));
        else if (m.capturedStart(5) >= 0)
            out += QStringLiteral("\\textsuperscript{%1}").arg(plain(m.captured(5)));
        else
            out += QStringLiteral("\\textsubscript{%1}").arg(plain(m.captured(6)));
    }
    return out + plain(text.mid(last));
}

QJsonObject bibToCsl(const BibRecord &r)
{
    QString genre;
    const QString type = cslTypeOf(r, &genre);
    QJsonObject item { { QStringLiteral("type"), type }, { QStringLiteral("citation-key"), r.key } };
    QJsonObject extra;
    // Remember the entry type when it is not the one the CSL type writes, except biber's aliases
    // (@mastersthesis is @thesis with type mathesis: the genre says it).
    static const QStringList aliases
        = { "conference", "electronic", "www", "mastersthesis", "phdthesis", "techreport" };
    if (writtenType(type) != r.type && r.type != QLatin1String("misc") && !aliases.contains(r.type))
        extra.insert(QStringLiteral("bibtex_type"), r.type);
    for (const auto &[name, value] : r.fields) {
        if (std::any_of(std::begin(kStructural), std::end(kStructural),
                [&](const char *s) { return name == QLatin1String(s); }))
            continue;
        const auto row = std::find_if(std::begin(kFields), std::end(kFields),
            [&](const FieldRow &f) { return name == QLatin1String(f.bib) && inList(f.types, type); });
        const QJsonValue v = row == std::end(kFields) ? QJsonValue() : decodeValue(row->conv, value);
        const bool empty
            = v.isNull() || (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty());
        if (row != std::end(kFields) && !empty && !item.contains(QLatin1String(row->csl)))
            item.insert(QLatin1String(row->csl), v);
        else if (!value.trimmed().isEmpty())
            extra.insert(name, decodeText(value, false).simplified());
    }
    // crossref and xdata are resolved (their fields are the entry's now); other keys stay known.
    if (r.has(QStringLiteral("ids")))
        extra.insert(QStringLiteral("ids"), r.value(QStringLiteral("ids")).trimmed());
    if (!genre.isEmpty() && !item.contains(QStringLiteral("genre")))
        item.insert(QStringLiteral("genre"), genre);
    if (!item.contains(QStringLiteral("issued")) && !yearMonthDate(r).isEmpty())
        item.insert(QStringLiteral("issued"), yearMonthDate(r));
    appendSubtitle(item, r, "subtitle", "title");
    appendSubtitle(item, r, "booksubtitle", "container-title");
    if (csl::title(item).trimmed().isEmpty())
        throw Error(ErrorCode::InvalidData, QStringLiteral("entry %1 has no title; expected a title field").arg(r.key));
    return csl::withExtra(item, extra);
}

BibRecord cslToBib(const QJsonObject &item)
{
    const QString csl = csl::type(item);
    const QJsonObject extra = csl::extra(item);
    BibRecord r;
    r.key = csl::citationKey(item);
    r.type = writtenType(csl);
    const QString asRead = extra.value(QStringLiteral("bibtex_type")).toString();
    QString ignored;
    if (!asRead.isEmpty() && hasOwnFields(asRead) && cslTypeOf(BibRecord { asRead, {}, {}, 0 }, &ignored) == csl)
        r.type = asRead; // the type it was read as (@inbook, @collection, …)
    for (const TypeRow &t : kTypes)
        if (csl == QLatin1String(t.csl) && *t.subtype)
            r.fields.append({ QStringLiteral("entrysubtype"), QLatin1String(t.subtype) });
    if (!hasOwnFields(r.type)) { // biber knows the type but lets it hold no fields
        r.type = QStringLiteral("misc");
        r.fields.append({ QStringLiteral("entrysubtype"), csl });
    }
    for (const FieldRow &f : kFields) {
        const QString variable = QLatin1String(f.csl);
        const QString field = QLatin1String(f.bib);
        if (!item.contains(variable) || r.has(field) || !inList(f.types, csl) || !biblatexAllows(r.type, field))
            continue;
        if (std::any_of(r.fields.begin(), r.fields.end(), [&](const auto &w) {
                return std::any_of(std::begin(kFields), std::end(kFields), [&](const FieldRow &o) {
                    return w.first == QLatin1String(o.bib) && variable == QLatin1String(o.csl);
                });
            }))
            continue; // the variable is written already, under an earlier row
        const QJsonValue v = item.value(variable);
        QString out;
        switch (f.conv) {
        case Conv::Text:
        case Conv::Rich:
            out = encodeText(csl::text(item, variable), f.conv == Conv::Rich);
            break;
        case Conv::Verbatim:
            out = csl::text(item, variable);
            break;
        case Conv::Names: {
            QStringList names;
            for (const QJsonValue &n : v.toArray())
                names.append(encodeName(n.toObject()));
            out = names.join(QStringLiteral(" and "));
            break;
        }
        case Conv::Date:
            out = encodeDate(v.toObject());
            break;
        case Conv::Pages:
            out = latex::encode(csl::text(item, variable)).replace(QLatin1Char('-'), QLatin1String("--"));
            break;
        case Conv::Genre: {
            out = encodeText(csl::text(item, variable), false);
            for (const auto &[bib, genre] : kGenres)
                if (csl::text(item, variable) == QLatin1String(genre))
                    out = QLatin1String(bib);
            break;
        }
        }
        if (!out.isEmpty())
            r.fields.append({ field, out });
    }
    static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9_:.+-]*$"));
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        if (validName.match(it.key()).hasMatch() && !r.has(it.key()) && biblatexAllows(r.type, it.key())
            && it.key() != QLatin1String("crossref") && it.key() != QLatin1String("xdata"))
            r.fields.append({ it.key(), encodeText(it.value().toVariant().toString(), false) });
    return r;
}

} // namespace plenum::core::bib

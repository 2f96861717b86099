#include "interchange/bibformats.h"
#include "interchange/cslvalues.h"
#include "interchange/taggedformat.h"

#include <QRegularExpression>

// RefWorks' tagged format ("RT Journal Article", "A1 …"), as CNKI and RefWorks write it. One table
// drives reading and writing (docs/import-formats.md).

namespace plenum::core::bib {

namespace {

using tagged::Kind;
using tagged::TagRule;
using tagged::TypeRule;

constexpr TypeRule kRefWorksTypes[] = {
    { "Journal Article", "article-journal" },
    { "Book, Whole", "book" },
    { "Book, Section", "chapter" },
    { "Dissertation/Thesis", "thesis" },
    { "Conference Proceedings", "paper-conference" },
    { "Report", "report" },
    { "Web Page", "webpage" },
    { "Newspaper Article", "article-newspaper" },
    { "Magazine Article", "article-magazine" },
    { "Bills/Resolutions", "bill" },
    { "Laws/Statutes", "legislation" },
    { "Case/Court Decisions", "legal_case" },
    { "Hearing", "hearing" },
    { "Patent", "patent" },
    { "Unpublished Material", "manuscript" },
    { "Map", "map" },
    { "Computer Program", "software" },
    { "Generic", "document" },
    { "Book, Edited", "book" },
    { "Dissertation/Thesis, Unpublished", "thesis" },
    { "Journal, Electronic", "article-journal" },
    { "Monograph", "book" },
    { "Standard", "standard" },
};

constexpr TagRule kRefWorksTags[] = {
    { "ID", "citation-key" },
    { "T1", "title" },
    { "A1", "author", Kind::Names },
    { "A2", "editor", Kind::Names },
    { "A3", "collection-editor", Kind::Names },
    { "A4", "translator", Kind::Names },
    { "JF", "container-title" },
    { "T2", "container-title", Kind::Text, "", true },
    { "WT", "container-title", Kind::Text, "", true },
    { "JO", "container-title-short" },
    { "T3", "collection-title" },
    { "YR", "issued", Kind::Year },
    { "FD", "issued", Kind::Date },
    { "RD", "accessed", Kind::Date },
    { "ED", "edition" },
    { "VO", "volume" },
    { "IS", "issue" },
    { "SP", "page", Kind::PageStart },
    { "OP", "page", Kind::PageEnd },
    { "PP", "publisher-place" },
    { "PB", "publisher" },
    { "SN", "ISSN", Kind::Serial, "article-journal,article-magazine,article-newspaper" },
    { "SN", "ISBN", Kind::Serial },
    { "DO", "DOI" },
    { "UL", "URL" },
    { "LK", "URL", Kind::Text, "", true },
    { "LA", "language" },
    { "SL", "title-short" },
    { "OT", "original-title" },
    { "AB", "abstract" },
    { "K1", "keyword", Kind::Keywords },
    { "CN", "call-number" },
    { "AN", "archive_location" },
    { "DS", "source" },
    { "DB", "archive" },
    { "NO", "note", Kind::Note },
};

// Only known tags start a line: an abstract's continued line may begin "AI is …".
std::optional<std::pair<QString, QString>> splitRefWorksLine(const QString &line)
{
    static const QRegularExpression tag(QStringLiteral("^([A-Za-z][A-Za-z0-9])(?:\\s(.*))?$"));
    static const QStringList others = { "RT", "SR", "AD", "CL", "OL", "U1", "U2", "U3", "U4", "U5", "A5", "IP", "ST",
        "NO", "AV", "CR", "WV", "FD", "YR" };
    const auto m = tag.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString t = m.captured(1).toUpper();
    bool known = others.contains(t);
    for (const TagRule &r : kRefWorksTags)
        known = known || t == QLatin1String(r.tag);
    if (!known)
        return std::nullopt;
    return std::pair { t, m.captured(2).trimmed() };
}

} // namespace

const tagged::Format &tagged::refWorksFormat()
{
    static const tagged::Format format { { "RefWorks", splitRefWorksLine, QStringLiteral("RT"), QString(),
                                             QStringLiteral("%1 %2"), QString(), QLatin1Char('-'), "Generic",
                                             "article-journal" },
        kRefWorksTypes, kRefWorksTags };
    return format;
}

ParseResult parseRefWorks(const QByteArray &data, const QString &fileName)
{
    ParseResult result = tagged::parse(tagged::refWorksFormat(), data, fileName);
    for (Entry &e : result.entries)
        inferThesisGenre(e.fields);
    return result;
}

QByteArray writeRefWorks(const QList<QJsonObject> &items)
{
    return tagged::write(tagged::refWorksFormat(), items);
}

} // namespace plenum::core::bib

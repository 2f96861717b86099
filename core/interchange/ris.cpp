#include "interchange/bibformats.h"
#include "interchange/taggedformat.h"

#include <QRegularExpression>

// RIS ↔ CSL: one table drives reading and writing (docs/ris-mapping.md). It follows Zotero's RIS
// translator (zotero/translators RIS.js: its type and tag maps, with Zotero's fields taken to CSL
// as Zotero's own CSL mappings do) and citation-js's RIS mapping where Zotero keeps a tag as a note.

namespace plenum::core::bib {

namespace {

using tagged::Kind;
using tagged::TagRule;
using tagged::TypeRule;

// The first rule for a CSL type is the TY written; the rest are read only.
constexpr TypeRule kRisTypes[] = {
    { "JOUR", "article-journal" },
    { "BOOK", "book" },
    { "CHAP", "chapter" },
    { "CONF", "paper-conference" },
    { "THES", "thesis" },
    { "RPRT", "report" },
    { "ELEC", "webpage" },
    { "NEWS", "article-newspaper" },
    { "MGZN", "article-magazine" },
    { "BILL", "bill" },
    { "STAT", "legislation" },
    { "CASE", "legal_case" },
    { "HEAR", "hearing" },
    { "PAT", "patent" },
    { "MANSCPT", "manuscript" },
    { "MAP", "map" },
    { "ART", "graphic" },
    { "SOUND", "song" },
    { "MPCT", "motion_picture" },
    { "VIDEO", "motion_picture" },
    { "COMP", "software" },
    { "DATA", "dataset" },
    { "DICT", "entry-dictionary" },
    { "ENCYC", "entry-encyclopedia" },
    { "BLOG", "post-weblog" },
    { "ICOMM", "personal_communication" },
    { "PCOMM", "personal_communication" },
    { "SLIDE", "speech" },
    { "STAND", "standard" },
    { "GEN", "document" },
    { "GOVDOC", "report" },
    { "ABST", "article-journal" },
    { "ADVS", "motion_picture" },
    { "AGGR", "document" },
    { "ANCIENT", "document" },
    { "CHART", "graphic" },
    { "CLSWK", "book" },
    { "CPAPER", "paper-conference" },
    { "CTLG", "article-magazine" },
    { "DBASE", "dataset" },
    { "EBOOK", "book" },
    { "ECHAP", "chapter" },
    { "EDBOOK", "book" },
    { "EJOUR", "article-journal" },
    { "EQUA", "document" },
    { "FIGURE", "graphic" },
    { "GRNT", "document" },
    { "INPR", "manuscript" },
    { "JFULL", "article-journal" },
    { "LEGAL", "legal_case" },
    { "MULTI", "motion_picture" },
    { "MUSIC", "song" },
    { "PAMP", "manuscript" },
    { "SER", "book" },
    { "UNBILL", "manuscript" },
    { "UNPB", "manuscript" },
    { "UNPD", "manuscript" },
    { "WEB", "webpage" },
};

constexpr const char *kSerialTypes = "article-journal,article-magazine,article-newspaper";
constexpr const char *kWholeTypes = "book,thesis,manuscript";

// Written in this order. Type-specific rules come before the rule for every type.
constexpr TagRule kRisTags[] = {
    { "ID", "citation-key" },
    { "TI", "title" },
    { "T1", "title", Kind::Text, "", true },
    { "CT", "title", Kind::Text, "", true },
    { "BT", "title", Kind::Text, kWholeTypes, true },
    { "AU", "author", Kind::Names },
    { "A1", "author", Kind::Names, "", true },
    { "A2", "collection-editor", Kind::Names, "book,report" },
    { "A2", "editor", Kind::Names },
    { "ED", "editor", Kind::Names, "", true },
    { "A3", "editor", Kind::Names, "book" },
    { "A3", "contributor", Kind::Names, "thesis" },
    { "A3", "collection-editor", Kind::Names },
    { "A4", "translator", Kind::Names },
    { "C2", "container-author", Kind::Names, "chapter" },
    { "T2", "collection-title", Kind::Text, "book,report" },
    { "T2", "container-title" },
    { "BT", "container-title", Kind::Text, "", true },
    { "JF", "container-title", Kind::Text, "", true },
    { "C3", "container-title", Kind::Text, "paper-conference", true },
    { "J2", "container-title-short" },
    { "JO", "container-title-short", Kind::Text, "", true },
    { "JA", "container-title-short", Kind::Text, "", true },
    { "T3", "collection-title" },
    { "PY", "issued", Kind::Year },
    { "DA", "issued", Kind::Date },
    { "Y1", "issued", Kind::Date, "", true },
    { "Y2", "accessed", Kind::Date },
    { "ET", "edition" },
    { "VL", "volume" },
    { "IS", "issue" },
    { "SP", "number-of-pages", Kind::Text, kWholeTypes },
    { "SP", "page", Kind::PageStart },
    { "EP", "page", Kind::PageEnd },
    { "NV", "number-of-volumes" },
    { "SE", "section" },
    { "C1", "event-place", Kind::Text, "paper-conference" },
    { "CY", "publisher-place" },
    { "PB", "publisher" },
    { "SN", "number", Kind::Text, "report,patent" },
    { "SN", "ISSN", Kind::Serial, kSerialTypes },
    { "SN", "ISBN", Kind::Serial },
    { "M1", "number" },
    { "M3", "genre" },
    { "DO", "DOI" },
    { "UR", "URL" },
    { "LA", "language" },
    { "ST", "title-short" },
    { "AB", "abstract" },
    { "N2", "abstract", Kind::Text, "", true },
    { "KW", "keyword", Kind::Keywords },
    { "CN", "call-number" },
    { "AN", "archive_location" },
    { "AV", "archive_location", Kind::Text, "", true },
    { "DB", "archive" },
    { "DP", "source" },
    { "OP", "original-title" },
    { "N1", "note", Kind::Note },
    { "RN", "note", Kind::Note, "", true },
};

std::optional<std::pair<QString, QString>> splitRisLine(const QString &line)
{
    // "TY  - JOUR"; Zotero also reads one space before the dash ("TY - JOUR") and an empty value.
    static const QRegularExpression tag(QStringLiteral("^\\s*([A-Z][A-Z0-9])\\s{1,2}-(?:\\s(.*))?\\s*$"));
    const auto m = tag.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return std::pair { m.captured(1), m.captured(2).trimmed() };
}

} // namespace

const tagged::Format &tagged::risFormat()
{
    static const tagged::Format format { { "RIS", splitRisLine, QStringLiteral("TY"), QStringLiteral("ER"),
                                             QStringLiteral("%1  - %2"), QString(), QLatin1Char('/'), "GEN",
                                             "article-journal" },
        kRisTypes, kRisTags };
    return format;
}

ParseResult parseRis(const QByteArray &data, const QString &fileName)
{
    ParseResult result = tagged::parse(tagged::risFormat(), data, fileName);
    // M3 holds a DOI in some exporters (Zotero reads it so when it looks like one).
    for (Entry &e : result.entries) {
        const QString genre = e.fields.value(QStringLiteral("genre")).toString();
        if (genre.startsWith(QLatin1String("10.")) && genre.contains(QLatin1Char('/'))) {
            e.fields.remove(QStringLiteral("genre"));
            if (!e.fields.contains(QStringLiteral("DOI")))
                e.fields.insert(QStringLiteral("DOI"), genre);
        }
    }
    return result;
}

QByteArray writeRis(const QList<QJsonObject> &items)
{
    return tagged::write(tagged::risFormat(), items);
}

} // namespace plenum::core::bib

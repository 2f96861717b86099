#include "interchange/bibformats.h"
#include "interchange/cslvalues.h"
#include "interchange/taggedformat.h"

#include <QRegularExpression>

// NoteExpress's export ("{Reference Type}: Journal Article", "{Title}: …"), as CNKI and NoteExpress
// write it. One table drives reading and writing (docs/import-formats.md).

namespace plenum::core::bib {

namespace {

using tagged::Kind;
using tagged::TagRule;
using tagged::TypeRule;

constexpr TypeRule kNoteExpressTypes[] = {
    { "Journal Article", "article-journal" },
    { "Book", "book" },
    { "Book Section", "chapter" },
    { "Thesis", "thesis" },
    { "Conference Proceedings", "paper-conference" },
    { "Report", "report" },
    { "Electronic Source", "webpage" },
    { "Newspaper Article", "article-newspaper" },
    { "Magazine Article", "article-magazine" },
    { "Statute", "legislation" },
    { "Patent", "patent" },
    { "Standard", "standard" },
    { "Generic", "document" },
    { "Web Page", "webpage" },
    { "Dissertation", "thesis" },
    { "Conference Paper", "paper-conference" },
};

constexpr TagRule kNoteExpressTags[] = {
    { "Title", "title" },
    { "Author", "author", Kind::Names },
    { "Secondary Author", "editor", Kind::Names },
    { "Subsidiary Author", "translator", Kind::Names },
    { "Journal", "container-title" },
    { "Secondary Title", "container-title", Kind::Text, "", true },
    { "Newspaper", "container-title", Kind::Text, "", true },
    { "Tertiary Title", "collection-title" },
    { "Year", "issued", Kind::Year },
    { "Date", "issued", Kind::Date },
    { "Date Accessed", "accessed", Kind::Date },
    { "Edition", "edition" },
    { "Volume", "volume" },
    { "Issue", "issue" },
    { "Pages", "number-of-pages", Kind::Text, "book,thesis" },
    { "Pages", "page" },
    { "Number of Volumes", "number-of-volumes" },
    { "Place Published", "publisher-place" },
    { "Publisher", "publisher" },
    { "ISBN/ISSN", "ISSN", Kind::Serial, "article-journal,article-magazine,article-newspaper" },
    { "ISBN/ISSN", "ISBN", Kind::Serial },
    { "Type of Work", "genre" },
    { "DOI", "DOI" },
    { "URL", "URL" },
    { "Language", "language" },
    { "Short Title", "title-short" },
    { "Translated Title", "original-title" },
    { "Abstract", "abstract" },
    { "Keywords", "keyword", Kind::Keywords },
    { "Call Number", "call-number" },
    { "Database Provider", "source" },
    { "Notes", "note", Kind::Note },
};

std::optional<std::pair<QString, QString>> splitNoteExpressLine(const QString &line)
{
    static const QRegularExpression tag(QStringLiteral("^\\{([^{}]+)\\}\\s*[:：](?:\\s*(.*))?$"));
    const auto m = tag.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    QString value = m.captured(2).trimmed();
    return std::pair { m.captured(1).trimmed(), value };
}

} // namespace

const tagged::Format &tagged::noteExpressFormat()
{
    static const tagged::Format format { { "NoteExpress", splitNoteExpressLine, QStringLiteral("Reference Type"),
                                             QString(), QStringLiteral("{%1}: %2"), QStringLiteral(";"),
                                             QLatin1Char('-'), "Generic", "article-journal" },
        kNoteExpressTypes, kNoteExpressTags };
    return format;
}

ParseResult parseNoteExpress(const QByteArray &data, const QString &fileName)
{
    ParseResult result = tagged::parse(tagged::noteExpressFormat(), data, fileName);
    for (Entry &e : result.entries)
        inferThesisGenre(e.fields);
    return result;
}

QByteArray writeNoteExpress(const QList<QJsonObject> &items)
{
    return tagged::write(tagged::noteExpressFormat(), items);
}

} // namespace plenum::core::bib

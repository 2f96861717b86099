#include "interchange/bibformats.h"
#include "interchange/taggedformat.h"

#include <QRegularExpression>

// EndNote's tagged export (.enw; "%0 Journal Article" …), as CNKI, Wanfang, VIP and EndNote
// itself write it. One table drives reading and writing (docs/import-formats.md).

namespace plenum::core::bib {

namespace {

using tagged::Kind;
using tagged::TagRule;
using tagged::TypeRule;

constexpr TypeRule kEndNoteTypes[] = {
    { "Journal Article", "article-journal" },
    { "Book", "book" },
    { "Book Section", "chapter" },
    { "Thesis", "thesis" },
    { "Conference Paper", "paper-conference" },
    { "Report", "report" },
    { "Web Page", "webpage" },
    { "Newspaper Article", "article-newspaper" },
    { "Magazine Article", "article-magazine" },
    { "Bill", "bill" },
    { "Statute", "legislation" },
    { "Case", "legal_case" },
    { "Hearing", "hearing" },
    { "Patent", "patent" },
    { "Manuscript", "manuscript" },
    { "Map", "map" },
    { "Dataset", "dataset" },
    { "Standard", "standard" },
    { "Personal Communication", "personal_communication" },
    { "Dictionary", "entry-dictionary" },
    { "Encyclopedia", "entry-encyclopedia" },
    { "Computer Program", "software" },
    { "Generic", "document" },
    { "Conference Proceedings", "paper-conference" },
    { "Government Document", "report" },
    { "Legal Rule or Regulation", "legislation" },
    { "Edited Book", "book" },
    { "Electronic Book", "book" },
    { "Electronic Book Section", "chapter" },
    { "Electronic Article", "article-journal" },
    { "Unpublished Work", "manuscript" },
    { "Dissertation", "thesis" },
};

// Written in this order; type-specific rules before the rule for every type.
constexpr TagRule kEndNoteTags[] = {
    { "F", "citation-key" },
    { "T", "title" },
    { "A", "author", Kind::Names },
    { "E", "editor", Kind::Names },
    { "Y", "collection-editor", Kind::Names },
    { "?", "translator", Kind::Names },
    { "J", "container-title" },
    { "B", "container-title", Kind::Text, "chapter,paper-conference,article-newspaper" },
    { "B", "collection-title", Kind::Text, "", true },
    { "S", "collection-title" },
    { "D", "issued", Kind::Year },
    { "8", "issued", Kind::Date },
    { "[", "accessed", Kind::Date },
    { "7", "edition" },
    { "V", "volume" },
    { "N", "issue" },
    { "P", "number-of-pages", Kind::Text, "book,thesis" },
    { "P", "page" },
    { "6", "number-of-volumes" },
    { "&", "section" },
    { "C", "publisher-place" },
    { "I", "publisher" },
    { "@", "ISSN", Kind::Serial, "article-journal,article-magazine,article-newspaper" },
    { "@", "ISBN", Kind::Serial },
    { "9", "genre" },
    { "R", "DOI" },
    { "U", "URL" },
    { "G", "language" },
    { "!", "title-short" },
    { "Q", "original-title" },
    { "X", "abstract" },
    { "K", "keyword", Kind::Keywords },
    { "L", "call-number" },
    { "M", "archive_location" },
    { "W", "source" },
    { "~", "archive" },
    { "Z", "note", Kind::Note },
};

std::optional<std::pair<QString, QString>> splitEndNoteLine(const QString &line)
{
    static const QRegularExpression tag(QStringLiteral("^%(\\S)(?:\\s(.*))?$"));
    const auto m = tag.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return std::pair { m.captured(1), m.captured(2).trimmed() };
}

} // namespace

const tagged::Format &tagged::endNoteFormat()
{
    static const tagged::Format format { { "EndNote", splitEndNoteLine, QStringLiteral("0"), QString(),
                                             QStringLiteral("%%1 %2"), QString(), QLatin1Char('-'), "Generic",
                                             "article-journal" },
        kEndNoteTypes, kEndNoteTags };
    return format;
}

ParseResult parseEndNote(const QByteArray &data, const QString &fileName)
{
    return tagged::parse(tagged::endNoteFormat(), data, fileName);
}

QByteArray writeEndNote(const QList<QJsonObject> &items)
{
    return tagged::write(tagged::endNoteFormat(), items);
}

} // namespace plenum::core::bib

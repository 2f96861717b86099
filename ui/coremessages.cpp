#include "ui/coremessages.h"

#include "ui/labels.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace plenum::ui {

namespace {

// What an argument of a template holds, so that it can be named in the interface language: a
// Number is digits only (a line, a column); a Phrase is itself one of the templates (the parsers'
// "expected …" phrases); a Detail is another program's words (the citation engine's, Qt's), kept
// in English and left out where the translation does not name it.
enum class Arg { Text, Type, Field, Choices, Number, Phrase, Detail };

struct Template {
    const char *english; ///< as core words it, %1… for the arguments
    QList<Arg> args; ///< what %1, %2, … hold
};

// The sentences core writes for edits (queries/itemedits.cpp), tags, collections and saved searches
// (storage/), styles (export/cslstyles.cpp) and cancelled work (model/progress.cpp).
QList<Template> editTemplates()
{
    using enum Arg;
    return {
        { QT_TRANSLATE_NOOP("CoreMessages", "%1 %2: \"%3\" needs a value."), { Type, Text, Field } },
        { QT_TRANSLATE_NOOP("CoreMessages", "%1 %2: \"%3\" or \"%4\" needs a value."), { Type, Text, Field, Field } },
        { QT_TRANSLATE_NOOP("CoreMessages", "%1 %2: \"%3\" must be one of %4, not \"%5\"."),
            { Type, Text, Field, Choices, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "%1 %2: \"%3\" must be a date written YYYY-MM-DD, not \"%4\"."),
            { Type, Text, Field, Text } },
        { QT_TRANSLATE_NOOP(
              "CoreMessages", "%1 %2: \"%3\" must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not \"%4\"."),
            { Type, Text, Field, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "%1 %2: \"%3\" names %4, which is not a document."),
            { Type, Text, Field, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "%1 %2: \"%3\" is needed when there is evidence."), { Type, Text, Field } },
        { QT_TRANSLATE_NOOP("CoreMessages", "%1 %2: \"%3\" (%4) is before the start (%5)."),
            { Type, Text, Field, Text, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot link %1 to itself."), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot link: no item with ID %1."), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "%1 already links to %2 as \"%3\"."), { Text, Text, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Select some text to make a statement from."), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "A tag needs at least one letter or digit."), {} },
        { QT_TRANSLATE_NOOP(
              "CoreMessages", "Tag \"%1\" holds a comma; commas separate tags, so use another character."),
            { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Tag \"%1…\" is longer than 64 characters."), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "A collection needs a name."), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "A saved search needs a name."), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "A collection called \"%1\" already exists."), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "The saved search \"%1\" needs a query."), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages",
              "No CSL style named \"%1\" is installed (plenum-cli styles lists them; a path to a .csl file works "
              "too)."),
            { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "The bibliography import was cancelled; nothing was changed."), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "The paper import was cancelled; nothing was changed."), {} },
        // core/team/pgconnection.cpp: a silent team server, one row per thing it was doing
        { QT_TRANSLATE_NOOP("CoreMessages",
              "The team server %1 did not answer for %2 s (connecting), so Plenum stopped waiting. Nothing was "
              "lost: the server keeps only what it confirmed, the knowledge base keeps every local change, and "
              "the next sync goes on from there."),
            { Text, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages",
              "The team server %1 did not answer for %2 s (sending a request), so Plenum stopped waiting. Nothing "
              "was lost: the server keeps only what it confirmed, the knowledge base keeps every local change, and "
              "the next sync goes on from there."),
            { Text, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages",
              "The team server %1 did not answer for %2 s (waiting for an answer), so Plenum stopped waiting. "
              "Nothing was lost: the server keeps only what it confirmed, the knowledge base keeps every local "
              "change, and the next sync goes on from there."),
            { Text, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages",
              "The sync with the team server %1 was stopped. Nothing was lost: the next sync goes on from there."),
            { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "The plenum-kb import was cancelled; nothing was changed."), {} },
    };
}

// The reasons a parser gives for a record it skips (interchange/bibtex.cpp, taggedformat.cpp,
// csljson.cpp, zoterolibrary.cpp; model/cslitem.cpp's problems), each "expected …" phrase a
// template of its own. A longer template comes before one it starts with.
QList<Template> importTemplates()
{
    using enum Arg;
    return {
        { QT_TRANSLATE_NOOP("CoreMessages", "expected '%1' closing the block opened here, found the end of the file"),
            { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected '%1' closing this value, found the end of the file"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected %1, found %2"), { Phrase, Phrase } },
        { QT_TRANSLATE_NOOP("CoreMessages", "field \"%1\" appears twice in entry %2; expected it once"),
            { Field, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "entry %1 has no title; expected a title field"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "the end of the file"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "a macro name after @string"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "'=' after @string name %1"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "'%1' closing @string %2"), { Text, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "balanced braces in the value starting on line %1"), { Number } },
        { QT_TRANSLATE_NOOP("CoreMessages", "a value for %1 (braces, quotes, a number or a macro)"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "a value for %1"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "a defined @string macro for %1 (\"%2\" is not defined)"), { Text, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "',' or '%1' in entry %2 (which starts on line %3)"),
            { Text, Text, Number } },
        { QT_TRANSLATE_NOOP("CoreMessages", "a field name in entry %1"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "'=' after field %1 in entry %2"), { Text, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "the file ends inside this record; expected an \"%1\" line closing it"),
            { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "this record has no \"%1\" line before the next record (line %2)"),
            { Text, Number } },
        // interchange/paperparser.cpp: an entry of a paper's reference list it could only partly read
        { QT_TRANSLATE_NOOP("CoreMessages", "could not read \"%1\""), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "no year in parentheses after the authors"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "no title"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "no authors"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "no year"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "the record holds nothing but its type"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "a record without a \"%1\" line (its type)"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "text that is not %1"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "item %1 is not an object"), { Number } },
        { QT_TRANSLATE_NOOP("CoreMessages", "item %1: %2"), { Number, Phrase } },
        { QT_TRANSLATE_NOOP("CoreMessages", "item %1 has no title"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Not a valid CSL item: %1."), { Phrase } },
        { QT_TRANSLATE_NOOP("CoreMessages", "variable \"%1\": %2"), { Text, Phrase } },
        { QT_TRANSLATE_NOOP("CoreMessages", "a CSL item type is required"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "a title is required"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "\"%1\" is not a CSL item type"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "the extension must be an object"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "not a CSL 1.0.2 variable"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected a string or a number"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected an array of names"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "each name must be an object"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "a name has the unknown part \"%1\""), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "the name part \"%1\" must be a string"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "each name needs a \"family\" or a \"literal\""), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "a date must be an object with \"date-parts\" or \"literal\""), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "a date has the unknown part \"%1\""), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "\"date-parts\" must hold one date or a range of two"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "date parts must be numbers"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "a date needs \"date-parts\", \"literal\" or \"raw\""), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "\"%1\" of a date must be a string"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected CSL-JSON, but the JSON is malformed: %1"), { Detail } },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected a JSON array of CSL items"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "heading \"%1\" has no number; kept as a top-level section"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "text in the reference list before the first [n] entry: \"%1\""),
            { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "reference number [%1] appears twice in the list"), { Number } },
        { QT_TRANSLATE_NOOP("CoreMessages", "citation marker [%1] in %2 has no entry in the reference list"),
            { Number, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages",
              "%1 has no text layer (a scanned PDF?): only its metadata was imported, no paragraphs. Run OCR on it and "
              "import it again to get its text."),
            { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "word/document.xml: %1 (the text after it was not read)"), { Detail } },
    };
}

// A plenum-kb file's faults (interchange/kbformat.cpp, kbimporter.cpp: file, line, field and the
// problem) and an input file that cannot be read (interchange/inputfile.cpp).
QList<Template> kbFileTemplates()
{
    using enum Arg;
    return {
        { QT_TRANSLATE_NOOP("CoreMessages", "%1:%2, field \"%3\": %4."), { Text, Number, Field, Phrase } },
        { QT_TRANSLATE_NOOP("CoreMessages", "%1:%2: %3."), { Text, Number, Phrase } },
        { QT_TRANSLATE_NOOP("CoreMessages", "the line is not valid UTF-8"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "invalid JSON at column %1 (%2)"), { Number, Detail } },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected a JSON object"), {} },
        { QT_TRANSLATE_NOOP(
              "CoreMessages", "the first line must be the header {\"format\":\"plenum-kb\",\"version\":2}"),
            {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "unsupported format version %1 (this Plenum reads versions 1 to %2)"),
            { Text, Number } },
        { QT_TRANSLATE_NOOP("CoreMessages", "the file is empty; a plenum-kb file starts with its header line"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "a value is required when %1 is given"), { Field } },
        { QT_TRANSLATE_NOOP("CoreMessages", "a value is required"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "unknown record type \"%1\""), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "\"%1\" is not a valid ID"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "unknown field for a %1"), { Type } },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected a string"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected a whole number"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected a non-empty string"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected an array of strings"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected an array"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected an object with \"text\" and \"lang\""), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected \"en\" or \"zh\""), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected an object with \"relation\" and \"target\""), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected an object"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "unknown relation \"%1\""), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "an item cannot link to itself"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected true or false"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected [start, end], whole numbers with start <= end"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "expected the reference's CSL item (an object)"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "%1 appears more than once"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "no item with ID %1"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "no document with ID %1"), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot read %1: No such file or directory."), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "%1 is a folder; expected a file to import."), { Text } },
        { QT_TRANSLATE_NOOP(
              "CoreMessages", "%1 is not a regular file (a FIFO, socket or device); expected a file to import."),
            { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot read %1: %2."), { Text, Detail } },
    };
}

// A file an export cannot write (export/exportfile.cpp, pandocconvert.cpp).
QList<Template> exportTemplates()
{
    using enum Arg;
    return {
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot write %1: the folder %2 does not exist."), { Text, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot write %1: %2; nothing was written."), { Text, Detail } },
        { QT_TRANSLATE_NOOP("CoreMessages",
              "%1 is a symbolic link; exports never write through links. Remove it or choose another file name."),
            { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "%1 is a folder; expected the name of a file to write."), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages",
              "%1 is not a regular file (a FIFO, socket or device); expected the name of a file to write."),
            { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot start pandoc: %1."), { Detail } },
    };
}

// Backups and attachments (storage/backup.cpp, backuprestore.cpp, attachments.cpp): what the
// Backups dialog, Back Up Now and a PDF import can meet.
QList<Template> storageTemplates()
{
    using enum Arg;
    return {
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot back up %1: %2 is on read-only media."), { Text, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot back up %1 to %2: the disk is full (%3 free, %4 needed)."),
            { Text, Text, Text, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot back up %1: %2 is a file, not a folder."), { Text, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot back up %1: the folder %2 cannot be created (%3)."),
            { Text, Text, Detail } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot back up %1: the folder %2 cannot be created."), { Text, Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "The backup interval must be 0 (off) or a number of hours."), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "At least one backup must be kept."), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot restore %1: the file or its folder is read-only."), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Indexing %1 was cancelled."), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot create the attachments folder %1."), { Text } },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot write the attachment %1: %2."), { Text, Detail } },
    };
}

// The citation engine's failures (export/cslengine.cpp, resources/citeproc/plenum-citeproc.js).
QList<Template> citationTemplates()
{
    using enum Arg;
    return {
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot render citations with %1: %2."), { Text, Phrase } },
        { QT_TRANSLATE_NOOP("CoreMessages", "the citeproc package is not installed (run make deps)"), {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "the style %1 could not be applied: %2"), { Text, Detail } },
        { QT_TRANSLATE_NOOP("CoreMessages", "the request is not JSON: %1"), { Detail } },
        { QT_TRANSLATE_NOOP(
              "CoreMessages", "Cannot render citations: node (Debian package nodejs) is not installed; run make deps."),
            {} },
        { QT_TRANSLATE_NOOP("CoreMessages", "Cannot start node to render citations: %1."), { Detail } },
        { QT_TRANSLATE_NOOP("CoreMessages", "The citation engine (%1) failed: %2"), { Text, Detail } },
        { QT_TRANSLATE_NOOP("CoreMessages", "No readable CSL style file at %1."), { Text } },
    };
}

const QList<Template> &templates()
{
    static const QList<Template> table = editTemplates() + importTemplates() + kbFileTemplates() + exportTemplates()
        + storageTemplates() + citationTemplates();
    return table;
}

// The separator of a list of choices, for lupdate.
[[maybe_unused]] const char *const kChoiceSeparator = QT_TRANSLATE_NOOP("CoreMessages", ", ");

// The template as a pattern: its text literally, each %N a lazy capture (digits for a Number).
QRegularExpression patternOf(const Template &t)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    const QString text = QString::fromUtf8(t.english);
    QString pattern = QStringLiteral("^");
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool number = t.args.value(m.captured(1).toInt() - 1) == Arg::Number;
        pattern += QRegularExpression::escape(text.mid(from, m.capturedStart() - from))
            + (number ? QStringLiteral("(\\d+)") : QStringLiteral("(.+?)"));
        from = m.capturedEnd();
    }
    return QRegularExpression(pattern + QRegularExpression::escape(text.mid(from)) + QLatin1Char('$'));
}

// An argument of a template as the interface names it.
QString argumentText(Arg kind, const QString &arg, const std::function<QString(const QString &)> &fieldLabel)
{
    switch (kind) {
    case Arg::Type:
        return typeLabel(arg);
    case Arg::Choices: {
        QStringList choices = arg.split(QStringLiteral(", "));
        for (QString &c : choices)
            c = kindLabel(c);
        return choices.join(QCoreApplication::translate("CoreMessages", ", "));
    }
    case Arg::Field:
        return fieldLabel && !fieldLabel(arg).isEmpty() ? fieldLabel(arg) : arg;
    case Arg::Phrase:
        return coreMessageText(arg, fieldLabel);
    case Arg::Text:
    case Arg::Number:
    case Arg::Detail:
        break;
    }
    return arg;
}

// TEXT with each %N replaced by ARGS[N-1] in one pass (an argument holding "%2" stays as it is); a
// translation may leave out a Detail.
QString filledIn(const QString &text, const QStringList &args)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    QString out;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from) + args.value(m.captured(1).toInt() - 1, m.captured());
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

} // namespace

QString coreMessageText(const QString &message, const std::function<QString(const QString &)> &fieldLabel)
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const Template &t : templates())
            list.append(patternOf(t));
        return list;
    }();
    for (qsizetype n = 0; n < patterns.size(); ++n) {
        const Template &t = templates().at(n);
        const QRegularExpressionMatch m = patterns.at(n).match(message);
        if (!m.hasMatch())
            continue;
        QStringList args;
        for (int i = 0; i < t.args.size(); ++i)
            args.append(argumentText(t.args.at(i), m.captured(i + 1), fieldLabel));
        return filledIn(QCoreApplication::translate("CoreMessages", t.english), args);
    }
    return message;
}

QStringList coreMessageTemplates()
{
    QStringList list;
    for (const Template &t : templates())
        list.append(QString::fromUtf8(t.english));
    return list;
}

int coreMessageDetails(const QString &english)
{
    for (const Template &t : templates())
        if (english == QString::fromUtf8(t.english))
            return static_cast<int>(t.args.count(Arg::Detail));
    return 0;
}

} // namespace plenum::ui

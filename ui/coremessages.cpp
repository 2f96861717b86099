#include "ui/coremessages.h"

#include "ui/labels.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace plenum::ui {

namespace {

// What an argument of a template holds, so that it can be named in the interface language.
enum class Arg { Text, Type, Field, Choices };

struct Template {
    const char *english; ///< as core words it, %1… for the arguments
    QList<Arg> args; ///< what %1, %2, … hold
};

// The sentences core writes for edits (queries/itemedits.cpp), tags, collections and saved searches
// (storage/), styles (export/cslstyles.cpp) and cancelled work (model/progress.cpp).
const QList<Template> &templates()
{
    using enum Arg;
    static const QList<Template> table {
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
    };
    return table;
}

// The separator of a list of choices, for lupdate.
[[maybe_unused]] const char *const kChoiceSeparator = QT_TRANSLATE_NOOP("CoreMessages", ", ");

// The template as a pattern: its text literally, each %N a lazy capture.
QRegularExpression patternOf(const char *english)
{
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    const QString text = QString::fromUtf8(english);
    QString pattern = QStringLiteral("^");
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        pattern += QRegularExpression::escape(text.mid(from, m.capturedStart() - from)) + QStringLiteral("(.+?)");
        from = m.capturedEnd();
    }
    return QRegularExpression(pattern + QRegularExpression::escape(text.mid(from)) + QLatin1Char('$'));
}

} // namespace

QString coreMessageText(const QString &message, const std::function<QString(const QString &)> &fieldLabel)
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const Template &t : templates())
            list.append(patternOf(t.english));
        return list;
    }();
    for (qsizetype n = 0; n < patterns.size(); ++n) {
        const Template &t = templates().at(n);
        const QRegularExpressionMatch m = patterns.at(n).match(message);
        if (!m.hasMatch())
            continue;
        QString text = QCoreApplication::translate("CoreMessages", t.english);
        for (int i = 0; i < t.args.size(); ++i) {
            QString arg = m.captured(i + 1);
            if (t.args.at(i) == Arg::Type) {
                arg = typeLabel(arg);
            } else if (t.args.at(i) == Arg::Choices) {
                QStringList choices = arg.split(QStringLiteral(", "));
                for (QString &c : choices)
                    c = kindLabel(c);
                arg = choices.join(QCoreApplication::translate("CoreMessages", ", "));
            } else if (t.args.at(i) == Arg::Field && fieldLabel && !fieldLabel(arg).isEmpty())
                arg = fieldLabel(arg);
            text = text.arg(arg);
        }
        return text;
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

} // namespace plenum::ui

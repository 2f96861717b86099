#include "ui/labels.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

namespace plenum::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Labels", text);
}
} // namespace

// Stored enumeration values as a reader wants them; anything else unchanged.
QString kindLabel(const QString &value)
{
    static const QMap<QString, const char *> labels = {
        { QStringLiteral("national_congress"), QT_TRANSLATE_NOOP("Labels", "National Party Congress") },
        { QStringLiteral("cc_plenum"), QT_TRANSLATE_NOOP("Labels", "Central Committee plenary session") },
        { QStringLiteral("other_event"), QT_TRANSLATE_NOOP("Labels", "Other event") },
        { QStringLiteral("paraphrase"), QT_TRANSLATE_NOOP("Labels", "paraphrase") },
        { QStringLiteral("quote"), QT_TRANSLATE_NOOP("Labels", "quotation") },
        { QStringLiteral("claim"), QT_TRANSLATE_NOOP("Labels", "claim") },
        { QStringLiteral("statistic"), QT_TRANSLATE_NOOP("Labels", "statistic") },
        { QStringLiteral("decision"), QT_TRANSLATE_NOOP("Labels", "decision") },
        { QStringLiteral("report"), QT_TRANSLATE_NOOP("Labels", "report") },
        { QStringLiteral("communique"), QT_TRANSLATE_NOOP("Labels", "communiqué") },
        { QStringLiteral("resolution"), QT_TRANSLATE_NOOP("Labels", "resolution") },
        { QStringLiteral("proposal"), QT_TRANSLATE_NOOP("Labels", "proposal") },
        { QStringLiteral("paper"), QT_TRANSLATE_NOOP("Labels", "paper") },
        { QStringLiteral("verified"), QT_TRANSLATE_NOOP("Labels", "verified") },
        { QStringLiteral("partly_inconsistent"), QT_TRANSLATE_NOOP("Labels", "partly inconsistent") },
        { QStringLiteral("unverified"), QT_TRANSLATE_NOOP("Labels", "unverified") },
        { QStringLiteral("wrong"), QT_TRANSLATE_NOOP("Labels", "wrong") },
        { QStringLiteral("plan"), QT_TRANSLATE_NOOP("Labels", "plan") },
        { QStringLiteral("regulation"), QT_TRANSLATE_NOOP("Labels", "regulation") },
        { QStringLiteral("other"), QT_TRANSLATE_NOOP("Labels", "other") },
        { QStringLiteral("zh"), QT_TRANSLATE_NOOP("Labels", "Chinese") },
        { QStringLiteral("en"), QT_TRANSLATE_NOOP("Labels", "English") },
        // CSL item types (references)
        { QStringLiteral("article-journal"), QT_TRANSLATE_NOOP("Labels", "journal article") },
        { QStringLiteral("article-newspaper"), QT_TRANSLATE_NOOP("Labels", "newspaper article") },
        { QStringLiteral("article-magazine"), QT_TRANSLATE_NOOP("Labels", "magazine article") },
        { QStringLiteral("book"), QT_TRANSLATE_NOOP("Labels", "book") },
        { QStringLiteral("chapter"), QT_TRANSLATE_NOOP("Labels", "book chapter") },
        { QStringLiteral("paper-conference"), QT_TRANSLATE_NOOP("Labels", "conference paper") },
        { QStringLiteral("thesis"), QT_TRANSLATE_NOOP("Labels", "thesis") },
        { QStringLiteral("webpage"), QT_TRANSLATE_NOOP("Labels", "web page") },
        { QStringLiteral("legislation"), QT_TRANSLATE_NOOP("Labels", "law or regulation") },
        { QStringLiteral("manuscript"), QT_TRANSLATE_NOOP("Labels", "manuscript") },
        { QStringLiteral("document"), QT_TRANSLATE_NOOP("Labels", "document") },
    };
    const auto it = labels.constFind(value);
    return it == labels.constEnd() ? value : tr(*it);
}

QString typeLabel(const QString &type)
{
    static const QMap<QString, const char *> labels = {
        { QStringLiteral("milestone"), QT_TRANSLATE_NOOP("Labels", "Milestone") },
        { QStringLiteral("concept"), QT_TRANSLATE_NOOP("Labels", "Concept") },
        { QStringLiteral("document"), QT_TRANSLATE_NOOP("Labels", "Document") },
        { QStringLiteral("reference"), QT_TRANSLATE_NOOP("Labels", "Reference") },
        { QStringLiteral("statement"), QT_TRANSLATE_NOOP("Labels", "Statement") },
        { QStringLiteral("note"), QT_TRANSLATE_NOOP("Labels", "Note") },
    };
    const auto it = labels.constFind(type);
    return it == labels.constEnd() ? type : tr(*it);
}

QString relationLabel(const QString &relation)
{
    static const QMap<QString, const char *> labels = {
        { QStringLiteral("mentions"), QT_TRANSLATE_NOOP("Labels", "mentions") },
        { QStringLiteral("cites"), QT_TRANSLATE_NOOP("Labels", "cites") },
        { QStringLiteral("defines"), QT_TRANSLATE_NOOP("Labels", "defines") },
        { QStringLiteral("supports"), QT_TRANSLATE_NOOP("Labels", "supports") },
        { QStringLiteral("contradicts"), QT_TRANSLATE_NOOP("Labels", "contradicts") },
        { QStringLiteral("related"), QT_TRANSLATE_NOOP("Labels", "related to") },
        { QStringLiteral("broader"), QT_TRANSLATE_NOOP("Labels", "broader concept") },
        { QStringLiteral("narrower"), QT_TRANSLATE_NOOP("Labels", "narrower concept") },
        { QStringLiteral("first_appears_in"), QT_TRANSLATE_NOOP("Labels", "first appears in") },
        { QStringLiteral("reshaped_by"), QT_TRANSLATE_NOOP("Labels", "reshaped by") },
        { QStringLiteral("adopted_at"), QT_TRANSLATE_NOOP("Labels", "adopted at") },
        { QStringLiteral("about"), QT_TRANSLATE_NOOP("Labels", "about") },
        { QStringLiteral("duplicate_of"), QT_TRANSLATE_NOOP("Labels", "duplicate of") },
    };
    const auto it = labels.constFind(relation);
    return it == labels.constEnd() ? QString(relation).replace(QLatin1Char('_'), QLatin1Char(' ')) : tr(*it);
}

bool chineseInterface()
{
    return QLocale().language() == QLocale::Chinese;
}

QString bilingual(const QString &en, const QString &zh, const QString &separator)
{
    if (en.isEmpty() || zh.isEmpty() || en == zh)
        return en.isEmpty() ? zh : en;
    return chineseInterface() ? zh + separator + en : en + separator + zh;
}

QString primaryName(const QString &en, const QString &zh)
{
    if (chineseInterface())
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QCollator interfaceCollator()
{
    QCollator collator(chineseInterface() ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

QString titleInInterfaceOrder(const QString &title)
{
    const QStringList parts = title.split(QStringLiteral(" · "));
    if (parts.size() != 2)
        return title;
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    if (!han.match(parts.at(1)).hasMatch() || han.match(parts.at(0)).hasMatch())
        return title;
    return bilingual(parts.at(0), parts.at(1));
}

} // namespace plenum::ui

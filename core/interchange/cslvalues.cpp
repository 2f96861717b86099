#include "interchange/cslvalues.h"

#include "text/personname.h"
#include "text/scripts.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace plenum::core::bib {

namespace {

const QString kParts = QStringLiteral("date-parts");

int monthFromName(const QString &word)
{
    static const QStringList months
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    return static_cast<int>(months.indexOf(word.left(3).toLower())) + 1;
}

// Seasons as CSL numbers them (1 spring … 4 winter), for "2019/05//Spring" and "Spring 2019".
int seasonFromName(const QString &word)
{
    static const QStringList seasons = { "spring", "summer", "autumn", "winter" };
    const QString w = word.toLower();
    if (w == QLatin1String("fall"))
        return 3;
    return static_cast<int>(seasons.indexOf(w)) + 1;
}

QJsonObject fromParts(int y, int m, int d)
{
    QJsonArray parts { y };
    if (m >= 1 && m <= 12) {
        parts.append(m);
        if (d >= 1 && d <= 31)
            parts.append(d);
    }
    return { { kParts, QJsonArray { parts } } };
}

} // namespace

QJsonObject cslDate(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return {};
    // Numeric: 2019, 2019-05-12, 2019/05/12/other, 2019年5月12日, 2019.05.
    static const QRegularExpression numeric(QStringLiteral(
        "^(\\d{4})(?:\\s*[-/.年]\\s*(\\d{0,2})(?:\\s*[-/.月]\\s*(\\d{0,2})\\s*日?)?)?\\s*[/]?\\s*(.*)$"));
    if (const auto m = numeric.match(text); m.hasMatch()) {
        QJsonObject date = fromParts(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QString rest = m.captured(4).trimmed();
        if (const int season = seasonFromName(rest); season > 0)
            date.insert(QStringLiteral("season"), season);
        else if (!rest.isEmpty() && !rest.contains(QRegularExpression(QStringLiteral("^[月日/]*$"))))
            return { { QStringLiteral("literal"), text } };
        return date;
    }
    // Words: "May 2019", "12 May 2019", "Spring 2019".
    static const QRegularExpression words(QStringLiteral("^(?:(\\d{1,2})\\s+)?([A-Za-z]+)\\.?\\s+(\\d{4})$"));
    if (const auto m = words.match(text); m.hasMatch()) {
        const int year = m.captured(3).toInt();
        if (const int month = monthFromName(m.captured(2)); month > 0)
            return fromParts(year, month, m.captured(1).toInt());
        if (const int season = seasonFromName(m.captured(2)); season > 0 && m.captured(1).isEmpty()) {
            QJsonObject date = fromParts(year, 0, 0);
            date.insert(QStringLiteral("season"), season);
            return date;
        }
    }
    return { { QStringLiteral("literal"), text } };
}

QString dateText(const QJsonObject &date, QChar separator)
{
    const QJsonArray first = date.value(kParts).toArray().first().toArray();
    if (first.isEmpty())
        return date.value(QStringLiteral("literal")).toString();
    QStringList parts;
    for (const QJsonValue &p : first) {
        const int n = p.isString() ? p.toString().toInt() : p.toInt();
        parts.append(parts.isEmpty() ? QString::number(n) : QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')));
    }
    return parts.join(separator);
}

int dateYear(const QJsonObject &date)
{
    const QJsonValue y = date.value(kParts).toArray().first().toArray().first();
    return y.isString() ? y.toString().toInt() : y.toInt();
}

bool isInstitution(const QString &name)
{
    return names::isInstitution(name.trimmed());
}

QJsonObject cslName(const QString &raw, bool noCommaLiteral)
{
    const QString text = raw.simplified();
    if (text.isEmpty())
        return {};
    // A name without a comma that is not Chinese: kept whole, as Zotero keeps such RIS names.
    if (noCommaLiteral && !text.contains(QLatin1Char(',')) && !scripts::containsHan(text))
        return { { QStringLiteral("literal"), text } };
    // RIS and EndNote write "Family, Given, Suffix" (BibTeX's "Family, Suffix, Given" differs).
    if (const QStringList parts = text.split(QLatin1Char(',')); parts.size() == 3 && !isInstitution(text)) {
        QJsonObject name { { QStringLiteral("family"), parts.at(0).trimmed() } };
        if (!parts.at(1).trimmed().isEmpty())
            name.insert(QStringLiteral("given"), parts.at(1).trimmed());
        if (!parts.at(2).trimmed().isEmpty())
            name.insert(QStringLiteral("suffix"), parts.at(2).trimmed());
        return name;
    }
    return names::parse(text); // the one set of name rules (text/personname.h)
}

QList<QJsonObject> cslNames(const QString &text, bool noCommaLiteral)
{
    static const QRegularExpression separators(QStringLiteral("[;；]"));
    QList<QJsonObject> names;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (const QJsonObject n = cslName(part, noCommaLiteral); !n.isEmpty())
            names.append(n);
    return names;
}

QString nameText(const QJsonObject &name)
{
    if (name.contains(QStringLiteral("literal")))
        return name.value(QStringLiteral("literal")).toString();
    QString family = name.value(QStringLiteral("family")).toString();
    if (const QString particle = name.value(QStringLiteral("non-dropping-particle")).toString(); !particle.isEmpty())
        family = particle + QLatin1Char(' ') + family;
    QString given = name.value(QStringLiteral("given")).toString();
    if (const QString particle = name.value(QStringLiteral("dropping-particle")).toString(); !particle.isEmpty())
        given += QLatin1Char(' ') + particle;
    QString out = given.isEmpty() ? family : family + QStringLiteral(", ") + given;
    if (const QString suffix = name.value(QStringLiteral("suffix")).toString(); !suffix.isEmpty())
        out += QStringLiteral(", ") + suffix;
    return out;
}

void inferThesisGenre(QJsonObject &item)
{
    if (item.value(QStringLiteral("type")).toString() != QLatin1String("thesis")
        || item.contains(QStringLiteral("genre")))
        return;
    // RefWorks has no degree field; CNKI's exports name the degree somewhere in the record.
    for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
        const QString v = it.value().toString();
        if (v.contains(QStringLiteral("博士"))) {
            item.insert(QStringLiteral("genre"), QStringLiteral("博士"));
            return;
        }
        if (v.contains(QStringLiteral("硕士"))) {
            item.insert(QStringLiteral("genre"), QStringLiteral("硕士"));
            return;
        }
    }
}

} // namespace plenum::core::bib

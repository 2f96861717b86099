#include "interchange/cslvalues.h"

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
    static const QRegularExpression han(QStringLiteral("(部|委|院|局|署|厅|办公室|委员会|中心|研究所|研究院|大学|学会|"
                                                       "协会|集团|公司|政府|中央|银行|小组|出版社|电视台|报社|"
                                                       "图书馆|议会|大会|联合会)$"));
    static const QRegularExpression latin(
        QStringLiteral(
            "\\b(ministry|council|committee|office|department|bureau|commission|agency|association|institute|"
            "university|organi[sz]ation|government|centre|center|bank|society|foundation|press|group|"
            "administration|state|party|congress|court|corporation|inc|ltd)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString n = name.trimmed();
    if (scripts::containsHan(n))
        return n.size() > 4 || (n.size() > 2 && han.match(n).hasMatch()) || n == QStringLiteral("中共中央");
    return latin.match(n).hasMatch();
}

QJsonObject cslName(const QString &raw, bool noCommaLiteral)
{
    const QString text = raw.simplified();
    if (text.isEmpty())
        return {};
    if (isInstitution(text) && !text.contains(QLatin1Char(',')))
        return { { QStringLiteral("literal"), text } };
    const QStringList commas = text.split(QLatin1Char(','));
    if (commas.size() >= 2 && !commas.first().trimmed().isEmpty()) {
        QJsonObject name { { QStringLiteral("family"), commas.at(0).trimmed() } };
        if (const QString given = commas.at(1).trimmed(); !given.isEmpty())
            name.insert(QStringLiteral("given"), given);
        if (commas.size() > 2 && !commas.mid(2).join(QLatin1Char(',')).trimmed().isEmpty())
            name.insert(QStringLiteral("suffix"), commas.mid(2).join(QLatin1Char(',')).trimmed());
        return name;
    }
    if (scripts::containsHan(text) && !text.contains(QLatin1Char(' ')) && text.size() >= 2) {
        static const QStringList compound = { "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容",
            "夏侯", "令狐", "长孙", "宇文", "司徒", "端木", "独孤", "南宫", "西门", "澹台", "轩辕", "呼延", "万俟" };
        const int cut = (text.size() > 2 && compound.contains(text.left(2))) ? 2 : 1;
        return { { QStringLiteral("family"), text.left(cut) }, { QStringLiteral("given"), text.mid(cut) } };
    }
    if (noCommaLiteral || !text.contains(QLatin1Char(' ')))
        return { { QStringLiteral("literal"), text } };
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
    return { { QStringLiteral("family"), text.mid(space + 1) }, { QStringLiteral("given"), text.left(space) } };
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

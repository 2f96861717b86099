#include "text/personname.h"

#include "text/scripts.h"

#include <QStringList>

namespace plenum::core::names {

namespace {

// Endings of Chinese institution names: ministries, commissions, councils, offices, centres, …
const QStringList &hanInstitutionEndings()
{
    static const QStringList list = { "部", "委", "院", "局", "办", "厅", "署", "办公厅", "办公室", "委员会", "中心",
        "研究所", "研究院", "研究会", "大学", "学院", "学会", "协会", "联合会", "理事会", "政府", "中央", "党委",
        "公司", "集团", "银行", "出版社", "报社", "杂志社", "编辑部", "总局", "组织", "法院", "检察院", "基金会" };
    return list;
}

// Words that make an English name an institution's.
const QStringList &latinInstitutionWords()
{
    static const QStringList list = { "Ministry", "Council", "Committee", "Office", "Department", "Bureau",
        "Commission", "Agency", "Institute", "University", "College", "Association", "Organization", "Organisation",
        "Government", "Bank", "Center", "Centre", "Academy", "Party", "Congress", "Court", "Foundation", "Society",
        "Group", "Press", "Inc.", "Ltd", "Ltd.", "Corporation", "Administration", "Authority", "Assembly", "Federation",
        "Union", "Nations", "Secretariat", "Board", "Statistics", "Network", "Program", "Programme", "Project" };
    return list;
}

// Two-character surnames (复姓) in common use.
const QStringList &compoundSurnames()
{
    static const QStringList list = { "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "夏侯",
        "令狐", "长孙", "宇文", "司徒", "端木", "独孤", "南宫", "西门", "万俟", "闻人", "轩辕", "申屠", "太史", "澹台",
        "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "仲孙", "钟离", "赫连", "呼延", "东郭", "百里", "谷梁", "拓跋",
        "第五", "左丘", "梁丘", "羊舌", "微生", "公羊", "鲜于", "段干", "亓官", "司寇", "子车", "乐正" };
    return list;
}

bool isHanName(const QString &name)
{
    return scripts::containsHan(name) && !name.contains(QLatin1Char(' '));
}

QJsonObject literal(const QString &name)
{
    return { { QStringLiteral("literal"), name } };
}

QJsonObject familyGiven(const QString &family, const QString &given)
{
    QJsonObject o { { QStringLiteral("family"), family } };
    if (!given.isEmpty())
        o.insert(QStringLiteral("given"), given);
    return o;
}

} // namespace

bool isInstitution(const QString &raw)
{
    const QString name = raw.simplified();
    if (name.contains(QLatin1Char(',')) || name.contains(QChar(0xFF0C)))
        return false; // "Family, Given": a person written surname first
    if (scripts::containsHan(name)) {
        if (name.startsWith(QLatin1String("中共")) || name.startsWith(QLatin1String("中国"))
            || name.startsWith(QLatin1String("全国")) || name.startsWith(QLatin1String("国家")))
            return name.size() > 3;
        for (const QString &ending : hanInstitutionEndings())
            if (name.size() > ending.size() && name.endsWith(ending))
                return true;
        return name.size() > 4 && !name.contains(QChar(0x00B7)) && !name.contains(QChar(0x30FB));
    }
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return false;
    for (const QString &w : words)
        if (latinInstitutionWords().contains(w))
            return true;
    return words.contains(QLatin1String("of")) || words.contains(QLatin1String("for"));
}

QJsonObject parse(const QString &raw)
{
    const QString n = raw.simplified();
    if (n.isEmpty() || isInstitution(n))
        return literal(n);
    const QStringList parts = n.split(QLatin1Char(','));
    if (parts.size() >= 2 && !parts.first().trimmed().isEmpty()) {
        QJsonObject o = familyGiven(parts.at(0).trimmed(), parts.at(parts.size() > 2 ? 2 : 1).trimmed());
        if (parts.size() > 2) { // "Family, Jr., Given" (BibTeX's von Last, Jr, First)
            o.insert(QStringLiteral("suffix"), parts.at(1).trimmed());
            if (!parts.at(2).trimmed().isEmpty())
                o.insert(QStringLiteral("given"), parts.mid(2).join(QLatin1Char(',')).trimmed());
        }
        return o;
    }
    if (isHanName(n)) {
        if (n.size() <= 1)
            return literal(n);
        const int cut = (n.size() > 2 && compoundSurnames().contains(n.left(2))) ? 2 : 1;
        return familyGiven(n.left(cut), n.mid(cut));
    }
    const QStringList words = n.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() == 1)
        return familyGiven(words.first(), {});
    // "Ludwig van Beethoven": lower-case particles before the last word belong to the family name.
    qsizetype familyStart = words.size() - 1;
    while (familyStart > 1 && words[familyStart - 1].at(0).isLower())
        --familyStart;
    QJsonObject o
        = familyGiven(words.mid(familyStart).join(QLatin1Char(' ')), words.mid(0, familyStart).join(QLatin1Char(' ')));
    if (familyStart < words.size() - 1) {
        o.insert(QStringLiteral("non-dropping-particle"),
            words.mid(familyStart, words.size() - 1 - familyStart).join(QLatin1Char(' ')));
        o.insert(QStringLiteral("family"), words.last());
    }
    return o;
}

QJsonObject repaired(const QJsonObject &name)
{
    if (name.contains(QStringLiteral("literal")))
        return name;
    const QString family = name.value(QStringLiteral("family")).toString();
    const QString whole = family + name.value(QStringLiteral("given")).toString();
    if (isHanName(whole) && isHanName(family) && isInstitution(whole)) {
        QJsonObject o = name;
        o.remove(QStringLiteral("family"));
        o.remove(QStringLiteral("given"));
        o.insert(QStringLiteral("literal"), whole);
        return o;
    }
    return name;
}

} // namespace plenum::core::names

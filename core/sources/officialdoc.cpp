#include "sources/officialdoc.h"

#include "sources/extractedtext.h"

#include <QRegularExpression>

namespace plenum::core {

namespace {

using RE = QRegularExpression;

const QString kNumerals = QStringLiteral("零〇一二三四五六七八九十百千两");

QString numeralClass()
{
    return QStringLiteral("[零〇一二三四五六七八九十百千两]+");
}

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0)
        return QString::number(n);
    QString out;
    if (n >= 100) {
        out += digits[n / 100] + QStringLiteral("百");
        n %= 100;
        if (n > 0 && n < 10)
            out += QStringLiteral("零");
    }
    if (n >= 10) {
        if (n / 10 > 1 || !out.isEmpty())
            out += digits[n / 10];
        out += QStringLiteral("十");
        n %= 10;
    }
    if (n > 0)
        out += digits[n];
    return out;
}

QString toIsoDate(const QString &y, const QString &m, const QString &d)
{
    return QStringLiteral("%1-%2-%3")
        .arg(y)
        .arg(m.toInt(), 2, 10, QLatin1Char('0'))
        .arg(d.toInt(), 2, 10, QLatin1Char('0'));
}

QString kindOf(const QString &title)
{
    static const QList<std::pair<const char *, const char *>> kinds = { { "决定$", "decision" },
        { "公报$", "communique" }, { "(工作)?报告$", "report" }, { "决议$", "resolution" }, { "建议$", "proposal" },
        { "(规划|纲要|计划|方案)$", "plan" }, { "(条例|规定|办法|细则|法)$", "regulation" } };
    QString t = title;
    t.remove(RE(QStringLiteral("[（(][^）)]*[）)]$")));
    for (const auto &[pattern, kind] : kinds)
        if (RE(QString::fromUtf8(pattern)).match(t.trimmed()).hasMatch())
            return QLatin1String(kind);
    return QStringLiteral("other");
}

// Walks the blocks keeping the numbers above the current one.
class OfficialReader {
public:
    explicit OfficialReader(OfficialDocument &out)
        : m_out(out)
    {
    }
    void read(const QList<SourceBlock> &blocks);

private:
    bool readMetadataLine(const QString &text);
    bool readChapterOrArticle(const QString &text);
    bool readPart(const QString &text);
    bool readSection(const QString &text);
    bool readItem(const QString &text);
    void addParagraph(const QString &text);
    void add(const QString &text, const QString &en, const QString &zh);
    QString unitEn() const;
    QString unitZh() const;

    OfficialDocument &m_out;
    int m_part = 0, m_section = 0, m_item = 0, m_chapter = 0, m_article = 0;
    bool m_arabicSections = false; // (1) (2) … numbered through the document instead of （一）
    int m_paragraph = 0; // unnumbered paragraphs since the last number
    QString m_heading;
    bool m_bodyStarted = false;
};

bool isHeadingLike(const QString &text)
{
    return text.size() <= 60 && !endsSentence(text);
}

void OfficialReader::read(const QList<SourceBlock> &blocks)
{
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString text = blocks[i].text.simplified();
        if (text.isEmpty())
            continue;
        if (m_out.title.isEmpty()) {
            m_out.title = text;
            continue;
        }
        if (readMetadataLine(text) || readChapterOrArticle(text) || readPart(text) || readSection(text)
            || readItem(text))
            continue;
        addParagraph(text);
    }
}

// "（2013年11月12日…通过）", a document number line, or a signature date: metadata, not text.
bool OfficialReader::readMetadataLine(const QString &text)
{
    static const RE adopted(QStringLiteral("^[（(](\\d{4})年(\\d{1,2})月(\\d{1,2})日(.*?)(?:通过|发布|印发)[）)]$"));
    static const RE dateOnly(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$"));
    static const RE number(QStringLiteral("^[\\p{Han}]{1,12}[〔［\\[](\\d{4})[〕］\\]]\\d+号$"));
    if (auto m = adopted.match(text); m.hasMatch()) {
        m_out.date = toIsoDate(m.captured(1), m.captured(2), m.captured(3));
        m_out.adoptedBy = m.captured(4).trimmed();
        return true;
    }
    if (auto m = number.match(text); m.hasMatch()) {
        m_out.number = text;
        return true;
    }
    if (auto m = dateOnly.match(text); m.hasMatch()) {
        if (m_out.date.isEmpty() || m_bodyStarted)
            m_out.date = toIsoDate(m.captured(1), m.captured(2), m.captured(3));
        // The signature above the date names the issuer.
        if (m_out.issuer.isEmpty() && !m_out.parts.isEmpty() && m_out.parts.last().text.size() <= 20) {
            m_out.issuer = m_out.parts.last().text;
            m_out.parts.removeLast();
        }
        return true;
    }
    return false;
}

bool OfficialReader::readChapterOrArticle(const QString &text)
{
    static const RE chapter(QStringLiteral("^第(%1|\\d+)章\\s*(.*)$").arg(numeralClass()));
    static const RE article(QStringLiteral("^第(%1|\\d+)条\\s*(.*)$").arg(numeralClass()));
    if (auto m = chapter.match(text); m.hasMatch() && isHeadingLike(text)) {
        m_chapter = chineseNumeral(m.captured(1));
        m_heading = m.captured(2).trimmed();
        m_paragraph = 0;
        return true;
    }
    if (auto m = article.match(text); m.hasMatch()) {
        m_article = chineseNumeral(m.captured(1));
        m_paragraph = 0;
        m_bodyStarted = true;
        add(text, unitEn(), unitZh());
        return true;
    }
    return false;
}

bool OfficialReader::readPart(const QString &text)
{
    static const RE part(QStringLiteral("^(%1)、\\s*(.*)$").arg(numeralClass()));
    const auto m = part.match(text);
    if (!m.hasMatch())
        return false;
    m_part = chineseNumeral(m.captured(1));
    m_section = m_item = m_article = m_paragraph = 0;
    m_bodyStarted = true;
    m_heading = m.captured(2).trimmed();
    if (!isHeadingLike(text))
        add(text, unitEn(), unitZh());
    return true;
}

bool OfficialReader::readSection(const QString &text)
{
    static const RE chinese(QStringLiteral("^[（(](%1)[）)]\\s*(.*)$").arg(numeralClass()));
    static const RE arabic(QStringLiteral("^[（(](\\d{1,3})[）)]\\s*(.*)$"));
    auto m = chinese.match(text);
    const bool isArabic = !m.hasMatch();
    if (isArabic) {
        if (m_section != 0 && !m_arabicSections)
            return false; // (1) under （一）: an item, read by readItem
        m = arabic.match(text);
    }
    if (!m.hasMatch())
        return false;
    m_arabicSections = m_arabicSections || isArabic;
    m_section = isArabic ? m.captured(1).toInt() : chineseNumeral(m.captured(1));
    m_item = m_paragraph = 0;
    m_bodyStarted = true;
    if (isHeadingLike(text))
        m_heading = m.captured(2).trimmed();
    else
        add(text, unitEn(), unitZh());
    return true;
}

bool OfficialReader::readItem(const QString &text)
{
    static const RE item(QStringLiteral("^(\\d{1,3})[.．、]\\s*(\\S.*)$"));
    static const RE subItem(QStringLiteral("^[（(](\\d{1,3})[）)]\\s*(\\S.*)$"));
    auto m = item.match(text);
    if (!m.hasMatch())
        m = subItem.match(text);
    if (!m.hasMatch() || !m_bodyStarted)
        return false;
    m_item = m.captured(1).toInt();
    m_paragraph = 0;
    add(text, unitEn(), unitZh());
    return true;
}

void OfficialReader::addParagraph(const QString &text)
{
    ++m_paragraph;
    const bool preamble = !m_bodyStarted;
    const QString en = preamble ? QStringLiteral("Preamble ¶%1").arg(m_paragraph)
                                : QStringLiteral("%1 ¶%2").arg(unitEn()).arg(m_paragraph);
    const QString zh = preamble ? QStringLiteral("序言第%1段").arg(m_paragraph)
                                : QStringLiteral("%1第%2段").arg(unitZh()).arg(m_paragraph);
    add(text, en, zh);
}

void OfficialReader::add(const QString &text, const QString &en, const QString &zh)
{
    m_out.parts.append({ en.trimmed(), zh, m_heading, text });
}

QString OfficialReader::unitEn() const
{
    QStringList parts;
    if (m_chapter > 0)
        parts << QStringLiteral("Ch. %1").arg(m_chapter);
    if (m_article > 0)
        return (parts << QStringLiteral("Art. %1").arg(m_article)).join(QLatin1Char(' '));
    if (m_part > 0)
        parts << QStringLiteral("Part %1").arg(romanNumeral(m_part));
    if (m_section > 0)
        parts << QStringLiteral("§%1").arg(m_section);
    if (m_item > 0)
        parts << QStringLiteral("item %1").arg(m_item);
    return parts.join(QLatin1Char(' '));
}

QString OfficialReader::unitZh() const
{
    QString out;
    if (m_chapter > 0)
        out += QStringLiteral("第%1章").arg(chineseNumber(m_chapter));
    if (m_article > 0)
        return out + QStringLiteral("第%1条").arg(chineseNumber(m_article));
    if (m_part > 0)
        out += QStringLiteral("第%1部分").arg(chineseNumber(m_part));
    if (m_section > 0)
        out += QStringLiteral("（%1）").arg(chineseNumber(m_section));
    if (m_item > 0)
        out += QStringLiteral("%1.").arg(m_item);
    return out;
}

} // namespace

int chineseNumeral(const QString &input)
{
    const QString text = input.trimmed();
    bool ok = false;
    if (const int n = text.toInt(&ok); ok)
        return n;
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    int total = 0, current = 0;
    for (const QChar c : text) {
        const qsizetype d = digits.indexOf(c);
        if (d >= 0)
            current = static_cast<int>(d);
        else if (c == QChar(u'〇'))
            current = 0;
        else if (c == QChar(u'两'))
            current = 2;
        else if (c == QChar(u'十'))
            total += (current == 0 ? 1 : current) * 10, current = 0;
        else if (c == QChar(u'百'))
            total += (current == 0 ? 1 : current) * 100, current = 0;
        else if (c == QChar(u'千'))
            total += (current == 0 ? 1 : current) * 1000, current = 0;
        else
            return 0;
    }
    return total + current;
}

QString romanNumeral(int n)
{
    static const std::pair<int, const char *> table[]
        = { { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" }, { 100, "C" }, { 90, "XC" }, { 50, "L" },
              { 40, "XL" }, { 10, "X" }, { 9, "IX" }, { 5, "V" }, { 4, "IV" }, { 1, "I" } };
    QString out;
    for (const auto &[value, letters] : table)
        while (n >= value) {
            out += QLatin1String(letters);
            n -= value;
        }
    return out;
}

bool looksOfficial(const SourceDocument &doc)
{
    if (doc.blocks.isEmpty())
        return false;
    const QString title = doc.title.isEmpty() ? doc.blocks.first().text : doc.title;
    static const RE numbered(
        QStringLiteral("^(?:[零〇一二三四五六七八九十百]+、|第[零〇一二三四五六七八九十百千\\d]+条)"));
    static const RE number(QStringLiteral("[〔［\\[]\\d{4}[〕］\\]]\\d+号"));
    int numberedBlocks = 0;
    bool hasNumber = false;
    for (const SourceBlock &b : doc.blocks) {
        numberedBlocks += numbered.match(b.text.trimmed()).hasMatch() ? 1 : 0;
        hasNumber = hasNumber || number.match(b.text).hasMatch();
    }
    return numberedBlocks >= 2
        && (kindOf(title) != QLatin1String("other") || hasNumber
            || RE(QStringLiteral("(意见|通知|公报|决定)")).match(title).hasMatch());
}

OfficialDocument parseOfficial(const SourceDocument &doc)
{
    OfficialDocument out;
    QList<SourceBlock> blocks = doc.blocks;
    // A web page's own title goes first when the text does not start with it.
    if (!doc.title.isEmpty() && (blocks.isEmpty() || blocks.first().text.simplified() != doc.title.simplified()))
        blocks.prepend({ doc.title, 1 });
    OfficialReader(out).read(blocks);
    out.kind = kindOf(out.title);
    static const RE issuer(QStringLiteral("^(.{2,20}?)关于"));
    if (auto m = issuer.match(out.title); m.hasMatch())
        out.issuer = m.captured(1);
    static const RE number(QStringLiteral("[\\p{Han}]{1,12}[〔［\\[]\\d{4}[〕］\\]]\\d+号"));
    if (out.number.isEmpty())
        for (const SourceBlock &b : doc.blocks)
            if (auto m = number.match(b.text); m.hasMatch()) {
                out.number = m.captured(0);
                break;
            }
    if (out.date.isEmpty())
        out.date = doc.date;
    if (out.issuer.isEmpty())
        out.issuer = doc.source;
    return out;
}

} // namespace plenum::core

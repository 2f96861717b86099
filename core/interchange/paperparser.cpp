#include "interchange/paperparser.h"

#include "interchange/bibformats.h"
#include "linking/citationmarkers.h"
#include "model/error.h"
#include "text/scripts.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace plenum::core {

namespace {

using RE = QRegularExpression;

bool isCjkText(const QString &text)
{
    const auto [han, latin, other] = scripts::countScripts(text);
    return han > 0 && han * 3 >= latin + other;
}

// Joins two pieces of one paragraph: no space between Chinese characters.
QString joinText(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    const bool cjk = scripts::isHan(scripts::lastCodePoint(a)) || scripts::isHan(scripts::firstCodePoint(b));
    return cjk ? a + b : a + QLatin1Char(' ') + b;
}

bool endsSentence(const QString &text)
{
    QString t = text.trimmed();
    while (!t.isEmpty() && QStringLiteral("\"'”’)）]】").contains(t.back()))
        t.chop(1);
    return !t.isEmpty() && QStringLiteral(".!?:;。！？：；…").contains(t.back());
}

QString stripMarkup(QString line)
{
    line.remove(QStringLiteral("**"));
    line.remove(QStringLiteral("__"));
    return line.trimmed();
}

const int kChineseDigits = 10;
int chineseNumber(const QString &s)
{
    static const QString digits = QStringLiteral("一二三四五六七八九十");
    if (s == QStringLiteral("十"))
        return 10;
    if (s.size() == 1)
        return static_cast<int>(digits.indexOf(s)) + 1;
    if (s.size() == 2 && s[0] == QChar(u'十'))
        return kChineseDigits + static_cast<int>(digits.indexOf(s[1])) + 1;
    return 0;
}

// A heading's number and title: "3.2. Title", "一、标题", "（二）标题". NUMBER is empty when none.
bool splitNumbered(const QString &text, QString &number, QString &title, int &level)
{
    static const RE arabic(QStringLiteral("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s+(\\S.*)$"));
    static const RE chinese1(QStringLiteral("^([一二三四五六七八九十]{1,3})[、．.]\\s*(\\S.*)$"));
    static const RE chinese2(QStringLiteral("^[（(]([一二三四五六七八九十]{1,3})[）)]\\s*(\\S.*)$"));
    if (auto m = arabic.match(text); m.hasMatch()) {
        number = m.captured(1);
        title = m.captured(2).trimmed();
        level = static_cast<int>(number.count(QLatin1Char('.'))) + 1;
        return true;
    }
    if (auto m = chinese1.match(text); m.hasMatch()) {
        number = QString::number(chineseNumber(m.captured(1)));
        title = m.captured(2).trimmed();
        level = 1;
        return true;
    }
    if (auto m = chinese2.match(text); m.hasMatch()) {
        number = QStringLiteral("(%1)").arg(chineseNumber(m.captured(1)));
        title = m.captured(2).trimmed();
        level = 2;
        return true;
    }
    return false;
}

bool isCommonSection(const QString &t)
{
    static const RE re(
        QStringLiteral(
            "^(introduction|background|conclusions?|discussion|methods?|results|引言|前言|绪论|导论|结论|结语)$"),
        RE::CaseInsensitiveOption);
    return re.match(t.trimmed()).hasMatch();
}

bool isReferencesHeading(const QString &t)
{
    static const RE re(
        QStringLiteral("^(references?|bibliography|works cited|literature cited|参考文献|参考资料)[:：]?$"),
        RE::CaseInsensitiveOption);
    return re.match(t.trimmed()).hasMatch();
}

// The one marker parser (linking/citationmarkers, shared with `plenum-cli link`): [2]–[4] and
// [2-4] cite 2, 3 and 4; [2,5-7] and full-width ［2］ too. One PaperMarker per number cited.
QList<PaperMarker> findMarkers(const QString &text)
{
    QList<PaperMarker> markers;
    for (const CitationMarker &m : findCitationMarkers(text)) {
        const QString written = text.mid(m.start16, m.end16 - m.start16);
        for (const int n : m.numbers)
            markers.append({ n, m.start, m.end, written });
    }
    return markers;
}

QString titleCase(const QString &word)
{
    QString out = word.toLower();
    bool upNext = true;
    for (QChar &c : out) {
        if (upNext && c.isLetter())
            c = c.toUpper();
        upNext = c == QLatin1Char('-') || c == QLatin1Char(' ') || c == QLatin1Char('\'');
    }
    return out;
}

bool isInitials(const QString &word)
{
    static const RE re(QStringLiteral("^(?:\\p{Lu}\\.?){1,3}$"));
    return re.match(word).hasMatch();
}

QJsonObject personName(QString family, const QString &givenIn)
{
    if (family.size() > 1 && family == family.toUpper() && family != family.toLower())
        family = titleCase(family);
    QString given = givenIn;
    // "B L." took the sentence's period: initials are written without dots here.
    if (given.endsWith(QLatin1Char('.')) && given.count(QLatin1Char('.')) == 1
        && std::ranges::all_of(given.split(QLatin1Char(' ')), isInitials))
        given.chop(1);
    QJsonObject o { { QStringLiteral("family"), family } };
    if (!given.isEmpty())
        o.insert(QStringLiteral("given"), given);
    return o;
}

} // namespace

QString PaperParagraph::locator() const
{
    const QString where
        = section.isEmpty() ? QStringLiteral("¶%1").arg(index) : QStringLiteral("§%1 ¶%2").arg(section).arg(index);
    return page > 0 ? QStringLiteral("p. %1, %2").arg(page).arg(where) : where;
}

QJsonArray parseAuthorList(const QString &input)
{
    QString text = input.trimmed();
    while (text.endsWith(QLatin1Char('.')) && !isInitials(text.section(QLatin1Char(' '), -1)))
        text.chop(1);
    QJsonArray authors;
    if (scripts::containsHan(text)) {
        static const RE etal(QStringLiteral("[,，\\s]*(等|et al\\.?)$"));
        text.remove(etal);
        for (const QString &t : text.split(RE(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts))
            authors.append(bib::parseName(t.trimmed()));
        return authors;
    }
    static const RE etal(QStringLiteral(",?\\s*et al\\.?$"));
    text.remove(etal);
    text.replace(RE(QStringLiteral("\\s*(?:,\\s*)?(?:&|\\band\\b)\\s*")), QStringLiteral(", "));
    QStringList tokens;
    for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            tokens.append(t.trimmed());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QStringList words = tokens[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() >= 2) {
            const bool initialsAfter = std::all_of(words.begin() + 1, words.end(), isInitials);
            if (initialsAfter && !isInitials(words.first()))
                authors.append(personName(words.first(), words.mid(1).join(QLatin1Char(' '))));
            else
                authors.append(personName(words.last(), words.mid(0, words.size() - 1).join(QLatin1Char(' '))));
        } else if (i + 1 < tokens.size() && !tokens[i + 1].contains(QLatin1Char(' '))) {
            authors.append(personName(tokens[i], tokens[i + 1]));
            ++i;
        } else if (i + 1 < tokens.size() && std::ranges::all_of(tokens[i + 1].split(QLatin1Char(' ')), isInitials)) {
            authors.append(personName(tokens[i], tokens[i + 1]));
            ++i;
        } else {
            authors.append(personName(tokens[i], {}));
        }
    }
    return authors;
}

namespace {

// The DOI and URL leave the entry first: their dots and slashes would confuse the other patterns.
QString takeDoiAndUrl(const QString &input, QJsonObject &o)
{
    QString text = input.simplified();
    static const RE doiRe(
        QStringLiteral("(?:\\bdoi\\s*[:：]?\\s*|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/[^\\s]+)"),
        RE::CaseInsensitiveOption);
    if (auto m = doiRe.match(text); m.hasMatch()) {
        QString doi = m.captured(1);
        while (doi.endsWith(QLatin1Char('.')) || doi.endsWith(QLatin1Char(',')))
            doi.chop(1);
        o.insert(QStringLiteral("doi"), doi);
        text.remove(m.capturedStart(), m.capturedLength());
    }
    static const RE urlRe(QStringLiteral("https?://[^\\s]+"));
    if (auto m = urlRe.match(text); m.hasMatch()) {
        QString url = m.captured(0);
        while (url.endsWith(QLatin1Char('.')))
            url.chop(1);
        o.insert(QStringLiteral("url"), url);
        text.remove(m.capturedStart(), m.capturedLength());
    }
    return text.simplified();
}

void setYear(QJsonObject &o, const QString &year)
{
    o.insert(QStringLiteral("year"), year.toInt());
}

// GB/T 7714 after the type mark: "刊名, 年, 卷(期): 页码." or "地址: 出版者, 年: 页码.". True when read.
bool readGbtSource(const QString &rest, QJsonObject &o)
{
    static const RE journal(QStringLiteral("^(.*?)[,，]\\s*(\\d{4})\\s*(?:[,，]\\s*([^(（:：]+?))?\\s*(?:[(（]([^)"
                                           "）]+)[)）])?\\s*(?:[:：]\\s*([\\d\\-–]+))?[.．]?$"));
    static const RE book(
        QStringLiteral("^(?:(.*?)[:：]\\s*)?(.*?)[,，]\\s*(\\d{4})(?:\\s*[:：]\\s*([\\d\\-–]+))?[.．]?$"));
    if (o.value(QStringLiteral("csl_type")) == QLatin1String("article-journal")) {
        auto m = journal.match(rest);
        if (!m.hasMatch())
            return false;
        o.insert(QStringLiteral("container"), m.captured(1).trimmed());
        setYear(o, m.captured(2));
        if (!m.captured(3).isEmpty())
            o.insert(QStringLiteral("volume"), m.captured(3).trimmed());
        if (!m.captured(4).isEmpty())
            o.insert(QStringLiteral("issue"), m.captured(4).trimmed());
        if (!m.captured(5).isEmpty())
            o.insert(QStringLiteral("pages"), m.captured(5).replace(QChar(0x2013), QLatin1Char('-')));
        return true;
    }
    auto m = book.match(rest);
    if (!m.hasMatch())
        return false;
    if (!m.captured(1).isEmpty())
        o.insert(QStringLiteral("extra"), QJsonObject { { QStringLiteral("address"), m.captured(1).trimmed() } });
    o.insert(QStringLiteral("publisher"), m.captured(2).trimmed());
    setYear(o, m.captured(3));
    if (!m.captured(4).isEmpty())
        o.insert(QStringLiteral("pages"), m.captured(4));
    return true;
}

// GB/T 7714: "作者. 题名[J]. 刊名, 年, 卷(期): 页码."; MARK is the type mark ("[J]").
void readGbtEntry(const QString &text, const QRegularExpressionMatch &mark, QJsonObject &o, QStringList *problems)
{
    static const QHash<QString, QString> types = { { "J", "article-journal" }, { "M", "book" },
        { "C", "paper-conference" }, { "D", "thesis" }, { "R", "report" }, { "EB/OL", "webpage" },
        { "J/OL", "article-journal" }, { "M/OL", "book" }, { "N", "article-journal" } };
    o.insert(QStringLiteral("csl_type"), types.value(mark.captured(1), QStringLiteral("manuscript")));
    const QString head = text.left(mark.capturedStart());
    const qsizetype dot = head.indexOf(RE(QStringLiteral("[.．]\\s*")));
    if (dot > 0) {
        o.insert(QStringLiteral("authors"), parseAuthorList(head.left(dot)));
        o.insert(QStringLiteral("title"), head.mid(dot + 1).trimmed().remove(RE(QStringLiteral("//.*$"))));
    } else {
        o.insert(QStringLiteral("title"), head.trimmed());
    }
    const QString rest = text.mid(mark.capturedEnd()).remove(RE(QStringLiteral("^[.．]\\s*")));
    if (!readGbtSource(rest, o) && !rest.trimmed().isEmpty())
        problems->append(QStringLiteral("could not read \"%1\"").arg(rest.trimmed()));
}

// APA-like authors and "(Year)."; returns what follows them.
QString readApaAuthorsAndYear(const QString &text, QJsonObject &o, QStringList *problems)
{
    static const RE apaYear(QStringLiteral("\\((\\d{4})[a-z]?\\)\\.?"));
    QString authorsText;
    QString rest;
    if (auto m = apaYear.match(text); m.hasMatch()) {
        authorsText = text.left(m.capturedStart());
        setYear(o, m.captured(1));
        rest = text.mid(m.capturedEnd()).trimmed();
    } else {
        problems->append(QStringLiteral("no year in parentheses after the authors"));
        static const RE anyYear(QStringLiteral("\\b(1[89]\\d\\d|20\\d\\d)\\b"));
        if (auto y = anyYear.match(text); y.hasMatch())
            setYear(o, y.captured(1));
        const qsizetype dot = text.indexOf(QStringLiteral(". "));
        authorsText = dot > 0 ? text.left(dot) : QString();
        rest = dot > 0 ? text.mid(dot + 2) : text;
        rest.remove(QRegularExpression(QStringLiteral("^\\(?\\d{4}[a-z]?\\)?\\.\\s*")));
    }
    const QJsonArray authors = parseAuthorList(authorsText);
    if (!authors.isEmpty())
        o.insert(QStringLiteral("authors"), authors);
    return rest;
}

// "…, 12(3), 45-67" and "vol. 12, no. 3, pp. 45-67" leave REST into the fields.
void takeVolumeIssuePages(QString &rest, QJsonObject &o)
{
    static const RE volIssPages(QStringLiteral(",\\s*(\\d+)\\s*\\(([^)]+)\\)\\s*,\\s*(\\d+\\s*[-–]\\s*\\d+)"));
    if (auto m = volIssPages.match(rest); m.hasMatch()) {
        o.insert(QStringLiteral("volume"), m.captured(1));
        o.insert(QStringLiteral("issue"), m.captured(2));
        o.insert(
            QStringLiteral("pages"), m.captured(3).remove(QLatin1Char(' ')).replace(QChar(0x2013), QLatin1Char('-')));
        rest.remove(m.capturedStart(), m.capturedLength());
    }
    const std::pair<const char *, const char *> parts[] = { { "volume", ",?\\s*\\bvol\\.?\\s*(\\d[\\w-]*)" },
        { "issue", ",?\\s*\\bno\\.?\\s*(\\d[\\w-]*)" }, { "pages", ",?\\s*\\bpp?\\.\\s*(\\d+(?:\\s*[-–]\\s*\\d+)?)" } };
    for (const auto &[key, pattern] : parts) {
        const RE re(QLatin1String(pattern), RE::CaseInsensitiveOption);
        if (auto m = re.match(rest); m.hasMatch()) {
            o.insert(
                QLatin1String(key), m.captured(1).remove(QLatin1Char(' ')).replace(QChar(0x2013), QLatin1Char('-')));
            rest.remove(m.capturedStart(), m.capturedLength());
        }
    }
}

// Title and container are split at the last sentence end followed by a capital.
void readTitleAndContainer(QString rest, QJsonObject &o)
{
    rest = rest.trimmed();
    while (!rest.isEmpty() && QStringLiteral(".,; ").contains(rest.back()))
        rest.chop(1);
    static const RE split(QStringLiteral("[.?!]\\.?\\s+(?=\\p{Lu})"));
    qsizetype cut = -1, cutEnd = -1;
    for (auto it = split.globalMatch(rest); it.hasNext();) {
        const auto m = it.next();
        cut = m.capturedStart();
        cutEnd = m.capturedEnd();
    }
    QString title = cut < 0 ? rest : rest.left(cut + 1);
    if (title.endsWith(QLatin1Char('.')))
        title.chop(1);
    o.insert(QStringLiteral("title"), title.trimmed());
    if (cut >= 0) {
        QString container = rest.mid(cutEnd).trimmed();
        if (container.startsWith(QLatin1String("In ")))
            container = container.mid(3);
        o.insert(QStringLiteral("container"), container);
    }
    o.insert(QStringLiteral("csl_type"), cut >= 0 ? QStringLiteral("article-journal") : QStringLiteral("manuscript"));
}

// APA-like: "Authors. (Year). Title. Container, vol, no, pp."
void readApaEntry(const QString &text, QJsonObject &o, QStringList *problems)
{
    QString rest = readApaAuthorsAndYear(text, o, problems);
    takeVolumeIssuePages(rest, o);
    readTitleAndContainer(rest, o);
}

} // namespace

QJsonObject parseReferenceEntry(const QString &input, QStringList *problems)
{
    QJsonObject o;
    const QString text = takeDoiAndUrl(input, o);
    static const RE gbtMark(QStringLiteral("\\[(J|M|C|D|R|N|P|S|Z|A|G|EB/OL|J/OL|M/OL|C/OL|DB/OL)\\]"));
    if (auto g = gbtMark.match(text); g.hasMatch())
        readGbtEntry(text, g, o, problems);
    else
        readApaEntry(text, o, problems);
    if (o.value(QStringLiteral("title")).toString().isEmpty())
        problems->append(QStringLiteral("no title"));
    if (o.value(QStringLiteral("authors")).toArray().isEmpty())
        problems->append(QStringLiteral("no authors"));
    if (!o.contains(QStringLiteral("year")))
        problems->append(QStringLiteral("no year"));
    return o;
}

namespace {

// Reads a paper line by line, one method per phase; the phase decides what a line can be.
class PaperReader {
public:
    explicit PaperReader(const QString &fileName) { m_p.file = fileName; }
    ParsedPaper read(const QString &input);

private:
    enum class Phase { Title, Header, Abstract, Body, References };

    static QStringList normalizedLines(const QString &input);
    void readLine(int lineNo, const QString &raw);
    bool readDoiLine(const QString &text);
    bool readAbstractOrKeywords(const QString &text);
    bool readHeading(const QString &text, bool markdownHeading, int lineNo);
    void addSection(const QString &text, int lineNo);
    void readFrontMatter(const QString &text);
    void readBodyLine(const QString &text, int lineNo);
    bool readCaption(const QString &text, int lineNo);
    void readReferenceLine(const QString &text, int lineNo);
    void flushParagraph();
    void checkComplete() const;
    void readReferenceList();
    void findCitationMarkers();

    ParsedPaper m_p;
    Phase m_phase = Phase::Title;
    QString m_section;
    QHash<QString, int> m_paragraphCount;
    QString m_pending; // paragraph being read
    int m_pendingLine = 0;
    bool m_pageBreak = false; // a DOI or page-number line since the last paragraph
    bool m_sectionChanged = false; // a heading since the last paragraph
    QStringList m_affiliations;
    QString m_topNumber;
    QSet<int> m_referenceNumbers;
};

ParsedPaper PaperReader::read(const QString &input)
{
    const QStringList lines = normalizedLines(input);
    for (int i = 0; i < lines.size(); ++i)
        readLine(i + 1, lines[i].trimmed());
    if (m_phase == Phase::Body)
        flushParagraph();
    m_p.affiliation = m_affiliations.join(QStringLiteral("; "));
    checkComplete();
    m_p.language = isCjkText(m_p.title + m_p.abstract) ? QStringLiteral("zh") : QStringLiteral("en");
    readReferenceList();
    findCitationMarkers();
    return m_p;
}

QStringList PaperReader::normalizedLines(const QString &input)
{
    QStringList lines = (input.startsWith(QChar(0xFEFF)) ? input.mid(1) : input).split(QLatin1Char('\n'));
    for (QString &l : lines) {
        l.remove(QLatin1Char('\r'));
        l.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
        l.replace(QChar(0x00A0), QLatin1Char(' '));
        l.replace(QChar(0x3000), QLatin1Char(' '));
    }
    return lines;
}

void PaperReader::readLine(int lineNo, const QString &raw)
{
    static const RE heading(QStringLiteral("^(#{1,6})\\s+(.*)$"));
    const auto hm = heading.match(raw);
    const QString text = stripMarkup(hm.hasMatch() ? hm.captured(2) : raw);
    if (text.isEmpty()) {
        if (m_phase == Phase::Body)
            flushParagraph();
        else if (m_phase == Phase::Abstract)
            m_phase = Phase::Header;
        return;
    }
    if (m_phase == Phase::Title) {
        m_p.title = text;
        m_phase = Phase::Header;
        return;
    }
    if (readDoiLine(text))
        return;
    if (m_phase != Phase::References && m_phase != Phase::Body && readAbstractOrKeywords(text))
        return;
    if (readHeading(text, hm.hasMatch(), lineNo))
        return;
    switch (m_phase) {
    case Phase::Title:
    case Phase::Abstract:
        break;
    case Phase::Header:
        readFrontMatter(text);
        break;
    case Phase::Body:
        readBodyLine(text, lineNo);
        break;
    case Phase::References:
        readReferenceLine(text, lineNo);
        break;
    }
}

// "DOI: 10.…" anywhere: the paper's DOI, and in the body a page break (running headers repeat it).
bool PaperReader::readDoiLine(const QString &text)
{
    static const RE doiLine(QStringLiteral("^doi\\s*[:：]\\s*(10\\.\\S+)$"), RE::CaseInsensitiveOption);
    const auto m = doiLine.match(text);
    if (!m.hasMatch())
        return false;
    if (m_p.doi.isEmpty())
        m_p.doi = m.captured(1);
    if (m_phase == Phase::Body) {
        flushParagraph();
        m_pageBreak = true;
    }
    return true;
}

bool PaperReader::readAbstractOrKeywords(const QString &text)
{
    static const RE keywordsRe(
        QStringLiteral("^(key\\s*words?|关键词|关键字)\\s*[:：]\\s*(.*)$"), RE::CaseInsensitiveOption);
    static const RE abstractRe(QStringLiteral("^(abstract|摘\\s*要)\\s*[:：]?\\s*(.*)$"), RE::CaseInsensitiveOption);
    if (auto m = keywordsRe.match(text); m.hasMatch()) {
        for (const QString &k : m.captured(2).split(RE(QStringLiteral("[,;，；、]")), Qt::SkipEmptyParts))
            if (!k.trimmed().isEmpty())
                m_p.keywords.append(k.trimmed());
        m_phase = Phase::Header;
        return true;
    }
    if (auto m = abstractRe.match(text); m.hasMatch()) {
        m_p.abstract = m.captured(2).trimmed();
        m_phase = Phase::Abstract;
        return true;
    }
    if (m_phase == Phase::Abstract) {
        m_p.abstract = joinText(m_p.abstract, text);
        return true;
    }
    return false;
}

// A section heading ("#" or a bare numbered line) or the reference list's heading; true when TEXT was one.
bool PaperReader::readHeading(const QString &text, bool markdownHeading, int lineNo)
{
    QString number, title;
    int level = 1;
    const bool numbered = splitNumbered(text, number, title, level);
    const bool bareHeading = !markdownHeading && numbered && text.size() < 80 && !endsSentence(text)
        && (title.front().isUpper() || scripts::isHan(scripts::firstCodePoint(title))) && m_phase != Phase::References;
    const bool headerDone = !m_p.keywords.isEmpty() || !m_p.abstract.isEmpty() || isCommonSection(text);
    const bool isHeading
        = (markdownHeading && (m_phase != Phase::Header || headerDone)) || bareHeading || (markdownHeading && numbered);
    if (!isHeading && !(isReferencesHeading(text) && m_phase != Phase::References))
        return false;
    if (m_phase == Phase::Body)
        flushParagraph();
    if (isReferencesHeading(text)) {
        m_phase = Phase::References;
        return true;
    }
    addSection(text, lineNo);
    return true;
}

void PaperReader::addSection(const QString &text, int lineNo)
{
    QString number, title;
    int level = 1;
    m_phase = Phase::Body;
    m_sectionChanged = true;
    if (!splitNumbered(text, number, title, level)) {
        m_p.sections.append({ QString(), text, 1, lineNo });
        m_section = text;
        m_p.issues.append(
            { lineNo, QStringLiteral("heading \"%1\" has no number; kept as a top-level section").arg(text) });
        return;
    }
    if (number.startsWith(QLatin1Char('('))) // （一） under 二、 is 2.1
        number = (m_topNumber.isEmpty() ? QStringLiteral("0") : m_topNumber) + QLatin1Char('.')
            + number.mid(1, number.size() - 2);
    if (level == 1)
        m_topNumber = number.section(QLatin1Char('.'), 0, 0);
    m_p.sections.append({ number, title, level, lineNo });
    m_section = number;
}

// Between the title and the first section: author lines, affiliations and e-mail addresses.
void PaperReader::readFrontMatter(const QString &text)
{
    static const RE emailRe(QStringLiteral("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"));
    QStringList found;
    for (auto it = emailRe.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    static const RE affiliationWords(
        QStringLiteral("universit|college|institut|school|academy|department|center|centre|"
                       "laborator|大学|学院|研究|中心|\\d{5,6}"),
        RE::CaseInsensitiveOption);
    if (!found.isEmpty() || affiliationWords.match(text).hasMatch()) {
        m_p.emails += found;
        QString aff = text;
        aff.remove(emailRe);
        aff.remove(RE(QStringLiteral("(e-?mail|邮箱|电子邮件)\\s*[:：]?"), RE::CaseInsensitiveOption));
        aff = aff.simplified();
        while (!aff.isEmpty() && QStringLiteral(",;，；:： ").contains(aff.back()))
            aff.chop(1);
        if (!aff.isEmpty())
            m_affiliations.append(aff);
        return;
    }
    static const RE sep(QStringLiteral("\\s*(?:[,，、;；]|\\band\\b)\\s*"));
    for (QString a : text.split(sep, Qt::SkipEmptyParts)) {
        a.remove(RE(QStringLiteral("[\\d*†‡¹²³⁴⁵⁶⁷⁸⁹]+$")));
        if (!a.trimmed().isEmpty())
            m_p.authors.append(a.trimmed());
    }
}

void PaperReader::readBodyLine(const QString &text, int lineNo)
{
    if (readCaption(text, lineNo))
        return;
    if (m_pending.isEmpty())
        m_pendingLine = lineNo;
    m_pending = joinText(m_pending, text);
}

// "Figure 1 …", "表 2 …": the caption survives the conversion, the figure usually does not.
bool PaperReader::readCaption(const QString &text, int lineNo)
{
    static const RE figureRe(QStringLiteral("^((?:Figure|Fig\\.?|Table|图|表)\\s*\\d+(?:[.-]\\d+)?)[.:：]?\\s*(.*)$"));
    const auto m = figureRe.match(text);
    if (!m.hasMatch() || text.size() >= 200)
        return false;
    flushParagraph();
    m_p.figures.append({ m.captured(1), m.captured(2).trimmed(), m_section, lineNo });
    return true;
}

void PaperReader::readReferenceLine(const QString &text, int lineNo)
{
    static const RE entryRe(QStringLiteral("^(?:[-*]\\s*)?\\[(\\d{1,3})\\]\\s*(.*)$"));
    static const RE numberedEntryRe(QStringLiteral("^(\\d{1,3})[.)]\\s+(.*)$"));
    auto m = entryRe.match(text);
    if (!m.hasMatch())
        m = numberedEntryRe.match(text);
    if (m.hasMatch()) {
        PaperReference r;
        r.number = m.captured(1).toInt();
        r.raw = m.captured(2).trimmed();
        r.line = lineNo;
        m_p.references.append(r);
    } else if (!m_p.references.isEmpty()) {
        m_p.references.last().raw = joinText(m_p.references.last().raw, text);
    } else {
        m_p.issues.append({ lineNo,
            QStringLiteral("text in the reference list before the first [n] entry: \"%1\"").arg(text.left(60)) });
    }
}

// Ends the paragraph being read; a piece that continues the last one across a page break joins it.
void PaperReader::flushParagraph()
{
    const QString text = m_pending.simplified();
    m_pending.clear();
    if (text.isEmpty())
        return;
    if (!m_p.paragraphs.isEmpty() && !m_sectionChanged && m_p.paragraphs.last().section == m_section
        && !endsSentence(m_p.paragraphs.last().text) && (m_pageBreak || text.front().isLower())) {
        PaperParagraph &last = m_p.paragraphs.last();
        last.text = joinText(last.text, text);
        last.rejoined = true;
    } else {
        PaperParagraph para;
        para.section = m_section;
        para.index = ++m_paragraphCount[m_section];
        para.text = text;
        para.line = m_pendingLine;
        m_p.paragraphs.append(para);
    }
    m_pageBreak = false;
    m_sectionChanged = false;
}

void PaperReader::checkComplete() const
{
    if (m_p.title.isEmpty())
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1: expected a title on the first line, found an empty file.").arg(m_p.file));
    if (m_p.paragraphs.isEmpty() && m_p.references.isEmpty())
        throw Error(ErrorCode::InvalidData,
            QStringLiteral("%1: expected numbered section headings and paragraphs after the title, found none.")
                .arg(m_p.file));
}

// Parses each entry into fields and marks repeated numbers and entries (same title, authors and year).
void PaperReader::readReferenceList()
{
    QHash<QString, int> seen;
    for (PaperReference &r : m_p.references) {
        if (m_referenceNumbers.contains(r.number))
            m_p.issues.append(
                { r.line, QStringLiteral("reference number [%1] appears twice in the list").arg(r.number) });
        m_referenceNumbers.insert(r.number);
        r.fields = parseReferenceEntry(r.raw, &r.problems);
        for (const QString &problem : r.problems)
            m_p.issues.append({ r.line, QStringLiteral("reference [%1]: %2").arg(r.number).arg(problem) });
        QStringList families;
        for (const QJsonValue &a : r.fields.value(QStringLiteral("authors")).toArray())
            families.append(a.toObject().value(QStringLiteral("family")).toString().toLower());
        QString normTitle;
        for (const QChar c : r.fields.value(QStringLiteral("title")).toString().toLower())
            if (c.isLetterOrNumber())
                normTitle += c;
        const QString key = normTitle + QLatin1Char('|') + families.join(QLatin1Char(',')) + QLatin1Char('|')
            + QString::number(r.fields.value(QStringLiteral("year")).toInteger());
        if (!normTitle.isEmpty() && seen.contains(key))
            r.duplicateOf = seen.value(key);
        else
            seen.insert(key, r.number);
    }
}

void PaperReader::findCitationMarkers()
{
    for (PaperParagraph &para : m_p.paragraphs) {
        para.markers = findMarkers(para.text);
        for (const PaperMarker &m : para.markers)
            if (!m_referenceNumbers.contains(m.number))
                m_p.issues.append({ para.line,
                    QStringLiteral("citation marker [%1] in %2 has no entry in the reference list")
                        .arg(m.number)
                        .arg(para.locator()) });
    }
}

} // namespace

ParsedPaper parsePaper(const QString &input, const QString &fileName)
{
    return PaperReader(fileName).read(input);
}

} // namespace plenum::core

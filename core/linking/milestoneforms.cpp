#include "linking/milestoneforms.h"

#include "linking/milestonenames.h"
#include "text/scripts.h"
#include "text/textmatcher.h"

#include <QSet>

namespace plenum::core::milestoneforms {

namespace {

QStringList ordinals(int n)
{
    return { englishOrdinal(n).toLower(), englishOrdinalWordLower(n) };
}

// Names of the Central Committee; the first eight also take a possessive ("…'s third plenum").
const char *const kCommittees[] = {
    "central committee",
    "cc",
    "cpc central committee",
    "ccp central committee",
    "party central committee",
    "cpc cc",
    "ccp cc",
    "communist party of china central committee",
    "chinese communist party central committee",
    "central committee of the cpc",
    "central committee of the ccp",
    "central committee of the communist party of china",
    "central committee of the chinese communist party",
};
constexpr int kPossessiveCommittees = 9;

const char *const kHeads[] = { "plenary session", "plenum", "plenary meeting", "meeting", "session" };

const char *const kCongressCores[] = {
    "national congress",
    "party congress",
    "congress",
    "cpc national congress",
    "ccp national congress",
    "cpc congress",
    "ccp congress",
    "national party congress",
    "communist party congress",
    "chinese communist party congress",
};
const char *const kCongressOwners[]
    = { "cpc's", "ccp's", "party's", "communist party of china's", "chinese communist party's", "china's" };
const char *const kPartyNames[]
    = { "the cpc", "the ccp", "the communist party of china", "the chinese communist party" };

bool isChineseNumeral(QChar c)
{
    static const QString numerals = QStringLiteral("〇零一二两三四五六七八九十百");
    return numerals.contains(c) || c.isDigit();
}

// Organisations whose congresses and sessions look like the Party's when written in Chinese.
const char16_t *const kForeignZh[] = {
    u"苏共",
    u"越共",
    u"日共",
    u"劳动党",
    u"革命党",
    u"国民党",
    u"国民",
    u"民进党",
    u"民进",
    u"共青团",
    u"团",
    u"工会",
    u"妇联",
    u"科协",
    u"侨联",
    u"文联",
    u"作协",
    u"人大",
    u"政协",
    u"民盟",
    u"民革",
    u"民建",
    u"致公党",
    u"九三学社",
    u"台盟",
    u"农工党",
    u"学联",
    u"青联",
};

// Words that, among the few before an English match, show another body is meant.
const QSet<QString> &foreignEn()
{
    static const QSet<QString> words = {
        QStringLiteral("soviet"),
        QStringLiteral("cpsu"),
        QStringLiteral("vietnam"),
        QStringLiteral("vietnamese"),
        QStringLiteral("kuomintang"),
        QStringLiteral("kmt"),
        QStringLiteral("korean"),
        QStringLiteral("korea"),
        QStringLiteral("lao"),
        QStringLiteral("laos"),
        QStringLiteral("cuban"),
        QStringLiteral("cuba"),
        QStringLiteral("japanese"),
        QStringLiteral("jcp"),
        QStringLiteral("dpp"),
        QStringLiteral("komsomol"),
        QStringLiteral("npc"),
        QStringLiteral("cppcc"),
        QStringLiteral("league"),
        QStringLiteral("union"),
        QStringLiteral("federation"),
        QStringLiteral("labour"),
        QStringLiteral("labor"),
        QStringLiteral("republican"),
        QStringLiteral("democratic"),
        QStringLiteral("people's"),
        QStringLiteral("ccdi"),
        QStringLiteral("commission"),
    };
    return words;
}

// What may follow 十八大 in a congress mention is open-ended; what makes it a count is not.
const char16_t kCountingZh[] = u"类种项门块洲城行板件步方支批片区股家姓系户牌名关";

bool isSentenceStop(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?')
        || c == QLatin1Char('\n') || c == QChar(0x3002) || c == QChar(0xFF1B) || c == QChar(0xFF01)
        || c == QChar(0xFF1F);
}

bool latinAt(QStringView text, int i)
{
    return i >= 0 && i < text.size() && TextMatcher::isWordChar(text.at(i).unicode());
}

// Up to N lower-case words before position AT16 in the same sentence, nearest first.
QStringList wordsBefore(QStringView text, int at16, int n)
{
    QStringList words;
    int i = at16 - 1;
    while (words.size() < n && i >= 0) {
        while (i >= 0 && !latinAt(text, i) && text.at(i) != QLatin1Char('\'') && text.at(i) != QChar(0x2019)) {
            // A clause ends the look-back: "Unlike the 13th NPC, the 19th Congress …".
            if (isSentenceStop(text.at(i)) || text.at(i) == QLatin1Char(',') || text.at(i) == QLatin1Char('(')
                || scripts::isCjk(text.at(i).unicode()))
                return words;
            --i;
        }
        const int end = i + 1;
        while (i >= 0 && (latinAt(text, i) || text.at(i) == QLatin1Char('\'') || text.at(i) == QChar(0x2019)))
            --i;
        QString w = text.mid(i + 1, end - i - 1).toString().toLower();
        w.replace(QChar(0x2019), QLatin1Char('\''));
        if (w.endsWith(QLatin1String("'s")) && w != QLatin1String("people's"))
            w.chop(2);
        if (!w.isEmpty())
            words.append(w);
    }
    return words;
}

// The text from AT16 on with white space skipped, lower case, at most N characters.
QString after(QStringView text, int at16, int n)
{
    QString out;
    for (int i = at16; i < text.size() && out.size() < n; ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
                out += QLatin1Char(' ');
            continue;
        }
        out += c.toLower();
    }
    return out;
}

// 二〇一三年 / 二零一三年 at I: four Chinese digits followed by 年, not part of a longer number.
std::optional<int> chineseYearAt(QStringView text, int i)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (i + 4 >= text.size() || text.at(i + 4) != QChar(u'年') || (i > 0 && isChineseNumeral(text.at(i - 1))))
        return std::nullopt;
    int year = 0;
    for (int k = 0; k < 4; ++k) {
        const QChar c = text.at(i + k) == QChar(u'零') ? QChar(u'〇') : text.at(i + k);
        const auto d = digits.indexOf(c);
        if (d < 0)
            return std::nullopt;
        year = year * 10 + static_cast<int>(d);
    }
    return (year >= 1921 && year <= 2099) ? std::optional<int>(year) : std::nullopt;
}

} // namespace

QStringList forms(MilestoneKind kind, int term, int session)
{
    QStringList out;
    const QString tz = chineseNumeral(term);
    if (kind == MilestoneKind::CcPlenum) {
        const QString sz = chineseNumeral(session);
        const QStringList zhCores = {
            QStringLiteral("%1届%2中全会").arg(tz, sz),
            QStringLiteral("%1届中央%2中全会").arg(tz, sz),
            QStringLiteral("%1届中央委员会第%2次全体会议").arg(tz, sz),
            QStringLiteral("第%1届中央委员会第%2次全体会议").arg(tz, sz),
            QStringLiteral("%1届中央第%2次全体会议").arg(tz, sz),
        };
        for (const QString &core : zhCores)
            for (const char16_t *prefix : { u"", u"党的", u"中共", u"中国共产党" })
                out.append(QString::fromUtf16(prefix) + core);
        for (const QString &t : ordinals(term)) {
            for (const QString &s : ordinals(session)) {
                for (const char *head : kHeads) {
                    for (const char *committee : kCommittees)
                        out.append(QStringLiteral("%1 %2 of the %3 %4")
                                       .arg(s, QLatin1String(head), t, QLatin1String(committee)));
                    for (int i = 0; i < kPossessiveCommittees; ++i) {
                        out.append(QStringLiteral("%1 %2's %3 %4")
                                       .arg(t, QLatin1String(kCommittees[i]), s, QLatin1String(head)));
                        out.append(QStringLiteral("%1 %2 %3 %4")
                                       .arg(t, QLatin1String(kCommittees[i]), s, QLatin1String(head)));
                    }
                }
                for (const char *head : { "plenum", "plenary session" }) {
                    out.append(QStringLiteral("%1 %2 %3").arg(t, s, QLatin1String(head)));
                    for (const char *congress :
                        { "party congress", "congress", "national congress", "cpc congress", "ccp congress" })
                        out.append(QStringLiteral("%1 %2 of the %3 %4")
                                       .arg(s, QLatin1String(head), t, QLatin1String(congress)));
                }
            }
        }
    } else if (kind == MilestoneKind::NationalCongress) {
        for (const char16_t *prefix : { u"", u"党的", u"中共", u"中国共产党" }) {
            out.append(QString::fromUtf16(prefix) + tz + QChar(u'大'));
            out.append(QString::fromUtf16(prefix) + QStringLiteral("第%1次全国代表大会").arg(tz));
        }
        for (const QString &t : ordinals(term)) {
            for (const char *core : kCongressCores) {
                out.append(t + QLatin1Char(' ') + QLatin1String(core));
                for (const char *owner : kCongressOwners)
                    out.append(QStringLiteral("%1 %2 %3").arg(QLatin1String(owner), t, QLatin1String(core)));
            }
            for (const char *party : kPartyNames)
                for (const char *core : { "national congress", "congress", "party congress" })
                    out.append(QStringLiteral("%1 %2 of %3").arg(t, QLatin1String(core), QLatin1String(party)));
        }
    }
    return out;
}

QStringList plenumListTails(int term)
{
    QStringList out;
    for (const QString &t : ordinals(term))
        for (const char *head : { "plenums", "plenary sessions", "plenary meetings" })
            for (const char *committee : kCommittees)
                out.append(QStringLiteral("%1 of the %2 %3").arg(QLatin1String(head), t, QLatin1String(committee)));
    return out;
}

QStringList congressListTails(int term)
{
    QStringList out;
    for (const QString &t : ordinals(term)) {
        for (const char *core : { "national congresses", "party congresses", "congresses", "cpc national congresses",
                 "ccp national congresses", "cpc congresses", "ccp congresses" }) {
            out.append(t + QLatin1Char(' ') + QLatin1String(core));
            for (const char *party : kPartyNames)
                out.append(QStringLiteral("%1 %2 of %3").arg(t, QLatin1String(core), QLatin1String(party)));
        }
    }
    return out;
}

QStringList termSeriesForms(int term)
{
    const QString tz = chineseNumeral(term);
    QStringList out;
    for (const char16_t *prefix : { u"", u"党的", u"中共" })
        for (const char16_t *core : { u"届历次全会", u"届历次中央全会", u"届中央历次全会", u"届历届全会" })
            out.append(QString::fromUtf16(prefix) + tz + QString::fromUtf16(core));
    for (const QString &t : ordinals(term))
        for (const char *all : { "all plenums", "all the plenums", "all plenary sessions", "all the plenary sessions" })
            for (const char *committee : kCommittees)
                out.append(QStringLiteral("%1 of the %2 %3").arg(QLatin1String(all), t, QLatin1String(committee)));
    return out;
}

QStringList sinceCongressSeriesForms(int term)
{
    const QString tz = chineseNumeral(term);
    QStringList out;
    for (const char16_t *prefix : { u"", u"党的", u"中共" })
        for (const char16_t *core :
            { u"大以来历次全会", u"大以来的历次全会", u"大以来历次中央全会", u"大以来的历次中央全会" })
            out.append(QString::fromUtf16(prefix) + tz + QString::fromUtf16(core));
    for (const QString &t : ordinals(term))
        for (const char *all : { "all plenums since the", "all the plenums since the", "every plenum since the" })
            for (const char *core : { "party congress", "national congress", "congress" })
                out.append(QStringLiteral("%1 %2 %3").arg(QLatin1String(all), t, QLatin1String(core)));
    return out;
}

QString enumerationHead(int term, int session)
{
    return QStringLiteral("%1届%2中").arg(chineseNumeral(term), chineseNumeral(session));
}

QString listItem(int session)
{
    return chineseNumeral(session) + QChar(u'中');
}

QStringList bareForms(int session)
{
    QStringList out { QStringLiteral("%1中全会").arg(chineseNumeral(session)) };
    for (const QString &s : ordinals(session))
        for (const char *head : { "plenum", "plenary session" })
            out.append(s + QLatin1Char(' ') + QLatin1String(head));
    return out;
}

bool contextAllows(QStringView text, int start16, int end16)
{
    const QChar first = text.at(start16);
    const QChar last = text.at(end16 - 1);
    if (scripts::isCjk(first.unicode())) {
        if (start16 > 0
            && (isChineseNumeral(text.at(start16 - 1))
                || (isChineseNumeral(first) && text.at(start16 - 1) == QChar(u'第'))))
            return false;
        QString before = text.mid(std::max(0, start16 - 6), std::min(start16, 6)).toString();
        before.remove(QLatin1Char(' '));
        for (const char16_t *org : kForeignZh)
            if (before.endsWith(QString::fromUtf16(org)))
                return false;
        // 十八大 counting things (十八大类) or part of a longer number.
        if (last == QChar(u'大') && end16 < text.size()) {
            const QChar next = text.at(end16);
            if (QStringView(kCountingZh).contains(next) || isChineseNumeral(next))
                return false;
        }
        return true;
    }
    for (const QString &w : wordsBefore(text, start16, 4))
        if (foreignEn().contains(w))
            return false;
    const QString next = after(text, end16, 24);
    if (next.startsWith(QLatin1String("for discipline")))
        return false;
    // "20th Congress of the CPSU": congress forms naming the Party in full are separate patterns.
    const QStringView matched = text.mid(start16, end16 - start16);
    if (matched.endsWith(QLatin1String("congress"), Qt::CaseInsensitive) && next.startsWith(QLatin1String("of ")))
        return false;
    return true;
}

bool ofFollows(QStringView text, int at16)
{
    return after(text, at16, 4).startsWith(QLatin1String("of "));
}

bool connectorFollows(QStringView text, int at16)
{
    const QString next = after(text, at16, 4);
    return !next.isEmpty()
        && (QStringView(u"、和及与,，").contains(next.at(0)) || next.startsWith(QLatin1String("and ")));
}

bool onlyConnectorBetween(QStringView text, int from16, int to16)
{
    if (to16 < from16 || to16 - from16 > 6)
        return false;
    const QString between = text.mid(from16, to16 - from16).toString().trimmed();
    return between.size() == 1 ? QStringView(u"、和及与,，").contains(between.at(0))
                               : between == QLatin1String("以及")
            || between.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0 || between == QLatin1String(", and");
}

bool bareIsQualified(QStringView text, int start16, int end16)
{
    if (start16 > 0) {
        const QChar prev = text.at(start16 - 1);
        if (prev == QChar(u'届') || prev == QChar(u'屆') || isChineseNumeral(prev))
            return true;
    }
    const QString next = after(text, end16, 12);
    return next.startsWith(QLatin1String("of ")) || next.startsWith(QLatin1String("of the"));
}

std::optional<int> yearInReach(QStringView text, int start16, int end16)
{
    const auto yearAt = [&](int i) -> std::optional<int> {
        if (i < 0 || i + 4 > text.size())
            return std::nullopt;
        if (const auto zh = chineseYearAt(text, i))
            return zh;
        for (int k = 0; k < 4; ++k)
            if (!text.at(i + k).isDigit() || text.at(i + k).unicode() > 0x7F)
                return std::nullopt;
        if ((i > 0 && text.at(i - 1).isDigit()) || (i + 4 < text.size() && text.at(i + 4).isDigit()))
            return std::nullopt;
        const int y = text.mid(i, 4).toInt();
        return (y >= 1921 && y <= 2099) ? std::optional<int>(y) : std::nullopt;
    };
    constexpr int kBack = 30, kForward = 24;
    std::optional<int> best;
    int bestDistance = 1 << 30;
    for (int j = start16 - 1; j >= std::max(0, start16 - kBack); --j) {
        if (isSentenceStop(text.at(j)))
            break;
        if (const auto y = yearAt(j - 3)) {
            best = y;
            bestDistance = start16 - j - 1;
            break;
        }
    }
    for (int i = end16; i < std::min<int>(text.size(), end16 + kForward); ++i) {
        if (isSentenceStop(text.at(i)))
            break;
        if (const auto y = yearAt(i)) {
            if (i - end16 < bestDistance)
                best = y;
            break;
        }
    }
    return best;
}

} // namespace plenum::core::milestoneforms

#include "export/citationstyle.h"

#include "interchange/bibformats.h"
#include "text/scripts.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace plenum::core {

namespace {

QString field(const QJsonObject &ref, const char *key)
{
    const QJsonValue v = ref.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString().trimmed();
}

QString italic(const QString &text)
{
    return text.isEmpty() ? text : QChar(kItalicOn) + text + QChar(kItalicOff);
}

bool isCjkName(const QJsonObject &n)
{
    return scripts::containsHan(n.value(QStringLiteral("family")).toString()
        + n.value(QStringLiteral("given")).toString() + n.value(QStringLiteral("literal")).toString());
}

// A work written in Chinese takes 等 and Chinese punctuation habits.
bool isCjkWork(const QJsonObject &ref)
{
    return scripts::containsHan(field(ref, "title"));
}

QStringList initials(const QString &given, bool dots)
{
    QStringList out;
    for (const QString &part : given.split(QRegularExpression(QStringLiteral("[\\s.]+")), Qt::SkipEmptyParts)) {
        QStringList hyphenated;
        for (const QString &piece : part.split(QLatin1Char('-'), Qt::SkipEmptyParts))
            hyphenated.append(piece.left(1).toUpper() + (dots ? QStringLiteral(".") : QString()));
        out.append(hyphenated.join(dots ? QStringLiteral("-") : QStringLiteral(" ")));
    }
    return out;
}

QString gbtName(const QJsonObject &n)
{
    if (n.contains(QStringLiteral("literal")))
        return n.value(QStringLiteral("literal")).toString();
    const QString family = n.value(QStringLiteral("family")).toString();
    const QString given = n.value(QStringLiteral("given")).toString();
    if (isCjkName(n))
        return family + given; // 姓名 in order, no comma or space
    const QStringList init = initials(given, false);
    return init.isEmpty() ? family.toUpper() : family.toUpper() + QLatin1Char(' ') + init.join(QLatin1Char(' '));
}

QString apaName(const QJsonObject &n)
{
    if (n.contains(QStringLiteral("literal")))
        return n.value(QStringLiteral("literal")).toString();
    const QString family = n.value(QStringLiteral("family")).toString();
    const QString given = n.value(QStringLiteral("given")).toString();
    if (isCjkName(n))
        return family + given;
    const QStringList init = initials(given, true);
    return init.isEmpty() ? family : family + QStringLiteral(", ") + init.join(QLatin1Char(' '));
}

QString shortName(const QJsonObject &n)
{
    if (n.contains(QStringLiteral("literal")))
        return n.value(QStringLiteral("literal")).toString();
    if (isCjkName(n))
        return n.value(QStringLiteral("family")).toString() + n.value(QStringLiteral("given")).toString();
    return n.value(QStringLiteral("family")).toString();
}

// Appends PIECE after TEXT, separated so that exactly one period ends the previous part.
void appendSentence(QString &text, const QString &piece)
{
    if (piece.isEmpty())
        return;
    if (!text.isEmpty()) {
        if (!QStringLiteral(".?!。？！").contains(text.back()))
            text += QLatin1Char('.');
        text += QLatin1Char(' ');
    }
    text += piece;
}

QString endWithPeriod(QString text)
{
    QString plain = text;
    plain.remove(QChar(kItalicOn)).remove(QChar(kItalicOff));
    if (!plain.isEmpty() && !QStringLiteral(".?!。？！").contains(plain.back()))
        text += QLatin1Char('.');
    return text;
}

QString gbtMark(const QString &type)
{
    if (type == QLatin1String("article-journal"))
        return QStringLiteral("J");
    if (type == QLatin1String("book") || type == QLatin1String("chapter"))
        return QStringLiteral("M");
    if (type == QLatin1String("paper-conference"))
        return QStringLiteral("C");
    if (type == QLatin1String("thesis"))
        return QStringLiteral("D");
    if (type == QLatin1String("report"))
        return QStringLiteral("R");
    if (type == QLatin1String("webpage"))
        return QStringLiteral("EB/OL");
    return QStringLiteral("Z");
}

QString gbtEntry(const QJsonObject &ref)
{
    const QString type = field(ref, "csl_type");
    const QJsonArray authors = ref.value(QStringLiteral("authors")).toArray();
    QStringList names;
    for (qsizetype i = 0; i < authors.size() && i < 3; ++i)
        names.append(gbtName(authors[i].toObject()));
    if (authors.size() > 3)
        names.append(isCjkWork(ref) ? QStringLiteral("等") : QStringLiteral("et al"));
    QString out = names.join(QStringLiteral(", "));
    const QString year = field(ref, "year");
    const QString pages = field(ref, "pages");
    const QString place = ref.value(QStringLiteral("extra")).toObject().value(QStringLiteral("address")).toString();
    appendSentence(out, field(ref, "title") + QStringLiteral("[%1]").arg(gbtMark(type)));
    QString pub = place.isEmpty() ? field(ref, "publisher") : place + QStringLiteral(": ") + field(ref, "publisher");
    if (pub.endsWith(QStringLiteral(": ")))
        pub.chop(2);
    auto joinComma = [](const QStringList &parts) {
        QStringList kept;
        for (const QString &p : parts)
            if (!p.isEmpty())
                kept.append(p);
        return kept.join(QStringLiteral(", "));
    };
    if (type == QLatin1String("article-journal")) {
        QString volume = field(ref, "volume");
        if (!field(ref, "issue").isEmpty())
            volume += QStringLiteral("(%1)").arg(field(ref, "issue"));
        QString where = joinComma({ field(ref, "container"), year, volume });
        if (!pages.isEmpty())
            where += QStringLiteral(": ") + pages;
        appendSentence(out, where);
    } else if (type == QLatin1String("chapter") || type == QLatin1String("paper-conference")) {
        if (!field(ref, "container").isEmpty())
            out += QStringLiteral("//") + field(ref, "container");
        QString where = joinComma({ pub, year });
        if (!pages.isEmpty())
            where += QStringLiteral(": ") + pages;
        appendSentence(out, where);
    } else if (type == QLatin1String("webpage")) {
        if (!year.isEmpty())
            appendSentence(out, QStringLiteral("(%1)").arg(year));
        appendSentence(out, field(ref, "url"));
    } else {
        QString where = joinComma({ pub, year });
        if (!pages.isEmpty() && !where.isEmpty())
            where += QStringLiteral(": ") + pages;
        appendSentence(out, where);
    }
    if (!field(ref, "doi").isEmpty())
        appendSentence(out, QStringLiteral("DOI: ") + field(ref, "doi"));
    return endWithPeriod(out);
}

QString apaAuthors(const QJsonObject &ref)
{
    const QJsonArray authors = ref.value(QStringLiteral("authors")).toArray();
    QStringList names;
    for (const QJsonValue &a : authors)
        names.append(apaName(a.toObject()));
    if (names.size() > 20)
        names = names.mid(0, 19) + QStringList { QStringLiteral("…"), names.last() };
    if (names.size() <= 1)
        return names.join(QString());
    if (isCjkWork(ref))
        return names.join(QStringLiteral(", "));
    if (names.size() > 20 || names.contains(QStringLiteral("…"))) {
        const QString last = names.takeLast();
        return names.join(QStringLiteral(", ")) + QLatin1Char(' ') + last;
    }
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(", & ") + last;
}

QString apaEntry(const QJsonObject &ref, const QString &yearLabel)
{
    const QString type = field(ref, "csl_type");
    const QString year = yearLabel.isEmpty()
        ? (field(ref, "year").isEmpty() ? QStringLiteral("n.d.") : field(ref, "year"))
        : yearLabel;
    const QString pages = field(ref, "pages").replace(QLatin1Char('-'), QChar(0x2013));
    const bool standalone = type != QLatin1String("article-journal") && type != QLatin1String("chapter")
        && type != QLatin1String("paper-conference");
    QString title = standalone ? italic(field(ref, "title")) : field(ref, "title");
    if (type == QLatin1String("thesis"))
        title
            += QStringLiteral(" [Doctoral dissertation%1]")
                   .arg(field(ref, "publisher").isEmpty() ? QString() : QStringLiteral(", ") + field(ref, "publisher"));
    else if (type == QLatin1String("manuscript"))
        title += QStringLiteral(" [Unpublished manuscript]");
    QString out = apaAuthors(ref);
    if (out.isEmpty()) {
        out = title;
        appendSentence(out, QStringLiteral("(%1)").arg(year));
    } else {
        appendSentence(out, QStringLiteral("(%1)").arg(year));
        appendSentence(out, title);
    }
    if (type == QLatin1String("article-journal")) {
        QString where = italic(field(ref, "container"));
        if (!field(ref, "volume").isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + italic(field(ref, "volume"));
        if (!field(ref, "issue").isEmpty())
            where += QStringLiteral("(%1)").arg(field(ref, "issue"));
        if (!pages.isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + pages;
        appendSentence(out, where);
    } else if (type == QLatin1String("chapter") || type == QLatin1String("paper-conference")) {
        QString in = QStringLiteral("In ") + italic(field(ref, "container"));
        if (!pages.isEmpty())
            in += QStringLiteral(" (pp. %1)").arg(pages);
        if (!field(ref, "container").isEmpty())
            appendSentence(out, in);
        appendSentence(out, field(ref, "publisher"));
    } else if (type != QLatin1String("thesis")) {
        appendSentence(out, field(ref, "publisher"));
    }
    out = endWithPeriod(out);
    const QString doi = field(ref, "doi");
    if (!doi.isEmpty())
        out += QStringLiteral(" https://doi.org/") + doi;
    else if (!field(ref, "url").isEmpty())
        out += QLatin1Char(' ') + field(ref, "url");
    return out;
}

QString numberList(QList<int> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    QStringList parts;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        if (j - i >= 2)
            parts.append(QStringLiteral("%1-%2").arg(numbers[i]).arg(numbers[j]));
        else
            for (qsizetype k = i; k <= j; ++k)
                parts.append(QString::number(numbers[k]));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

} // namespace

std::optional<CitationStyle> citationStyleFromName(const QString &name)
{
    const QString n = name.toLower().remove(QLatin1Char('-')).remove(QLatin1Char('/')).remove(QLatin1Char(' '));
    if (n == QLatin1String("gbt7714") || n == QLatin1String("gbt77142015") || n == QLatin1String("gb"))
        return CitationStyle::GbT7714;
    if (n == QLatin1String("apa") || n == QLatin1String("apa7"))
        return CitationStyle::Apa;
    return std::nullopt;
}

QString bibliographyEntry(CitationStyle style, const QJsonObject &ref, const QString &yearLabel)
{
    return style == CitationStyle::GbT7714 ? gbtEntry(ref) : apaEntry(ref, yearLabel);
}

QString inTextCitation(CitationStyle style, const QList<CitedWork> &works)
{
    if (style == CitationStyle::GbT7714) {
        QList<int> numbers;
        for (const CitedWork &w : works)
            numbers.append(w.number);
        QString out = QStringLiteral("[%1]").arg(numberList(numbers));
        if (works.size() == 1 && !works.first().locator.isEmpty()) {
            static const QRegularExpression pagePrefix(QStringLiteral("^(pp?\\.|第)\\s*"));
            out += QString(works.first().locator).remove(pagePrefix).remove(QStringLiteral("页"));
        }
        return out;
    }
    QStringList parts;
    for (const CitedWork &w : works) {
        const QJsonObject &ref = *w.ref;
        const QJsonArray authors = ref.value(QStringLiteral("authors")).toArray();
        const bool cjk = isCjkWork(ref);
        QString who;
        if (authors.isEmpty())
            who = QStringLiteral("\u201C%1\u201D").arg(field(ref, "title").section(QLatin1Char(' '), 0, 3));
        else if (authors.size() == 1)
            who = shortName(authors[0].toObject());
        else if (authors.size() == 2)
            who = shortName(authors[0].toObject()) + (cjk ? QStringLiteral("、") : QStringLiteral(" & "))
                + shortName(authors[1].toObject());
        else
            who = shortName(authors[0].toObject()) + (cjk ? QStringLiteral(" 等") : QStringLiteral(" et al."));
        QString part = who + QStringLiteral(", ")
            + (w.yearLabel.isEmpty() ? (field(ref, "year").isEmpty() ? QStringLiteral("n.d.") : field(ref, "year"))
                                     : w.yearLabel);
        if (!w.locator.isEmpty())
            part += QStringLiteral(", ") + w.locator;
        parts.append(part);
    }
    return QStringLiteral("(%1)").arg(parts.join(QStringLiteral("; ")));
}

QString apaSortKey(const QJsonObject &ref)
{
    const QJsonArray authors = ref.value(QStringLiteral("authors")).toArray();
    const QString who = authors.isEmpty() ? field(ref, "title") : apaName(authors.first().toObject());
    return who.toLower() + QLatin1Char('\x1f') + field(ref, "year") + QLatin1Char('\x1f')
        + field(ref, "title").toLower();
}

QString htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString markdownText(const QString &formatted)
{
    QString out;
    for (const QChar c : formatted) {
        if (c == QChar(kItalicOn) || c == QChar(kItalicOff))
            out += QLatin1Char('*');
        else if (QStringLiteral("*_`\\<").contains(c))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out;
}

QString htmlText(const QString &formatted)
{
    return htmlEscape(formatted)
        .replace(QChar(kItalicOn), QStringLiteral("<i>"))
        .replace(QChar(kItalicOff), QStringLiteral("</i>"));
}

} // namespace plenum::core

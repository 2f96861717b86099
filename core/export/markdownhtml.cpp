#include "export/markdownhtml.h"

#include "export/citationstyle.h"

#include <QRegularExpression>
#include <QStringList>

#include <cctype>

namespace plenum::core {

namespace {

bool safeUrl(const QString &url)
{
    static const QRegularExpression scheme(
        QStringLiteral("^(https?://|mailto:)[^\\s\"'<>]+$"), QRegularExpression::CaseInsensitiveOption);
    return scheme.match(url).hasMatch();
}

// Inline markup: \-escapes, `code`, **strong**, *em*, [text](url). Everything else is escaped.
QString inlineHtml(const QString &s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == QLatin1Char('\\') && i + 1 < s.size() && s[i + 1].unicode() < 128
            && std::ispunct(s[i + 1].unicode())) {
            out += htmlEscape(QString(s[++i]));
        } else if (c == QLatin1Char('`')) {
            const qsizetype close = s.indexOf(QLatin1Char('`'), i + 1);
            if (close < 0) {
                out += c;
                continue;
            }
            out += QStringLiteral("<code>") + htmlEscape(s.mid(i + 1, close - i - 1)) + QStringLiteral("</code>");
            i = close;
        } else if (c == QLatin1Char('*') || c == QLatin1Char('_')) {
            const bool strong = i + 1 < s.size() && s[i + 1] == c;
            const QString mark = strong ? QString(2, c) : QString(c);
            const qsizetype close = s.indexOf(mark, i + mark.size());
            if (close < 0 || close == i + mark.size()
                || (c == QLatin1Char('_') && i > 0 && s[i - 1].isLetterOrNumber())) {
                out += htmlEscape(QString(c));
                continue;
            }
            const QString tag = strong ? QStringLiteral("strong") : QStringLiteral("em");
            out += QStringLiteral("<%1>%2</%1>").arg(tag, inlineHtml(s.mid(i + mark.size(), close - i - mark.size())));
            i = close + mark.size() - 1;
        } else if (c == QLatin1Char('[')) {
            static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(([^)\\s]*)\\)"));
            const auto m
                = link.match(s, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch()) {
                out += c;
                continue;
            }
            if (safeUrl(m.captured(2)))
                out += QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(htmlEscape(m.captured(2)), inlineHtml(m.captured(1)));
            else
                out += inlineHtml(m.captured(1)); // an unsafe target (javascript:, data:) keeps only its text
            i = m.capturedEnd() - 1;
        } else {
            out += htmlEscape(QString(c));
        }
    }
    return out;
}

} // namespace

QString markdownToHtml(const QString &markdown)
{
    static const QRegularExpression headingRe(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*$"));
    static const QRegularExpression bulletRe(QStringLiteral("^[-*+]\\s+(.*)$"));
    static const QRegularExpression orderedRe(QStringLiteral("^\\d+[.)]\\s+(.*)$"));
    QString out;
    QStringList paragraph;
    QString listTag;
    QStringList quote;
    auto closeParagraph = [&]() {
        if (!paragraph.isEmpty())
            out += QStringLiteral("<p>%1</p>\n")
                       .arg(inlineHtml(paragraph.join(QLatin1Char('\n')))
                                .replace(QLatin1Char('\n'), QStringLiteral("<br>\n")));
        paragraph.clear();
    };
    auto closeList = [&]() {
        if (!listTag.isEmpty())
            out += QStringLiteral("</%1>\n").arg(listTag);
        listTag.clear();
    };
    auto closeQuote = [&]() {
        if (!quote.isEmpty())
            out += QStringLiteral("<blockquote>\n%1</blockquote>\n").arg(markdownToHtml(quote.join(QLatin1Char('\n'))));
        quote.clear();
    };
    bool frontMatter = false;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        if (n == 0 && line == QLatin1String("---")) {
            frontMatter = true;
            continue;
        }
        if (frontMatter) {
            frontMatter = line != QLatin1String("---");
            continue;
        }
        if (line.startsWith(QLatin1Char('>'))) {
            closeParagraph();
            closeList();
            quote.append(line.mid(1).trimmed());
            continue;
        }
        closeQuote();
        if (line.isEmpty()) {
            closeParagraph();
            closeList();
            continue;
        }
        if (const auto m = headingRe.match(line); m.hasMatch()) {
            closeParagraph();
            closeList();
            out += QStringLiteral("<h%1>%2</h%1>\n").arg(m.captured(1).size()).arg(inlineHtml(m.captured(2)));
            continue;
        }
        const auto bullet = bulletRe.match(line);
        const auto ordered = orderedRe.match(line);
        if (bullet.hasMatch() || ordered.hasMatch()) {
            closeParagraph();
            const QString tag = bullet.hasMatch() ? QStringLiteral("ul") : QStringLiteral("ol");
            if (listTag != tag) {
                closeList();
                out += QStringLiteral("<%1>\n").arg(tag);
                listTag = tag;
            }
            out += QStringLiteral("<li>%1</li>\n").arg(inlineHtml((bullet.hasMatch() ? bullet : ordered).captured(1)));
            continue;
        }
        if (!listTag.isEmpty()) {
            closeList();
        }
        paragraph.append(line);
    }
    closeParagraph();
    closeList();
    closeQuote();
    return out;
}

QString htmlDocument(const QString &title, const QString &bodyHtml, const QString &language)
{
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        "<title>%2</title>\n<style>\n"
        "body { font-family: 'Noto Serif CJK SC', 'Noto Serif', serif; max-width: 46em; margin: 2em auto; "
        "padding: 0 1em; line-height: 1.6; }\n"
        "h1, h2, h3 { font-family: 'Noto Sans CJK SC', 'Noto Sans', sans-serif; }\n"
        "blockquote { margin-left: 1em; padding-left: 1em; border-left: 3px solid #ccc; color: #333; }\n"
        "</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(htmlEscape(language), htmlEscape(title), bodyHtml);
}

} // namespace plenum::core

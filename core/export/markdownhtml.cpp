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

// Quotes nest and emphasis recurses; past these depths the markup is shown as text, so a hostile
// ">>>>…" or "*_**__…" costs one bounded pass instead of the stack.
constexpr int kMaxQuoteDepth = 16;
constexpr int kMaxInlineDepth = 8;

// Inline markup: \-escapes, `code`, **strong**, *em*, [text](url). Everything else is escaped.
// Linear: the searches for a link's "]" and its ")" are cached and only move forward, so a run of
// unclosed "[" reuses one scan instead of scanning the rest of the text once per bracket.
class InlineRenderer {
public:
    InlineRenderer(const QString &s, int depth)
        : m_s(s)
        , m_depth(depth)
    {
    }

    QString run()
    {
        QString out;
        for (m_i = 0; m_i < m_s.size(); ++m_i) {
            const QChar c = m_s[m_i];
            if (m_depth > kMaxInlineDepth)
                out += htmlEscape(QString(c));
            else if (c == QLatin1Char('\\') && m_i + 1 < m_s.size() && m_s[m_i + 1].unicode() < 128
                && std::ispunct(m_s[m_i + 1].unicode()))
                out += htmlEscape(QString(m_s[++m_i]));
            else if (c == QLatin1Char('`'))
                out += code();
            else if (c == QLatin1Char('*') || c == QLatin1Char('_'))
                out += emphasis(c);
            else if (c == QLatin1Char('['))
                out += link();
            else
                out += htmlEscape(QString(c));
        }
        return out;
    }

private:
    // The first position at or after FROM holding one of STOPS (-1 for none), remembered in CACHE.
    struct Cache {
        qsizetype from = -1;
        qsizetype at = -1;
    };
    qsizetype nextOf(qsizetype from, Cache &cache, bool (*stop)(QChar)) const
    {
        if (cache.from >= 0 && cache.from <= from && (cache.at < 0 || cache.at >= from))
            return cache.at;
        cache.from = from;
        cache.at = -1;
        for (qsizetype p = from; p < m_s.size(); ++p)
            if (stop(m_s[p])) {
                cache.at = p;
                break;
            }
        return cache.at;
    }

    QString code()
    {
        const qsizetype close = m_s.indexOf(QLatin1Char('`'), m_i + 1);
        if (close < 0)
            return QStringLiteral("`");
        const QString html
            = QStringLiteral("<code>") + htmlEscape(m_s.mid(m_i + 1, close - m_i - 1)) + QStringLiteral("</code>");
        m_i = close;
        return html;
    }

    QString emphasis(QChar c)
    {
        const bool strong = m_i + 1 < m_s.size() && m_s[m_i + 1] == c;
        const QString mark = strong ? QString(2, c) : QString(c);
        const qsizetype close = m_s.indexOf(mark, m_i + mark.size());
        if (close < 0 || close == m_i + mark.size()
            || (c == QLatin1Char('_') && m_i > 0 && m_s[m_i - 1].isLetterOrNumber()))
            return htmlEscape(QString(c));
        const QString tag = strong ? QStringLiteral("strong") : QStringLiteral("em");
        const QString inner = m_s.mid(m_i + mark.size(), close - m_i - mark.size());
        m_i = close + mark.size() - 1;
        return QStringLiteral("<%1>%2</%1>").arg(tag, InlineRenderer(inner, m_depth + 1).run());
    }

    QString link()
    {
        const qsizetype close = nextOf(m_i + 1, m_bracket, [](QChar ch) { return ch == QLatin1Char(']'); });
        if (close < 0 || close == m_i + 1 || close + 1 >= m_s.size() || m_s[close + 1] != QLatin1Char('('))
            return QStringLiteral("[");
        const qsizetype end
            = nextOf(close + 2, m_paren, [](QChar ch) { return ch == QLatin1Char(')') || ch.isSpace(); });
        if (end < 0 || m_s[end] != QLatin1Char(')'))
            return QStringLiteral("[");
        const QString url = m_s.mid(close + 2, end - close - 2);
        const QString text = InlineRenderer(m_s.mid(m_i + 1, close - m_i - 1), m_depth + 1).run();
        m_i = end;
        if (safeUrl(url))
            return QStringLiteral("<a href=\"%1\">%2</a>").arg(htmlEscape(url), text);
        return text; // an unsafe target (javascript:, data:) keeps only its text
    }

    const QString &m_s;
    const int m_depth;
    qsizetype m_i = 0;
    Cache m_bracket;
    Cache m_paren;
};

QString inlineHtml(const QString &s)
{
    return InlineRenderer(s, 0).run();
}

// "# Title ##" → level and text; level 0 when LINE (trimmed) is no ATX heading. Hand-written: a
// lazy regex here was quadratic on a long line of "# # # …".
std::pair<int, QString> heading(const QString &line)
{
    int level = 0;
    while (level < line.size() && line[level] == QLatin1Char('#'))
        ++level;
    if (level < 1 || level > 6 || level >= line.size() || !line[level].isSpace())
        return { 0, {} };
    qsizetype end = line.size();
    while (end > level && line[end - 1] == QLatin1Char('#'))
        --end;
    return { level, line.mid(level, end - level).trimmed() };
}

QString renderBlocks(const QString &markdown, int quoteDepth)
{
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
            out += QStringLiteral("<blockquote>\n%1</blockquote>\n")
                       .arg(renderBlocks(quote.join(QLatin1Char('\n')), quoteDepth + 1));
        quote.clear();
    };
    bool frontMatter = false;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        if (n == 0 && quoteDepth == 0 && line == QLatin1String("---")) {
            frontMatter = true;
            continue;
        }
        if (frontMatter) {
            frontMatter = line != QLatin1String("---");
            continue;
        }
        if (line.startsWith(QLatin1Char('>')) && quoteDepth < kMaxQuoteDepth) {
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
        if (const auto [level, text] = heading(line); level > 0) {
            closeParagraph();
            closeList();
            out += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(inlineHtml(text));
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
        closeList();
        paragraph.append(line);
    }
    closeParagraph();
    closeList();
    closeQuote();
    return out;
}

} // namespace

QString markdownToHtml(const QString &markdown)
{
    return renderBlocks(markdown, 0);
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

#include "export/markdownhtml.h"

#include "export/inertmarkdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QList>
#include <QRegularExpression>

#include <memory>
#include <mutex>

namespace plenum::core {

namespace {

// GitHub's extensions (tables, ~~strike~~, bare URLs as links) registered once per process.
void registerExtensions()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter {
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};

// Links whose target a reader cannot follow safely lose their link, keeping their text; images
// become their description (a preview or export never fetches anything).
void neutraliseLinks(cmark_node *root)
{
    cmark_iter *iter = cmark_iter_new(root);
    QList<cmark_node *> unsafe;
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (ev != CMARK_EVENT_ENTER)
            continue;
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_IMAGE
            || (type == CMARK_NODE_LINK && !safeLinkTarget(QString::fromUtf8(cmark_node_get_url(node)))))
            unsafe.append(node);
    }
    cmark_iter_free(iter);
    for (cmark_node *node : unsafe) {
        while (cmark_node *child = cmark_node_first_child(node))
            cmark_node_insert_before(node, child);
        cmark_node_free(node);
    }
}

// Pandoc's ^superscript^ (what numeric styles' [1] markers come as) on top of CommonMark: a run
// ^text^ without spaces in ordinary text becomes <sup>, never inside <code> or <pre>.
QString superscripts(const QString &html)
{
    static const QRegularExpression piece(QStringLiteral("<(pre|code)[ >][\\s\\S]*?</\\1>|\\^([^\\s^<>]+)\\^"));
    QString out;
    qsizetype pos = 0;
    for (auto it = piece.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += html.mid(pos, m.capturedStart() - pos);
        out += m.captured(2).isEmpty() ? m.captured(0) : QStringLiteral("<sup>%1</sup>").arg(m.captured(2));
        pos = m.capturedEnd();
    }
    return out + html.mid(pos);
}

} // namespace

QString markdownToHtml(const QString &markdown)
{
    registerExtensions();
    // Without CMARK_OPT_UNSAFE raw HTML comes out as a comment and javascript:/data: links lose
    // their target; neutraliseLinks narrows links further to what safeLinkTarget allows.
    const int options = CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE | CMARK_OPT_VALIDATE_UTF8;
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    for (const char *name : { "table", "strikethrough", "autolink" })
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));
    neutraliseLinks(root.get());
    char *html = cmark_render_html(root.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    const QString out = QString::fromUtf8(html);
    free(html);
    return superscripts(out);
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

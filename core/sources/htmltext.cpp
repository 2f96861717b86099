#include "sources/htmltext.h"

#include "model/error.h"
#include "sources/extractedtext.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace plenum::core {

namespace {

using RE = QRegularExpression;

// A tag-soup tree: enough of HTML's rules (void elements, implied </p> and </li>) for saved pages.
struct Node {
    QString tag; // empty for text
    QString text;
    QHash<QString, QString> attrs;
    int parent = -1;
    QList<int> children;
};

QString decodeEntities(const QString &s)
{
    if (!s.contains(QLatin1Char('&')))
        return s;
    static const QHash<QString, QString> named = { { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" },
        { "apos", "'" }, { "nbsp", " " }, { "ldquo", "“" }, { "rdquo", "”" }, { "lsquo", "‘" }, { "rsquo", "’" },
        { "mdash", "—" }, { "ndash", "–" }, { "hellip", "…" }, { "middot", "·" }, { "copy", "©" } };
    static const RE entity(QStringLiteral("&(#x[0-9a-fA-F]{1,6}|#\\d{1,7}|[a-zA-Z]{2,8});"));
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString e = m.captured(1);
        if (e.startsWith(QLatin1Char('#'))) {
            const char32_t c = e.startsWith(QLatin1String("#x")) ? e.mid(2).toUInt(nullptr, 16) : e.mid(1).toUInt();
            out += c > 0 && c < 0x110000 ? QString::fromUcs4(&c, 1) : QString();
        } else {
            out += named.value(e, m.captured(0));
        }
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

class TreeBuilder {
public:
    explicit TreeBuilder(const QString &html)
        : m_html(html)
    {
        m_nodes.append(Node { QStringLiteral("#root"), {}, {}, -1, {} });
        m_open.append(0);
    }
    QList<Node> build();

private:
    void startTag(const QString &tag, const QHash<QString, QString> &attrs, bool selfClosing);
    void endTag(const QString &tag);
    void addText(const QString &text);
    qsizetype readTag(qsizetype at);
    int current() const { return m_open.last(); }

    const QString &m_html;
    QList<Node> m_nodes;
    QList<int> m_open;
};

QList<Node> TreeBuilder::build()
{
    qsizetype i = 0;
    const qsizetype n = m_html.size();
    while (i < n) {
        const qsizetype lt = m_html.indexOf(QLatin1Char('<'), i);
        if (lt < 0) {
            addText(m_html.mid(i));
            break;
        }
        if (lt > i)
            addText(m_html.mid(i, lt - i));
        i = readTag(lt);
    }
    return m_nodes;
}

// Reads the markup at AT (a tag, comment or doctype); returns where the text goes on.
qsizetype TreeBuilder::readTag(qsizetype at)
{
    if (m_html.mid(at, 4) == QLatin1String("<!--")) {
        const qsizetype end = m_html.indexOf(QLatin1String("-->"), at + 4);
        return end < 0 ? m_html.size() : end + 3;
    }
    const qsizetype gt = m_html.indexOf(QLatin1Char('>'), at);
    if (gt < 0)
        return m_html.size();
    const QString inside = m_html.mid(at + 1, gt - at - 1);
    if (inside.startsWith(QLatin1Char('!')) || inside.startsWith(QLatin1Char('?')))
        return gt + 1;
    static const RE name(QStringLiteral("^(/?)([a-zA-Z][a-zA-Z0-9:-]*)"));
    const auto m = name.match(inside);
    if (!m.hasMatch()) {
        addText(QStringLiteral("<"));
        return at + 1;
    }
    const QString tag = m.captured(2).toLower();
    if (!m.captured(1).isEmpty()) {
        endTag(tag);
        return gt + 1;
    }
    QHash<QString, QString> attrs;
    static const RE attr(QStringLiteral("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*(?:=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?"));
    for (auto it = attr.globalMatch(inside, m.capturedEnd()); it.hasNext();) {
        const auto a = it.next();
        QString v = a.captured(2);
        if (v.startsWith(QLatin1Char('"')) || v.startsWith(QLatin1Char('\'')))
            v = v.mid(1, v.size() - 2);
        attrs.insert(a.captured(1).toLower(), decodeEntities(v));
    }
    startTag(tag, attrs, inside.endsWith(QLatin1Char('/')));
    static const QStringList raw = { "script", "style", "noscript", "textarea", "title", "template", "svg" };
    if (raw.contains(tag)) { // their content is not markup
        const qsizetype close = m_html.indexOf(QStringLiteral("</") + tag, gt + 1, Qt::CaseInsensitive);
        const qsizetype end = close < 0 ? m_html.size() : close;
        if (tag == QLatin1String("title"))
            addText(m_html.mid(gt + 1, end - gt - 1));
        endTag(tag);
        const qsizetype closeGt = close < 0 ? -1 : m_html.indexOf(QLatin1Char('>'), close);
        return closeGt < 0 ? m_html.size() : closeGt + 1;
    }
    return gt + 1;
}

void TreeBuilder::startTag(const QString &tag, const QHash<QString, QString> &attrs, bool selfClosing)
{
    static const QStringList voids = { "br", "img", "meta", "link", "hr", "input", "source", "wbr", "area", "base",
        "col", "embed", "param", "track" };
    static const QStringList closesP = { "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "section",
        "article", "blockquote", "pre", "li" };
    if (closesP.contains(tag) && m_nodes[current()].tag == QLatin1String("p"))
        m_open.removeLast();
    if (tag == QLatin1String("li") && m_nodes[current()].tag == QLatin1String("li"))
        m_open.removeLast();
    const int id = static_cast<int>(m_nodes.size());
    m_nodes.append(Node { tag, {}, attrs, current(), {} });
    m_nodes[current()].children.append(id);
    if (!voids.contains(tag) && !selfClosing && m_open.size() < 500)
        m_open.append(id);
}

void TreeBuilder::endTag(const QString &tag)
{
    for (qsizetype i = m_open.size() - 1; i > 0; --i)
        if (m_nodes[m_open[i]].tag == tag) {
            m_open.resize(i);
            return;
        }
}

void TreeBuilder::addText(const QString &text)
{
    const int id = static_cast<int>(m_nodes.size());
    m_nodes.append(Node { {}, decodeEntities(text), {}, current(), {} });
    m_nodes[current()].children.append(id);
}

bool isBlockTag(const QString &tag)
{
    static const QStringList blocks = { "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article",
        "blockquote", "pre", "td", "th", "tr", "table", "ul", "ol", "main", "body", "#root", "center", "dd", "dt" };
    return blocks.contains(tag);
}

bool isBoilerplate(const Node &n)
{
    static const QStringList tags = { "nav", "header", "footer", "aside", "form", "button", "select", "script", "style",
        "noscript", "iframe", "svg", "menu", "template", "head" };
    if (tags.contains(n.tag))
        return true;
    static const RE words(
        QStringLiteral("(^|[-_ ])(nav|menu|footer|header|sidebar|breadcrumb|share|comment|related|"
                       "advert|ads?|banner|login|toolbar|copyright|pagination|editor|jiucuo|print|tools)([-_ ]|$)"),
        RE::CaseInsensitiveOption);
    return words.match(n.attrs.value(QStringLiteral("class")) + QLatin1Char(' ') + n.attrs.value(QStringLiteral("id")))
        .hasMatch();
}

// Reads the main text and metadata from the tree, one method per step.
class PageReader {
public:
    PageReader(QList<Node> nodes, SourceDocument &out)
        : m_nodes(std::move(nodes))
        , m_out(out)
    {
    }
    void read();

private:
    QString textOf(int id, bool skipLinks = false) const;
    int bestContainer() const;
    void collectBlocks(int id, QString &pending, int &pendingHeading);
    void flush(QString &pending, int &pendingHeading);
    void readMetadata();
    void readBodyMetadata();

    QList<Node> m_nodes;
    SourceDocument &m_out;
};

QString PageReader::textOf(int id, bool skipLinks) const
{
    const Node &n = m_nodes[id];
    if (n.tag.isEmpty())
        return n.text;
    if (isBoilerplate(n) || (skipLinks && n.tag == QLatin1String("a")))
        return {};
    QString out;
    for (int c : n.children)
        out += textOf(c, skipLinks);
    return out;
}

// Readability's choice: paragraphs score their parent (and half their grandparent) by length
// and commas; the score is discounted by the share of the text that is links.
int PageReader::bestContainer() const
{
    QHash<int, double> score;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        // A paragraph: <p>, <td>, <pre>, or a <div> holding text and no blocks of its own.
        const bool textDiv = n.tag == QLatin1String("div")
            && std::none_of(n.children.begin(), n.children.end(), [&](int c) { return isBlockTag(m_nodes[c].tag); });
        if (n.tag != QLatin1String("p") && n.tag != QLatin1String("td") && n.tag != QLatin1String("pre") && !textDiv)
            continue;
        const QString text = textOf(i).simplified();
        if (text.size() < 20)
            continue;
        static const RE commas(QStringLiteral("[,，、;；。]"));
        const double s = 1 + text.count(commas) + std::min(3.0, text.size() / 100.0);
        if (n.parent >= 0) {
            score[n.parent] += s;
            if (m_nodes[n.parent].parent >= 0)
                score[m_nodes[n.parent].parent] += s / 2;
        }
    }
    int best = 0;
    double bestScore = -1;
    for (auto it = score.begin(); it != score.end(); ++it) {
        if (isBoilerplate(m_nodes[it.key()]))
            continue;
        const double all = std::max<qsizetype>(1, textOf(it.key()).simplified().size());
        const double links = all - textOf(it.key(), true).simplified().size();
        const double value = it.value() * (1 - links / all);
        if (value > bestScore) {
            bestScore = value;
            best = it.key();
        }
    }
    return best;
}

void PageReader::flush(QString &pending, int &pendingHeading)
{
    const QString text = normalizeExtractedText(pending).simplified();
    if (!text.isEmpty())
        m_out.blocks.append({ text, pendingHeading });
    pending.clear();
    pendingHeading = 0;
}

void PageReader::collectBlocks(int id, QString &pending, int &pendingHeading)
{
    const Node &n = m_nodes[id];
    if (n.tag.isEmpty()) {
        pending += n.text;
        return;
    }
    if (isBoilerplate(n))
        return;
    if (n.tag == QLatin1String("br")) {
        flush(pending, pendingHeading);
        return;
    }
    const bool block = isBlockTag(n.tag);
    if (block)
        flush(pending, pendingHeading);
    static const RE heading(QStringLiteral("^h([1-6])$"));
    if (const auto m = heading.match(n.tag); m.hasMatch())
        pendingHeading = m.captured(1).toInt();
    for (int c : n.children)
        collectBlocks(c, pending, pendingHeading);
    if (block)
        flush(pending, pendingHeading);
}

void PageReader::read()
{
    readMetadata();
    const int container = bestContainer();
    QString pending;
    int pendingHeading = 0;
    collectBlocks(container, pending, pendingHeading);
    flush(pending, pendingHeading);
    readBodyMetadata();
    if (m_out.title.isEmpty() && !m_out.blocks.isEmpty())
        m_out.title = m_out.blocks.first().text;
}

void PageReader::readMetadata()
{
    QHash<QString, QString> meta;
    QString title;
    for (const Node &n : m_nodes) {
        if (n.tag == QLatin1String("meta")) {
            const QString key = (n.attrs.value(QStringLiteral("property")) + n.attrs.value(QStringLiteral("name"))
                + n.attrs.value(QStringLiteral("itemprop")))
                                    .toLower();
            if (!key.isEmpty() && !meta.contains(key))
                meta.insert(key, n.attrs.value(QStringLiteral("content")).trimmed());
        } else if (n.tag == QLatin1String("title") && title.isEmpty() && !n.children.isEmpty()) {
            title = m_nodes[n.children.first()].text.simplified();
        } else if (n.tag == QLatin1String("time") && !meta.contains(QStringLiteral("time"))) {
            meta.insert(QStringLiteral("time"), n.attrs.value(QStringLiteral("datetime")));
        } else if (n.tag == QLatin1String("link")
            && n.attrs.value(QStringLiteral("rel")) == QLatin1String("canonical")) {
            meta.insert(QStringLiteral("canonical"), n.attrs.value(QStringLiteral("href")));
        }
    }
    auto first = [&](const QStringList &keys) {
        for (const QString &k : keys)
            if (!meta.value(k).isEmpty())
                return meta.value(k);
        return QString();
    };
    m_out.title = first({ "articletitle", "og:title", "twitter:title" });
    if (m_out.title.isEmpty()) // "Title - 中国政府网", "Title_新华网"
        m_out.title = title.section(RE(QStringLiteral("\\s+[-|–]\\s+|_")), 0, 0).trimmed();
    m_out.source = first({ "contentsource", "source", "og:site_name", "sitename", "author" });
    m_out.url = first({ "og:url", "canonical", "url" });
    const QString date = first({ "article:published_time", "pubdate", "publishdate", "firstpublishedtime",
        "datepublished", "date", "dc.date", "time" });
    static const RE iso(QStringLiteral("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})"));
    if (auto m = iso.match(date); m.hasMatch())
        m_out.date = QStringLiteral("%1-%2-%3")
                         .arg(m.captured(1))
                         .arg(m.captured(2).toInt(), 2, 10, QLatin1Char('0'))
                         .arg(m.captured(3).toInt(), 2, 10, QLatin1Char('0'));
}

// "来源：新华社" and "2016-02-14 18:00" lines above the text: metadata, not paragraphs.
void PageReader::readBodyMetadata()
{
    static const RE sourceLine(QStringLiteral("(?:来源|来源于|Source)\\s*[:：]\\s*([^\\s|｜]+)"));
    static const RE dateLine(
        QStringLiteral("^(?:发布时间[:：]\\s*)?(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?[\\s\\d:]*"));
    for (qsizetype i = 0; i < m_out.blocks.size() && i < 6;) {
        const QString t = m_out.blocks[i].text;
        const auto s = sourceLine.match(t);
        const auto d = dateLine.match(t);
        if (t.size() > 80 || (!s.hasMatch() && !d.hasMatch())) {
            ++i;
            continue;
        }
        if (s.hasMatch() && m_out.source.isEmpty())
            m_out.source = s.captured(1);
        if (d.hasMatch() && m_out.date.isEmpty())
            m_out.date = QStringLiteral("%1-%2-%3")
                             .arg(d.captured(1))
                             .arg(d.captured(2).toInt(), 2, 10, QLatin1Char('0'))
                             .arg(d.captured(3).toInt(), 2, 10, QLatin1Char('0'));
        m_out.blocks.removeAt(i);
    }
}

QString decodeHtml(const QByteArray &data)
{
    static const RE charset(QStringLiteral("charset\\s*=\\s*[\"']?([-a-zA-Z0-9_]+)"), RE::CaseInsensitiveOption);
    const auto m = charset.match(QString::fromLatin1(data.left(4096)));
    QString name = m.hasMatch() ? m.captured(1).toLower() : QStringLiteral("utf-8");
    if (name == QLatin1String("gb2312") || name == QLatin1String("gbk"))
        name = QStringLiteral("GB18030"); // a superset that decodes both
    QStringDecoder decoder(name.toLatin1().constData());
    if (!decoder.isValid() || name == QLatin1String("utf-8"))
        return QString::fromUtf8(data);
    return decoder(data);
}

QByteArray decodeQuotedPrintable(QByteArray body)
{
    body.replace("=\r\n", "").replace("=\n", "");
    QByteArray decoded;
    decoded.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] == '=' && i + 2 < body.size()) {
            decoded.append(QByteArray::fromHex(body.mid(i + 1, 2)).left(1));
            i += 2;
        } else {
            decoded.append(body[i]);
        }
    }
    return decoded;
}

} // namespace

SourceDocument readHtml(const QByteArray &data, const QString &fileName)
{
    SourceDocument out;
    out.file = fileName;
    out.format = QStringLiteral("html");
    PageReader(TreeBuilder(decodeHtml(data)).build(), out).read();
    return out;
}

SourceDocument readMhtml(const QByteArray &data, const QString &fileName)
{
    static const QRegularExpression boundaryRe(QStringLiteral("boundary=\"?([^\";\\r\\n]+)\"?"));
    const auto b = boundaryRe.match(QString::fromLatin1(data.left(8192)));
    if (!b.hasMatch())
        throw Error(
            ErrorCode::InvalidData, QStringLiteral("%1 is not MHTML: it has no multipart boundary.").arg(fileName));
    const QByteArray boundary = "--" + b.captured(1).toLatin1();
    qsizetype at = data.indexOf(boundary);
    while (at >= 0) {
        const qsizetype next = data.indexOf(boundary, at + boundary.size());
        const QByteArray part = data.mid(at + boundary.size(), next < 0 ? -1 : next - at - boundary.size());
        qsizetype headerEnd = part.indexOf("\r\n\r\n");
        const int sep = headerEnd >= 0 ? 4 : 2;
        if (headerEnd < 0)
            headerEnd = part.indexOf("\n\n");
        const QByteArray headers = part.left(headerEnd).toLower();
        if (headerEnd >= 0 && headers.contains("content-type: text/html")) {
            QByteArray body = part.mid(headerEnd + sep);
            if (headers.contains("quoted-printable")) {
                body = decodeQuotedPrintable(body);
            } else if (headers.contains("base64")) {
                body = QByteArray::fromBase64(body);
            }
            SourceDocument doc = readHtml(body, fileName);
            doc.format = QStringLiteral("mhtml");
            return doc;
        }
        at = next;
    }
    throw Error(ErrorCode::InvalidData, QStringLiteral("%1 has no text/html part to read.").arg(fileName));
}

} // namespace plenum::core

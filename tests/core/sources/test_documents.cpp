#include "testsupport.h"

#include "facade/fileimport.h"
#include "model/error.h"
#include "sources/docxtext.h"
#include "sources/htmltext.h"
#include "sources/officialdoc.h"
#include "storage/repository.h"

#include <QFile>
#include <QJsonArray>
#include <QStringEncoder>

#include <zlib.h>

using namespace plenum;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(PLENUM_TEST_DATA "/sources/") + name;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList locators(const QJsonObject &json, const char *key = "locator")
{
    QStringList out;
    for (const QJsonValue &v : json.value("statements").toArray())
        out.append(v.toObject().value(QLatin1String(key)).toString());
    return out;
}

void put16(QByteArray &b, int v)
{
    b.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
}
void put32(QByteArray &b, quint32 v)
{
    put16(b, int(v & 0xffff));
    put16(b, int(v >> 16));
}

// A ZIP archive with FILES stored uncompressed (what a DOCX is, with deflate usually).
QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &files, bool deflate)
{
    QByteArray out, directory;
    for (const auto &[name, content] : files) {
        const QByteArray n = name.toUtf8();
        const quint32 crc = crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size()));
        QByteArray body = content;
        if (deflate) {
            body = qCompress(content).mid(4 + 2); // zlib stream without Qt's length and zlib header
            body.chop(4); // nor the Adler-32 trailer
        }
        const quint32 offset = quint32(out.size());
        for (QByteArray *b : { &out, &directory }) {
            const bool central = b == &directory;
            put32(*b, central ? 0x02014b50 : 0x04034b50);
            if (central)
                put16(*b, 20);
            put16(*b, 20);
            put16(*b, 0);
            put16(*b, deflate ? 8 : 0);
            put32(*b, 0);
            put32(*b, crc);
            put32(*b, quint32(body.size()));
            put32(*b, quint32(content.size()));
            put16(*b, int(n.size()));
            put16(*b, 0);
            if (central) {
                put16(*b, 0);
                put16(*b, 0);
                put16(*b, 0);
                put32(*b, 0);
                put32(*b, offset);
            }
            b->append(n);
            if (!central)
                b->append(body);
        }
    }
    const quint32 dirOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, int(files.size()));
    put16(out, int(files.size()));
    put32(out, quint32(directory.size()));
    put32(out, dirOffset);
    put16(out, 0);
    return out;
}

QByteArray documentXml(const QList<std::pair<QString, QString>> &paragraphs)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                     "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    for (const auto &[style, text] : paragraphs) {
        xml += "<w:p>";
        if (!style.isEmpty())
            xml += "<w:pPr><w:pStyle w:val=\"" + style.toUtf8() + "\"/></w:pPr>";
        xml += "<w:r><w:t>" + text.toHtmlEscaped().toUtf8() + "</w:t></w:r></w:p>";
    }
    return xml + "</w:body></w:document>";
}

const QByteArray kStyles = "<?xml version=\"1.0\"?><w:styles "
                           "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                           "<w:style w:styleId=\"2\"><w:name w:val=\"heading 2\"/></w:style>"
                           "<w:style w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style></w:styles>";

} // namespace

TEST_CASE("A saved HTML copy of the 2013 decision imports with its parts numbered", "[documents]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"));
    const auto r = core::importFile(kb->repository(), data("decision-2013.html"), {}, false);
    const QJsonObject doc = r.json.value("document").toObject();
    CHECK(r.json.value("official").toBool());
    CHECK(doc.value("title").toString() == QStringLiteral("中共中央关于全面深化改革若干重大问题的决定"));
    CHECK(doc.value("kind").toString() == QStringLiteral("decision"));
    CHECK(doc.value("issuer").toString() == QStringLiteral("中共中央"));
    CHECK(doc.value("date").toString() == QStringLiteral("2013-11-12"));
    CHECK(doc.value("adopted_by").toString() == QStringLiteral("中国共产党第十八届中央委员会第三次全体会议"));
    CHECK(doc.value("source").toString() == QStringLiteral("新华社"));
    CHECK(doc.value("url").toString() == QStringLiteral("http://www.gov.cn/jrzg/2013-11/15/content_2528179.htm"));
    CHECK(locators(r.json)
        == QStringList { "Preamble ¶1", "Part I §1", "Part I §2", "Part I §2 ¶1", "Part XIII ¶1", "Part XIII §47",
            "Part XIII §48", "Part XIII §49", "Part XIII §50" });
    CHECK(locators(r.json, "locator_zh").at(7) == QStringLiteral("第十三部分（四十九）"));
    // Navigation, the sidebar, sharing links, the ad and the footer are not statements.
    const QStringList ids = [&] {
        QStringList list;
        for (const QJsonValue &v : r.json.value("statements").toArray())
            list.append(v.toObject().value("id").toString());
        return list;
    }();
    for (const QString &id : ids) {
        const QString text = kb->repository().item(id).fields.value("text").toString();
        for (const char *noise : { "首页", "相关新闻", "分享到", "点击领取", "版权所有", "责任编辑", "_hmt" })
            CHECK(!text.contains(QString::fromUtf8(noise)));
    }
    const core::Item st49 = kb->repository().item(ids.at(7));
    CHECK(st49.fields.value("text").toString().startsWith(QStringLiteral("（49）创新有效预防和化解社会矛盾体制。")));
    CHECK(st49.fields.value("document").toString() == doc.value("id").toString());
    CHECK(st49.fields.value("locator").toString() == QStringLiteral("Part XIII §49"));
}

TEST_CASE("A State Council opinion in text: number, issuer from the signature, sections and items", "[documents]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    const auto r = core::importFile(kb->repository(), data("opinion-2016.txt"), QStringLiteral("official"), false);
    const QJsonObject doc = r.json.value("document").toObject();
    CHECK(doc.value("number").toString() == QStringLiteral("国发〔2016〕9号"));
    CHECK(doc.value("issuer").toString() == QStringLiteral("国务院"));
    CHECK(doc.value("date").toString() == QStringLiteral("2016-02-06"));
    CHECK(locators(r.json)
        == QStringList { "Preamble ¶1", "Preamble ¶2", "Part I §1", "Part I §2", "Part II §3", "Part II §3 item 1",
            "Part II §3 item 2" });
    CHECK(locators(r.json, "locator_zh").at(5) == QStringLiteral("第二部分（三）1."));
}

TEST_CASE("Regulations: chapters and articles become 第X条 locators", "[documents]")
{
    core::SourceDocument src;
    src.blocks = { { QStringLiteral("信访工作条例"), 0 }, { QStringLiteral("第一章 总则"), 0 },
        { QStringLiteral("第一条 为了坚持和加强党对信访工作的全面领导，制定本条例。"), 0 },
        { QStringLiteral("第二条 本条例适用于各级党的机关、人大机关、行政机关。"), 0 },
        { QStringLiteral("信访工作坚持以人民为中心。"), 0 }, { QStringLiteral("第二章 信访工作体制"), 0 },
        { QStringLiteral("第十二条 中央信访工作联席会议在党中央领导下工作。"), 0 } };
    REQUIRE(core::looksOfficial(src));
    const auto d = core::parseOfficial(src);
    CHECK(d.kind == QStringLiteral("regulation"));
    REQUIRE(d.parts.size() == 4);
    CHECK(d.parts[0].locator == QStringLiteral("Ch. 1 Art. 1"));
    CHECK(d.parts[2].locator == QStringLiteral("Ch. 1 Art. 2 ¶1"));
    CHECK(d.parts[3].locatorZh == QStringLiteral("第二章第十二条"));
    CHECK(core::chineseNumeral(QStringLiteral("一百零五")) == 105);
    CHECK(core::chineseNumeral(QStringLiteral("四十九")) == 49);
    CHECK(core::romanNumeral(13) == QStringLiteral("XIII"));
}

TEST_CASE("An MHTML page and a GBK page read like the HTML they hold", "[documents]")
{
    const QByteArray html = bytesOf(data("decision-2013.html"));
    QByteArray mhtml
        = "From: <Saved by Blink>\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
          "Content-Type: multipart/related; type=\"text/html\"; boundary=\"----MultipartBoundary--x\"\r\n\r\n"
          "------MultipartBoundary--x\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    mhtml += html.toBase64() + "\r\n------MultipartBoundary--x--\r\n";
    const auto fromMhtml = core::readMhtml(mhtml, QStringLiteral("page.mhtml"));
    const auto fromHtml = core::readHtml(html, QStringLiteral("page.html"));
    REQUIRE(fromMhtml.blocks.size() == fromHtml.blocks.size());
    CHECK(fromMhtml.title == fromHtml.title);
    QStringEncoder gbk("GB18030");
    REQUIRE(gbk.isValid());
    QByteArray gbkPage
        = gbk(QString::fromUtf8(html).replace(QStringLiteral("charset=utf-8"), QStringLiteral("charset=gbk")));
    const auto fromGbk = core::readHtml(gbkPage, QStringLiteral("gbk.html"));
    CHECK(fromGbk.title == fromHtml.title);
    CHECK(fromGbk.blocks.size() == fromHtml.blocks.size());
    const auto bad = test::failure([] { (void)core::readMhtml("no boundary here", QStringLiteral("x.mhtml")); });
    CHECK(bad.message().contains(QStringLiteral("x.mhtml is not MHTML")));
}

TEST_CASE("A Word file imports with its headings and paragraphs; a damaged one is refused by name", "[documents]")
{
    test::TempDir dir;
    const QByteArray doc = documentXml({ { "Title", "Grassroots Governance in Practice" }, { "Heading1", "Background" },
        { "", "Community governance changed after 2013." }, { "", "Grid management spread across the provinces." },
        { "2", "Findings" }, { "", "Residents took part in mediation." } });
    for (const bool deflate : { false, true }) {
        test::writeFile(dir.path("report.docx"),
            zipOf(
                { { "[Content_Types].xml", "<Types/>" }, { "word/document.xml", doc }, { "word/styles.xml", kStyles } },
                deflate));
        auto kb = test::createKb(dir.path(deflate ? "kb2.db" : "kb1.db"), true);
        const auto r = core::importFile(kb->repository(), dir.path("report.docx"), {}, false);
        CHECK(r.json.value("document").toObject().value("title").toString()
            == QStringLiteral("Grassroots Governance in Practice"));
        CHECK(!r.json.value("official").toBool());
        CHECK(locators(r.json) == QStringList { "§Background ¶1", "§Background ¶2", "§Findings ¶1" });
    }
    test::writeFile(dir.path("broken.docx"), "PK\x03\x04 not really a zip");
    auto kb = test::createKb(dir.path("kb3.db"), true);
    const core::Counts before = kb->repository().counts();
    const auto e = test::failure([&] { (void)core::importFile(kb->repository(), dir.path("broken.docx"), {}, false); });
    CHECK(e.message().contains(QStringLiteral("broken.docx is not a readable DOCX")));
    CHECK(kb->repository().counts().documents == before.documents);
}

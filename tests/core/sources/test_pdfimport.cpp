#include "pdfpapers.h"
#include "testsupport.h"

#include "facade/fileimport.h"
#include "model/error.h"
#include "sources/pdfimport.h"
#include "storage/attachments.h"
#include "storage/repository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace plenum;
using plenum::test::Kind;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString soft(QString s)
{
    return s.remove(QChar(0x00AD));
}

// Every paragraph of the fixture is one statement with its exact text and the page it starts on.
void checkParagraphs(core::Repository &repo, const core::PaperImportResult &r,
    const QList<test::PdfFixtureBlock> &blocks, const test::PdfFixtureLayout &layout)
{
    QHash<QString, QString> locatorByText;
    for (const QString &id : r.statementIds) {
        const core::Item item = repo.item(id);
        locatorByText.insert(item.fields.value("text").toString(), item.fields.value("locator").toString());
    }
    int checked = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (blocks[i].kind != Kind::Paragraph || blocks[i].text.startsWith(QLatin1Char('[')))
            continue;
        const QString text = soft(blocks[i].text);
        INFO("paragraph " << text.left(20).toStdString());
        REQUIRE(locatorByText.contains(text));
        CHECK(locatorByText.value(text).startsWith(QStringLiteral("p. %1, §").arg(layout.pageOfBlock[i])));
        ++checked;
    }
    CHECK(checked == 12);
}

} // namespace

TEST_CASE(
    "A two-column Chinese paper PDF imports with every paragraph on its page, references and markers resolved", "[pdf]")
{
    test::TempDir dir;
    const auto blocks = test::chinesePaper();
    const auto layout = test::writePdfFixture(dir.path("zh.pdf"), blocks, test::journalOptions(true));
    REQUIRE(layout.pages >= 3);
    auto kb = test::createKb(dir.path("kb.db"), true);
    const auto r = core::importPdf(kb->repository(), bytesOf(dir.path("zh.pdf")), dir.path("zh.pdf"));
    const core::ParsedPaper &p = r.paper;
    CHECK(p.title == QStringLiteral("数字治理背景下基层社会治理的转型路径研究"));
    CHECK(p.language == QStringLiteral("zh"));
    CHECK(p.authors == QStringList { "王明", "李华" });
    CHECK(p.keywords == QStringList { "基层治理", "数字化", "社会治理" });
    CHECK(p.abstract == QStringLiteral("本文考察了数字技术条件下基层社会治理的转型路径。"));
    CHECK(p.sections.size() == 4);
    checkParagraphs(kb->repository(), r, blocks, layout);
    REQUIRE(p.references.size() == 3);
    for (const auto &ref : r.references)
        CHECK(ref.created);
    // [1] ×3, [2] ×3, [2,3] ×3 (two each), [1-3] ×3 (three each)
    CHECK(r.markerLinks == 3 + 3 + 6 + 9);
    REQUIRE(p.notes.size() == 1);
    CHECK(p.notes[0].text == QStringLiteral("1 本文为国家社会科学基金项目的阶段性成果。"));
    const core::Item note = kb->repository().item(r.statementIds.last());
    CHECK(note.fields.value("locator").toString().endsWith(QStringLiteral("note 1")));
    for (const auto &para : p.paragraphs) {
        CHECK(!para.text.contains(QStringLiteral("社会治理研究 2024")));
        CHECK(!para.text.contains(QStringLiteral(" - ")));
        CHECK(!para.text.contains(QLatin1Char(' '))); // no space between Chinese characters
    }
}

TEST_CASE(
    "A two-column English paper PDF: hyphenation rejoined, ligatures undone, headers and page numbers gone", "[pdf]")
{
    test::TempDir dir;
    const auto blocks = test::englishPaper();
    const auto layout = test::writePdfFixture(dir.path("en.pdf"), blocks, test::journalOptions(false));
    auto kb = test::createKb(dir.path("kb.db"), true);
    const auto r = core::importPdf(kb->repository(), bytesOf(dir.path("en.pdf")), dir.path("en.pdf"));
    CHECK(r.paper.title == QStringLiteral("Digital Governance and the Transformation of Grassroots Social Governance"));
    CHECK(r.paper.language == QStringLiteral("en"));
    checkParagraphs(kb->repository(), r, blocks, layout);
    CHECK(r.paper.references.size() == 3);
    CHECK(r.markerLinks == 21);
    for (const auto &para : r.paper.paragraphs) {
        CHECK(!para.text.contains(QStringLiteral("Journal of Social Governance")));
        CHECK(!para.text.contains(QChar(0xFB03))); // ﬃ
    }
}

TEST_CASE("A scanned PDF without a text layer imports its metadata only and says so", "[pdf]")
{
    test::TempDir dir;
    auto options = test::journalOptions(false);
    options.textLayer = false;
    options.title = QStringLiteral("Scanned Report on Community Governance");
    test::writePdfFixture(dir.path("scan.pdf"), test::englishPaper(1), options);
    auto kb = test::createKb(dir.path("kb.db"), true);
    const auto r = core::importFile(kb->repository(), dir.path("scan.pdf"), {}, false);
    CHECK(r.json.value("document").toObject().value("title").toString() == options.title);
    CHECK(r.json.value("statements").toArray().isEmpty());
    CHECK(
        r.text.contains(QStringLiteral("scan.pdf has no text layer (a scanned PDF?): only its metadata was imported")));
    CHECK(kb->repository().findItem(r.json.value("document").toObject().value("id").toString()));
}

TEST_CASE("Damaged, encrypted and non-PDF files are refused by name and the knowledge base is untouched", "[pdf]")
{
    test::TempDir dir;
    auto kb = test::createKb(dir.path("kb.db"), true);
    test::writeFile(dir.path("text.pdf"), "just some text, not a PDF\n");
    test::writeFile(dir.path("damaged.pdf"), "%PDF-1.4\n1 0 obj garbage garbage\n%%EOF\n");
    // Standard security handler, revision 2, whose password is not empty: poppler cannot open it.
    test::writeFile(dir.path("locked.pdf"),
        "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
        "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>> endobj\n"
        "4 0 obj <</Filter/Standard/V 1/R 2/P -4/O <0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef>"
        "/U <fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210>>> endobj\n"
        "trailer <</Root 1 0 R/Size 5/Encrypt 4 0 "
        "R/ID[<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]>>\n"
        "%%EOF\n");
    const core::Counts before = kb->repository().counts();
    const auto text = test::failure([&] { (void)core::importFile(kb->repository(), dir.path("text.pdf"), {}, false); });
    CHECK(text.message().contains(QStringLiteral("text.pdf is not a PDF")));
    const auto damaged
        = test::failure([&] { (void)core::importFile(kb->repository(), dir.path("damaged.pdf"), {}, false); });
    CHECK(damaged.message().contains(QStringLiteral("damaged.pdf")));
    CHECK(damaged.message().contains(QStringLiteral("Nothing was imported")));
    const auto locked
        = test::failure([&] { (void)core::importFile(kb->repository(), dir.path("locked.pdf"), {}, false); });
    CHECK(locked.message().contains(QStringLiteral("locked.pdf is encrypted with a password")));
    const core::Counts after = kb->repository().counts();
    CHECK(after.documents == before.documents);
    CHECK(after.statements == before.statements);
    CHECK(after.links == before.links);
}

TEST_CASE("A truncated PDF imports what was there and lists what was lost", "[pdf]")
{
    test::TempDir dir;
    test::writePdfFixture(dir.path("full.pdf"), test::englishPaper(), test::journalOptions(false));
    const QByteArray full = bytesOf(dir.path("full.pdf"));
    test::writeFile(dir.path("cut.pdf"), full.left(full.size() * 3 / 4));
    auto kb = test::createKb(dir.path("kb.db"), true);
    try {
        const auto r = core::importFile(kb->repository(), dir.path("cut.pdf"), {}, false);
        CHECK(r.text.contains(QStringLiteral("truncated")));
    } catch (const core::Error &e) {
        CHECK(e.message().contains(QStringLiteral("cut.pdf")));
        CHECK(e.message().contains(QStringLiteral("Nothing was imported")));
    }
}

TEST_CASE("Cancelling a PDF import writes nothing", "[pdf]")
{
    test::TempDir dir;
    test::writePdfFixture(dir.path("en.pdf"), test::englishPaper(), test::journalOptions(false));
    auto kb = test::createKb(dir.path("kb.db"), true);
    const core::Counts before = kb->repository().counts();
    int calls = 0;
    const auto cancelled = test::failure([&] {
        (void)core::importFile(
            kb->repository(), dir.path("en.pdf"), {}, false, [&](std::int64_t, std::int64_t) { return ++calls < 2; });
    });
    CHECK(cancelled.code() == core::ErrorCode::Cancelled);
    CHECK(kb->repository().counts().documents == before.documents);
    CHECK(kb->repository().counts().statements == before.statements);
}

TEST_CASE("An imported PDF is copied beside the knowledge base and survives the original moving away", "[pdf]")
{
    test::TempDir dir;
    test::writePdfFixture(dir.path("zh.pdf"), test::chinesePaper(1), test::journalOptions(true));
    const QByteArray original = test::fileHash(dir.path("zh.pdf"));
    auto kb = test::createKb(dir.path("kb.db"), true);
    const auto r = core::importFile(kb->repository(), dir.path("zh.pdf"), {}, false);
    const QJsonObject attachment = r.json.value("attachment").toObject();
    CHECK(attachment.value("mode").toString() == QStringLiteral("copy"));
    const QString copy = attachment.value("path").toString();
    CHECK(copy.startsWith(dir.path("kb.db.files/")));
    REQUIRE(QFile::remove(dir.path("zh.pdf")));
    CHECK(test::fileHash(copy) == original);
    const QString docId = r.json.value("document").toObject().value("id").toString();
    const auto list = core::attachmentsOf(kb->repository().database(), docId);
    REQUIRE(list.size() == 1);
    CHECK(core::attachmentPresent(kb->repository().database(), list[0]));
    CHECK(list[0].sha256.size() == 64);
    CHECK(list[0].fileName == QStringLiteral("zh.pdf"));
}

TEST_CASE("A linked PDF stays where it is and is reported missing once moved", "[pdf]")
{
    test::TempDir dir;
    test::writePdfFixture(dir.path("en.pdf"), test::englishPaper(1), test::journalOptions(false));
    auto kb = test::createKb(dir.path("kb.db"), true);
    const auto r = core::importFile(kb->repository(), dir.path("en.pdf"), {}, false, {}, true);
    CHECK(r.json.value("attachment").toObject().value("mode").toString() == QStringLiteral("link"));
    CHECK(!QFileInfo::exists(dir.path("kb.db.files")));
    const auto list
        = core::attachmentsOf(kb->repository().database(), r.json.value("document").toObject().value("id").toString());
    REQUIRE(list.size() == 1);
    CHECK(core::attachmentPresent(kb->repository().database(), list[0]));
    REQUIRE(QFile::rename(dir.path("en.pdf"), dir.path("moved.pdf")));
    CHECK(!core::attachmentPresent(kb->repository().database(), list[0]));
}

TEST_CASE("A PDF is copied into the attachment folder the user chose, and found there", "[pdf]")
{
    test::TempDir dir;
    test::writePdfFixture(dir.path("en.pdf"), test::englishPaper(1), test::journalOptions(false));
    auto kb = test::createKb(dir.path("kb.db"), true);
    const QString folder = dir.path("My Papers");
    const auto r = core::importFile(kb->repository(), dir.path("en.pdf"), {}, false, {}, false, folder);
    const QJsonObject attachment = r.json.value("attachment").toObject();
    CHECK(attachment.value("mode").toString() == QStringLiteral("copy"));
    CHECK(attachment.value("path").toString().startsWith(folder + QLatin1Char('/')));
    CHECK(!QFileInfo::exists(dir.path("kb.db.files"))); // nothing beside the knowledge base
    const auto list
        = core::attachmentsOf(kb->repository().database(), r.json.value("document").toObject().value("id").toString());
    REQUIRE(list.size() == 1);
    CHECK(QFileInfo(list[0].path).isAbsolute());
    CHECK(core::attachmentFilePath(kb->repository().database(), list[0]) == attachment.value("path").toString());
    CHECK(core::attachmentPresent(kb->repository().database(), list[0]));
    // The copy is the user's file byte for byte, and stays when the original goes.
    CHECK(test::fileHash(attachment.value("path").toString()) == test::fileHash(dir.path("en.pdf")));
    REQUIRE(QFile::remove(dir.path("en.pdf")));
    CHECK(core::attachmentPresent(kb->repository().database(), list[0]));
}

TEST_CASE("When the attachment cannot be written the import writes nothing at all", "[pdf]")
{
    test::TempDir dir;
    test::writePdfFixture(dir.path("en.pdf"), test::englishPaper(1), test::journalOptions(false));
    auto kb = test::createKb(dir.path("kb.db"), true);
    test::writeFile(dir.path("kb.db.files"), "a file where the folder should be");
    const core::Counts before = kb->repository().counts();
    const auto e = test::failure([&] { (void)core::importFile(kb->repository(), dir.path("en.pdf"), {}, false); });
    CHECK(e.message().contains(QStringLiteral("Cannot create the attachments folder")));
    CHECK(e.message().contains(QStringLiteral("kb.db.files")));
    CHECK(kb->repository().counts().documents == before.documents);
    CHECK(kb->repository().counts().statements == before.statements);
    CHECK(kb->repository().counts().references == before.references);
}

// What the import preview tells a user, in both interface languages (PLENUM_TEST_LANGUAGE): the
// reasons records are skipped, and a plenum-kb file previewed, merged and refused as the CLI does.
#include "interchange/kbformat.h"
#include "storage/repository.h"
#include "ui/appearance.h"
#include "ui/importpreviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/transferactions.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace plenum;

class TestImportPreview : public test::GuiTest {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_language = qEnvironmentVariable("PLENUM_TEST_LANGUAGE", QStringLiteral("en"));
    bool zh() const { return m_language == QLatin1String("zh_CN"); }
    core::Repository &repo() { return m_window->knowledgeBase().repository(); }

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

    // Every text the dialog shows that is not the file's own (titles, keys): what the walk checks.
    QStringList problems(ui::ImportPreviewDialog &dialog)
    {
        QStringList texts { dialog.windowTitle(), dialog.summary()->text() };
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            texts.append(l->text());
        for (const QAbstractButton *b : dialog.findChildren<QAbstractButton *>())
            texts.append(b->text());
        for (int c = 0; c < dialog.entries()->columnCount(); ++c)
            if (!dialog.entries()->isColumnHidden(c))
                texts.append(dialog.entries()->horizontalHeaderItem(c)->text());
        for (int r = 0; r < dialog.entries()->rowCount(); ++r)
            texts.append(dialog.entries()->item(r, 3)->text());
        for (int r = 0; r < dialog.skipped()->count(); ++r)
            texts.append(dialog.skipped()->item(r)->text());
        QStringList found;
        for (const QString &t : std::as_const(texts))
            if (const QString why = test::untranslated(t, m_language); !why.isEmpty())
                found.append(QStringLiteral("%1: “%2”").arg(why, t));
        return found;
    }

    void shot(QWidget *widget, const QString &name)
    {
        if (const QString path = test::screenshotPath(name); !path.isEmpty()) {
            widget->show();
            QVERIFY(widget->grab().save(path));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ui::Settings().setLanguage(m_language);
        ui::applyAppearance(*qApp);
        m_window = openWindow(m_dir);
        QVERIFY(m_window);
    }

    void skippedRecordsSayWhyInTheInterfaceLanguage()
    {
        // Keys and field names are the file's own words; these are ones the text walk lets through.
        const QString path = write(QStringLiteral("skips.bib"),
            "@article{good, title = {Grid management}, year = 2019}\n\n"
            "@article{x1, title = {One}, year = 2020, year = 2021}\n\n"
            "@book{x2, year = 2020}\n\n"
            "@article{x3 2020}\n");
        QVERIFY(!path.isEmpty());
        QStringList skipped, found;
        int shown = 0;
        m_window->transfers()->setPreviewHandler([&](ui::ImportPreviewDialog &dialog) {
            ++shown;
            for (int r = 0; r < dialog.skipped()->count(); ++r)
                skipped.append(dialog.skipped()->item(r)->text());
            found = problems(dialog);
            shot(&dialog, QStringLiteral("import-preview-skipped"));
            return false;
        });
        const auto before = repo().counts();
        m_window->transfers()->importFiles({ path });
        QTRY_COMPARE_WITH_TIMEOUT(shown, 1, 20000);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QCOMPARE(skipped.size(), 3);
        if (zh()) {
            QCOMPARE(skipped.at(0), QStringLiteral("第 3 行：条目 x1 中字段“年份”出现了两次，只能出现一次"));
            QCOMPARE(skipped.at(1), QStringLiteral("第 5 行：条目 x2 没有标题字段"));
            QCOMPARE(
                skipped.at(2), QStringLiteral("第 7 行：应为条目 x3（从第 7 行开始）中的“,”或“}”，实际是\"2020}\""));
        } else {
            QCOMPARE(
                skipped.at(0), QStringLiteral("Line 3: field \"year\" appears twice in entry x1; expected it once"));
            QCOMPARE(skipped.at(1), QStringLiteral("Line 5: entry x2 has no title; expected a title field"));
            QCOMPARE(skipped.at(2),
                QStringLiteral("Line 7: expected ',' or '}' in entry x3 (which starts on line 7), found \"2020}\""));
        }
        QCOMPARE(repo().counts().references, before.references); // cancelled: nothing written
        // Imported: the status bar and the report of what was skipped speak the interface language.
        m_window->transfers()->setPreviewHandler([](ui::ImportPreviewDialog &) { return true; });
        QSignalSpy said(m_window->transfers(), &ui::TransferActions::message);
        m_window->transfers()->importFiles({ path });
        QTRY_COMPARE_WITH_TIMEOUT(repo().counts().references, before.references + 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 20000);
        const QString status = said.constFirst().constFirst().toString();
        QCOMPARE(status,
            zh() ? QStringLiteral("已导入 skips.bib：新增文献 1 条，并入已有文献 0 条，跳过 3 条。")
                 : QStringLiteral("Imported skips.bib: 1 new, 0 merged into references already here, 3 skipped."));
        const ui::ErrorReport report = errors().take().constFirst();
        QCOMPARE(report.message.split(QLatin1Char('\n')), skipped);
        for (const QString &text : { report.what, report.message, status })
            QVERIFY2(test::untranslated(text, m_language).isEmpty(), qPrintable(text));
        m_window->transfers()->setPreviewHandler({});
    }

    void aPaperIsPreviewedInTheInterfaceLanguage()
    {
        QFile source(QStringLiteral(PLENUM_TEST_DATA "/paper/paper-broken.md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString path = write(QStringLiteral("paper-broken.md"), source.readAll());
        QString details;
        QStringList found;
        test::whenModal([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box)
                return false;
            details = box->detailedText();
            for (const QString &text : { box->windowTitle(), box->text(), box->informativeText() })
                if (const QString why = test::untranslated(text, m_language); !why.isEmpty())
                    found.append(why + QStringLiteral(": ") + text);
            box->button(QMessageBox::Cancel)->click();
            return true;
        });
        const auto before = repo().counts();
        m_window->transfers()->importFiles({ path });
        QTRY_VERIFY_WITH_TIMEOUT(!details.isEmpty(), 20000);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY2(details.contains(zh() ? QStringLiteral("将新建文件“Local Governance Without Numbers”。")
                                       : QStringLiteral("Creates the document “Local Governance Without Numbers”.")),
            qPrintable(details));
        // Core's own findings are worded in the interface language; the paper's words stay its own.
        QVERIFY2(details.contains(zh() ? QStringLiteral("标题“Introduction”没有编号，作为顶级章节保留")
                                       : QStringLiteral("heading \"Introduction\" has no number")),
            qPrintable(details));
        // A reference entry read only in part is named with what is missing, in the interface language.
        QVERIFY2(details.contains(zh() ? QStringLiteral("缺少年份") : QStringLiteral("no year")), qPrintable(details));
        QVERIFY2(
            details.contains(zh() ? QStringLiteral("参考文献 [") : QStringLiteral("Reference [")), qPrintable(details));
        QVERIFY2(!details.contains(QStringLiteral("dry_run")) && !details.contains(QStringLiteral("Dry run")),
            qPrintable(details));
        QTest::qWait(50);
        QCOMPARE(repo().counts().documents, before.documents); // cancelled: nothing written
    }

    void aPlenumKbFileIsPreviewedThenMergedInOneGo()
    {
        // One record already here (cc18-3, as exported), one new concept.
        QByteArray data = core::kb::exportFile(repo(), { QStringLiteral("cc18-3") });
        data += "{\"type\":\"concept\",\"id\":\"street-committees\",\"name_en\":\"Street committees\","
                "\"name_zh\":\"街道委员会\",\"sources\":[\"Test\"]}\n";
        const QString path = write(QStringLiteral("shared.plenum-kb"), data);
        QStringList rows, found;
        QString summary;
        bool canImport = false;
        int shown = 0;
        bool accept = false;
        m_window->transfers()->setPreviewHandler([&](ui::ImportPreviewDialog &dialog) {
            ++shown;
            rows.clear();
            for (int r = 0; r < dialog.entries()->rowCount(); ++r)
                rows.append(
                    dialog.entries()->item(r, 1)->text() + QLatin1Char('|') + dialog.entries()->item(r, 3)->text());
            summary = dialog.summary()->text();
            canImport = dialog.importButton()->isEnabled();
            found = problems(dialog);
            if (shown == 1)
                shot(&dialog, QStringLiteral("import-preview-kb"));
            return accept;
        });
        const auto before = repo().counts();
        m_window->transfers()->importFiles({ path });
        QTRY_COMPARE_WITH_TIMEOUT(shown, 1, 20000);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).section(QLatin1Char('|'), 1),
            zh() ? QStringLiteral("已在库中：无变化") : QStringLiteral("Already here: unchanged"));
        QCOMPARE(rows.at(1), zh() ? QStringLiteral("街道委员会|新增") : QStringLiteral("Street committees|New"));
        QVERIFY2(summary.contains(zh() ? QStringLiteral("新增 1 条") : QStringLiteral("1 new")), qPrintable(summary));
        QVERIFY(canImport);
        QTest::qWait(50);
        QCOMPARE(repo().counts().concepts, before.concepts); // the preview wrote nothing
        QVERIFY(!repo().typeOf(QStringLiteral("street-committees")));

        accept = true;
        m_window->transfers()->importFiles({ path });
        QTRY_VERIFY_WITH_TIMEOUT(repo().typeOf(QStringLiteral("street-committees")).has_value(), 20000);
        QCOMPARE(repo().counts().concepts, before.concepts + 1);
        QCOMPARE(shown, 2);
        // Imported again: nothing new, and Import has nothing to do.
        accept = false;
        m_window->transfers()->importFiles({ path });
        QTRY_COMPARE_WITH_TIMEOUT(shown, 3, 20000);
        QCOMPARE(rows.at(1).section(QLatin1Char('|'), 1),
            zh() ? QStringLiteral("已在库中：无变化") : QStringLiteral("Already here: unchanged"));
        QVERIFY(!canImport);
        m_window->transfers()->setPreviewHandler({});
    }

    void aBrokenPlenumKbFileIsRefusedByNameAndChangesNothing()
    {
        const QString name = zh() ? QStringLiteral("损坏的文件.plenum-kb") : QStringLiteral("broken.plenum-kb");
        const QString path = write(name,
            "{\"format\":\"plenum-kb\",\"version\":2}\n"
            "{\"type\":\"concept\",\"id\":\"fine\",\"name_en\":\"Fine\",\"sources\":[\"x\"]}\n"
            "{\"type\":\"concept\",\"id\":\"bad\",\"name_en\":\"Bad \xff\xfe\",\"sources\":[\"x\"]}\n");
        int shown = 0;
        m_window->transfers()->setPreviewHandler([&](ui::ImportPreviewDialog &) { return ++shown, false; });
        const auto before = repo().counts();
        m_window->transfers()->importFiles({ path });
        QTRY_VERIFY_WITH_TIMEOUT(!errors().entries.isEmpty(), 20000);
        const ui::ErrorReport report = errors().take().constFirst();
        QCOMPARE(shown, 0); // refused before any preview
        QVERIFY2(report.what.contains(name), qPrintable(report.what));
        QCOMPARE(report.detail,
            zh() ? QStringLiteral("%1 第 3 行：此行不是有效的 UTF-8 文本。").arg(name)
                 : QStringLiteral("%1:3: the line is not valid UTF-8.").arg(name));
        for (const QString &text : { report.what, report.message, report.detail })
            QVERIFY2(test::untranslated(text, m_language).isEmpty(), qPrintable(text));
        QCOMPARE(repo().counts().concepts, before.concepts);
        QVERIFY(!repo().typeOf(QStringLiteral("fine")));
        m_window->transfers()->setPreviewHandler({});
    }
};

QTEST_MAIN(TestImportPreview)
#include "test_importpreview.moc"

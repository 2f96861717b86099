// What a user sees around the views, in both interface languages (PLENUM_TEST_LANGUAGE): the
// search panel's facets and filters, the Settings dialog, the command palette and shortcut list,
// and a walk over every visible text that fails on anything left untranslated.
#include "storage/collections.h"
#include "storage/repository.h"
#include "ui/appearance.h"
#include "ui/commandpalette.h"
#include "ui/errorreporter.h"
#include "ui/helpdialogs.h"
#include "ui/mainwindow.h"
#include "ui/navigatorpanel.h"
#include "ui/searchpanel.h"
#include "ui/searchresultmodel.h"
#include "ui/settings.h"
#include "ui/settingsdialog.h"
#include "ui/statisticsview.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

using namespace plenum;

namespace {

// Why TEXT would be wrong on a screen in LANGUAGE, or "" when it is fine.
QString untranslated(const QString &text, const QString &language)
{
    return test::untranslated(text, language);
}

} // namespace

class TestLayout : public test::GuiTest {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_language = qEnvironmentVariable("PLENUM_TEST_LANGUAGE", QStringLiteral("en"));
    bool chinese() const { return m_language == QLatin1String("zh_CN"); }

    void search(const QString &text)
    {
        ui::SearchPanel *panel = m_window->search();
        m_window->focusSearch();
        panel->field()->setText(text);
        panel->searchNow();
        QTRY_VERIFY_WITH_TIMEOUT(panel->total() >= 0, 20000);
        QCoreApplication::processEvents();
    }

    // Results shown in full in the list's viewport.
    int visibleResults() const
    {
        QListView *list = m_window->search()->results();
        int shown = 0;
        for (int r = 0; r < list->model()->rowCount(); ++r)
            if (list->viewport()->rect().contains(list->visualRect(list->model()->index(r, 0))))
                ++shown;
        return shown;
    }

    // With PLENUM_SCREENSHOT_DIR set, keeps what WIDGET shows (docs/images is made this way).
    void shot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PLENUM_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name
                + (chinese() ? QStringLiteral("-zh_CN") : QString()) + QStringLiteral(".png")));
    }

    void checkTexts(QWidget *root, const QString &where)
    {
        // The search field's example queries are meant to be in both languages.
        const QStringList problems
            = test::untranslatedTexts(root, m_language, m_window->search()->field()->placeholderText());
        QVERIFY2(problems.isEmpty(), qPrintable(where + QStringLiteral(":\n") + problems.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ui::Settings().setLanguage(m_language);
        ui::applyAppearance(*qApp);
        m_window = openWindow(m_dir, { 1280, 800 });
        QVERIFY(m_window);
    }

    void facetsFoldSoResultsHaveRoom()
    {
        for (const auto &[size, wanted] : { std::pair { QSize(1280, 800), 8 }, std::pair { QSize(1024, 600), 3 } }) {
            m_window->resize(size);
            search(QStringLiteral("社会治理"));
            QVERIFY(m_window->search()->model()->rowCount() >= 10);
            shot(m_window.get(), QStringLiteral("search-%1x%2").arg(size.width()).arg(size.height()));
            QVERIFY2(visibleResults() >= wanted,
                qPrintable(QStringLiteral("%1 results visible at %2x%3")
                               .arg(visibleResults())
                               .arg(size.width())
                               .arg(size.height())));
        }
        m_window->resize(1280, 800);
        // Unfolded, the facets name Central Committees as the interface does.
        m_window->search()->facetToggle()->setChecked(true);
        QTRY_VERIFY(m_window->search()->facetsText().contains(
            chinese() ? QStringLiteral("十八届") : QStringLiteral("18th CC")));
        QVERIFY(
            !m_window->search()->facetsText().contains(chinese() ? QStringLiteral("18th") : QStringLiteral("十八届")));
        m_window->search()->facetToggle()->setChecked(false);
    }

    void eachFilterIsRemovedWithOneClick()
    {
        search(QStringLiteral("社会治理 type:statement year:2013..2017"));
        const qint64 narrowed = m_window->search()->total();
        QCOMPARE(m_window->search()->activeFilters(),
            QStringList({ QStringLiteral("type:statement"), QStringLiteral("year:2013..2017") }));
        auto *chip = m_window->search()->findChild<QToolButton *>(QStringLiteral("filter:type:statement"));
        QVERIFY(chip);
        QVERIFY(chip->isVisible());
        QCOMPARE(chip->text(), chinese() ? QStringLiteral("类型：表述  ✕") : QStringLiteral("Type: Statement  ✕"));
        chip->click();
        QCOMPARE(m_window->search()->field()->text(), QStringLiteral("社会治理 year:2013..2017"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->search()->total() >= narrowed, 20000);
        QVERIFY(!m_window->search()->findChild<QToolButton *>(QStringLiteral("filter:type:statement")));
        QCOMPARE(ui::filterLabel(QStringLiteral("milestone:cc18-3")),
            chinese() ? QStringLiteral("会议：十八届三中全会")
                      : QStringLiteral("Milestone: Third Plenum of the 18th CC"));
    }

    void settingsAreStoredAndApplied()
    {
        const QString org = QCoreApplication::organizationName(), app = QCoreApplication::applicationName();
        ui::identifyApplication();
        QVERIFY2(
            ui::Settings().fileName().contains(QStringLiteral("Plenum/Plenum")), qPrintable(ui::Settings().fileName()));
        QCoreApplication::setOrganizationName(org);
        QCoreApplication::setApplicationName(app);

        ui::SettingsDialog dialog(QStringLiteral("/tmp/backups"));
        dialog.show();
        checkTexts(&dialog, QStringLiteral("Settings dialog"));
        shot(&dialog, QStringLiteral("settings-dialog"));
        dialog.theme()->setCurrentIndex(dialog.theme()->findData(QStringLiteral("dark")));
        dialog.fontSize()->setValue(13);
        dialog.citationStyle()->setCurrentIndex(dialog.citationStyle()->findData(QStringLiteral("apa")));
        dialog.attachmentFolder()->setText(m_dir.filePath(QStringLiteral("files")));
        QVERIFY(!dialog.save()); // the language stayed
        const ui::Settings stored;
        QCOMPARE(stored.theme(), QStringLiteral("dark"));
        QCOMPARE(stored.fontSize(), 13);
        QCOMPARE(stored.exportStyle(), QStringLiteral("apa"));
        QCOMPARE(stored.attachmentFolder(), m_dir.filePath(QStringLiteral("files")));
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 60);
        QCOMPARE(QApplication::font().pointSize(), 13);
        dialog.theme()->setCurrentIndex(dialog.theme()->findData(QStringLiteral("system")));
        dialog.fontSize()->setValue(0);
        dialog.save();
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 200);
    }

    void commandPaletteListsAndRunsEveryAction()
    {
        const auto entries = ui::CommandPalette::entries(m_window->menuBar());
        ui::CommandPalette palette(m_window->menuBar(), m_window.get());
        palette.show();
        QVERIFY(entries.size() >= 25);
        QCOMPARE(palette.list()->count(), static_cast<int>(entries.size()));
        checkTexts(&palette, QStringLiteral("Command palette"));
        shot(&palette, QStringLiteral("command-palette"));
        // The palette has a shortcut of its own.
        bool own = false;
        for (const auto &e : entries)
            own |= e.action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+A"));
        QVERIFY(own);
        palette.filter()->setText(chinese() ? QStringLiteral("统计") : QStringLiteral("statistics"));
        QCOMPARE(palette.list()->count(), 1);
        palette.runCurrent();
        QTRY_VERIFY(m_window->statistics()->isVisible());
        std::unique_ptr<QDialog> shortcuts(ui::createShortcutList(m_window->menuBar(), nullptr));
        shortcuts->setAttribute(Qt::WA_DeleteOnClose, false);
        auto *table = shortcuts->findChild<QTableWidget *>(QStringLiteral("shortcuts"));
        QVERIFY(table->rowCount() >= 15);
        shortcuts->show();
        checkTexts(shortcuts.get(), QStringLiteral("Shortcut list"));
        std::unique_ptr<QDialog> guide(ui::createUserGuide(nullptr));
        guide->setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(guide->findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("timeline")));
    }

    void theStatusBarNeverOverlapsAt1024x600()
    {
        m_window->resize(1024, 600);
        QStatusBar *bar = m_window->statusBar();
        bar->clearMessage(); // what earlier tests left there
        QCoreApplication::processEvents();
        auto *counts = bar->findChild<QLabel *>(QStringLiteral("counts"));
        QVERIFY(counts);
        QVERIFY(counts->isVisible());
        // The counts fit whole inside the bar.
        QVERIFY2(counts->width() >= counts->sizeHint().width(), qPrintable(counts->text()));
        QVERIFY(counts->geometry().right() <= bar->contentsRect().right());
        // A long message has the bar to itself, and the counts come back after it.
        bar->showMessage(QStringLiteral("Imported 120 references from social-governance-2024.bib; 3 records were "
                                        "skipped because they could not be read"));
        QCoreApplication::processEvents();
        QVERIFY(!counts->isVisible());
        bar->clearMessage();
        QCoreApplication::processEvents();
        QVERIFY(counts->isVisible());
        // The navigator's tabs are whole, none behind scroll arrows.
        QTabBar *tabs = m_window->navigator()->tabBar();
        QVERIFY2(tabs->width() >= tabs->sizeHint().width(),
            qPrintable(QStringLiteral("%1 < %2").arg(tabs->width()).arg(tabs->sizeHint().width())));
        m_window->resize(1280, 800);
    }

    void errorDialogsSpeakTheInterfaceLanguage()
    {
        // A real failure from core (a collection name taken), shown as the user sees it, details open.
        core::Repository &repo = m_window->knowledgeBase().repository();
        const QString name = chinese() ? QStringLiteral("第三章") : QStringLiteral("Chapter 3"); // the user's words
        core::createCollection(repo, name);
        std::optional<core::Error> error;
        try {
            core::createCollection(repo, name);
        } catch (const core::Error &e) {
            error = e;
        }
        QVERIFY(error);
        ui::DialogErrorReporter dialogs(m_window.get());
        QStringList problems;
        int shown = 0;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->property("walked").toBool())
                return;
            box->setProperty("walked", true);
            ++shown;
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::ActionRole)
                    b->click(); // "Show Details…"
            QCoreApplication::processEvents();
            for (const auto &[widget, text] : test::visibleTexts(box))
                if (const QString why = untranslated(text, m_language); !why.isEmpty())
                    problems.append(QStringLiteral("%1 in %2: “%3”").arg(why, widget, text));
            if (const QString why = untranslated(box->detailedText(), m_language); !why.isEmpty())
                problems.append(QStringLiteral("%1 in the details: “%2”").arg(why, box->detailedText()));
            // The sentence reads in lines of a sensible length, not a few characters each (CJK text
            // may wrap after any character, so Qt would size the box to almost nothing).
            for (const char *name : { "qt_msgbox_label", "qt_msgbox_informativelabel" }) {
                const auto *label = box->findChild<QLabel *>(QLatin1String(name));
                const int lines = label ? label->height() / label->fontMetrics().lineSpacing() : 0;
                const int perLine = label ? label->width() / label->fontMetrics().horizontalAdvance(QChar(0x4E2D)) : 0;
                if (label && lines > 2 && perLine < 20)
                    problems.append(
                        QStringLiteral("%1 wraps in %2 lines of %3 characters").arg(name).arg(lines).arg(perLine));
            }
            shot(box, QStringLiteral("error-dialog"));
            box->button(QMessageBox::Ok)->click();
        });
        poll.start();
        dialogs.report(
            chinese() ? QStringLiteral("无法新建合集") : QStringLiteral("Cannot make the collection"), *error);
        poll.stop();
        QCOMPARE(shown, 1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void noTextReachesTheScreenUntranslated()
    {
        m_window->resize(1280, 800);
        search(QStringLiteral("社会治理 type:statement"));
        m_window->search()->facetToggle()->setChecked(true);
        QTRY_VERIFY(!m_window->search()->facetsText().isEmpty());
        checkTexts(m_window.get(), QStringLiteral("Main window"));
        QStringList menuProblems;
        for (const auto &e : ui::CommandPalette::entries(m_window->menuBar()))
            if (const QString why = untranslated(e.path + QStringLiteral(" ") + e.name, m_language); !why.isEmpty())
                menuProblems.append(why + QStringLiteral(": ") + e.path + QStringLiteral(" ▸ ") + e.name);
        QVERIFY2(menuProblems.isEmpty(), qPrintable(menuProblems.join(QLatin1Char('\n'))));
        for (const QString &line : m_window->search()->facetsText().split(QStringLiteral("<br>"))) {
            QTextDocument doc;
            doc.setHtml(line);
            QVERIFY2(untranslated(doc.toPlainText(), m_language).isEmpty(), qPrintable(doc.toPlainText()));
        }
        m_window->search()->facetToggle()->setChecked(false);
    }
};

QTEST_MAIN(TestLayout)
#include "test_layout.moc"

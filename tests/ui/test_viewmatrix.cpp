// Every view at the two window sizes the issue names (1280×800 and 1024×600), in the interface
// language of PLENUM_TEST_LANGUAGE: the page of each kind of item, the graph, statistics, the
// note editor and a search. Each view is checked as a reader sees it: no widget text left
// untranslated or snake_case, and no item page showing another item's raw ID where its title
// belongs. With PLENUM_SCREENSHOT_DIR set, each one is kept as view-NAME-WxH[-zh_CN].png.
#include "facade/knowledgebase.h"
#include "storage/repository.h"
#include "ui/appearance.h"
#include "ui/graphview.h"
#include "ui/itempage.h"
#include "ui/mainwindow.h"
#include "ui/searchpanel.h"
#include "ui/settings.h"
#include "ui/statisticsview.h"
#include "uitestsupport.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace plenum;

class TestViewMatrix : public test::GuiTest {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_language = qEnvironmentVariable("PLENUM_TEST_LANGUAGE", QStringLiteral("en"));
    QStringList m_ids; // every item's ID
    // The IDs with a digit (doc-cc19-4-1, note-3, cc18-3), each as a whole word: nothing but IDs,
    // where "rule-of-law" is also English.
    QList<std::pair<QString, QRegularExpression>> m_rawIds;

    QString sizeName() const { return QStringLiteral("%1x%2").arg(m_window->width()).arg(m_window->height()); }

    void shot(const QString &view)
    {
        const QString path = test::screenshotPath(QStringLiteral("view-%1-%2").arg(view, sizeName()));
        if (!path.isEmpty())
            QVERIFY(m_window->grab().save(path));
    }

    // The window's widget texts, wherever they come from, read as the interface language wants.
    void checkWidgets(const QString &view)
    {
        const QStringList problems
            = test::untranslatedTexts(m_window.get(), m_language, m_window->search()->field()->placeholderText());
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 at %2:\n%3").arg(view, sizeName(), problems.join(QLatin1Char('\n')))));
    }

    // The page of ID names other items by their titles: no item's ID stands in its text except
    // the page's own, once, at its foot. The page's data may be English, so only raw names count.
    void checkPage(const QString &id)
    {
        const QString text = m_window->itemPage()->browser()->toPlainText();
        const qsizetype markup = text.indexOf(QLatin1String("[["));
        QVERIFY2(markup < 0, qPrintable(id + QStringLiteral(": link markup shown: …") + text.mid(markup - 60, 120)));
        // Addresses and paths are the sources' own; everything else is checked for raw names.
        static const QRegularExpression url(QStringLiteral("\\S*[/\\\\]\\S*"));
        const QString words = QString(text).remove(url);
        static const QRegularExpression snake(QStringLiteral("\\b[a-z]+_[a-z_]+\\b"));
        const auto name = snake.match(words);
        QVERIFY2(!name.hasMatch(),
            qPrintable(QStringLiteral("the page of %1 shows the raw name %2: …%3…")
                           .arg(id, name.captured(), words.mid(name.capturedStart() - 40, 80))));
        for (const auto &[other, raw] : std::as_const(m_rawIds)) {
            const qsizetype allowed = other == id ? 1 : 0;
            const auto m = raw.match(text);
            QVERIFY2(text.count(raw) <= allowed,
                qPrintable(QStringLiteral("the page of %1 shows the ID %2: …%3…")
                               .arg(id, other, text.mid(m.capturedStart() - 40, 80))));
        }
    }

    void walkViews()
    {
        auto &repo = m_window->knowledgeBase().repository();
        for (const core::ItemType type : core::kAllItemTypes) {
            const QStringList ids = repo.itemIds(type);
            if (ids.isEmpty())
                continue;
            // The item with the most to show: the middle one of its kind is as good as any, and
            // the same in both languages.
            const QString id = type == core::ItemType::Milestone ? QStringLiteral("cc18-3")
                : type == core::ItemType::Concept                ? QStringLiteral("social-governance")
                                                                 : ids.at(ids.size() / 2);
            m_window->openItem(id);
            m_window->showView(m_window->itemPage());
            QCoreApplication::processEvents();
            checkPage(id);
            checkWidgets(core::typeName(type));
            shot(core::typeName(type));
        }
        m_window->showView(m_window->graph()->parentWidget());
        QCoreApplication::processEvents();
        checkWidgets(QStringLiteral("graph"));
        shot(QStringLiteral("graph"));
        m_window->showView(m_window->statistics());
        QCoreApplication::processEvents();
        checkWidgets(QStringLiteral("statistics"));
        shot(QStringLiteral("statistics"));
        m_window->focusSearch();
        m_window->search()->field()->setText(QStringLiteral("社会治理"));
        m_window->search()->searchNow();
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->search()->total() > 0,
            qPrintable(QString::number(m_window->search()->total()) + m_window->search()->field()->text()), 20000);
        QCoreApplication::processEvents();
        checkWidgets(QStringLiteral("search"));
        shot(QStringLiteral("search"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ui::Settings().setLanguage(m_language);
        ui::applyAppearance(*qApp);
        m_window = openWindow(m_dir, { 1280, 800 });
        QVERIFY(m_window);
        auto &repo = m_window->knowledgeBase().repository();
        for (const core::ItemType type : core::kAllItemTypes)
            m_ids += repo.itemIds(type);
        QVERIFY(m_ids.size() > 100);
        for (const QString &id : std::as_const(m_ids))
            if (id.contains(QRegularExpression(QStringLiteral("\\d"))))
                m_rawIds.append({ id,
                    QRegularExpression(
                        QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(id))) });
    }

    void everyViewAt1280x800()
    {
        m_window->resize(1280, 800);
        walkViews();
    }

    void everyViewAt1024x600()
    {
        m_window->resize(1024, 600);
        walkViews();
    }

    // Every page of the bundled knowledge base: titles and names where other items are named,
    // rendered notes, no raw names.
    void noPageShowsRawIdsOrMarkup()
    {
        for (const QString &id : std::as_const(m_ids)) {
            m_window->openItem(id);
            checkPage(id);
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_MAIN(TestViewMatrix)
#include "test_viewmatrix.moc"

// The linking actions of an item page: link unlinked mentions, reject an automatic link, merge
// duplicate references — each undoable.
#include "facade/knowledgebase.h"
#include "linking/notelinks.h"
#include "storage/repository.h"
#include "ui/itempage.h"
#include "ui/mainwindow.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace plenum;

class TestLinks : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    core::Repository &repo() { return m_window->knowledgeBase().repository(); }
    int backlinkCount(const QString &id)
    {
        int n = 0;
        for (const auto &l : repo().backlinks(id))
            n += l.rejected ? 0 : 1;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::prepareGuiTest();
        m_window = test::openWindow(m_dir);
        QVERIFY(m_window);
    }

    void linkAnUnlinkedMentionAndUndo()
    {
        core::Item note;
        note.type = core::ItemType::Note;
        note.id = QStringLiteral("note-grid");
        note.fields = { { "title", "Field visit" }, { "body", "社区推行网格化管理以后，居民反映问题更快了。" } };
        core::saveNote(repo(), note);
        m_window->openItem(QStringLiteral("grid-management"));
        const int before = backlinkCount(QStringLiteral("grid-management"));
        m_window->itemPage()->findUnlinkedMentions();
        const auto unlinked = m_window->itemPage()->unlinkedMentions();
        QVERIFY(std::any_of(
            unlinked.begin(), unlinked.end(), [](const auto &m) { return m.sourceId == QLatin1String("note-grid"); }));
        QVERIFY(m_window->itemPage()->html().contains(QStringLiteral("网格化管理以后")));
        emit m_window->itemPage()->linkMentionsRequested(QStringLiteral("grid-management"), unlinked);
        QCOMPARE(backlinkCount(QStringLiteral("grid-management")), before + unlinked.size());
        m_window->undoStack()->undo();
        QCOMPARE(backlinkCount(QStringLiteral("grid-management")), before);
        m_window->undoStack()->redo();
        QCOMPARE(backlinkCount(QStringLiteral("grid-management")), before + unlinked.size());
    }

    void rejectAnAutomaticLinkAndUndo()
    {
        std::int64_t autoLink = 0;
        for (const auto &l : repo().backlinks(QStringLiteral("cc18-3")))
            if (core::originName(l.origin) == QLatin1String("auto") && !l.rejected)
                autoLink = l.rowId;
        QVERIFY(autoLink > 0);
        m_window->openItem(QStringLiteral("cc18-3"));
        QVERIFY(m_window->itemPage()->html().contains(QStringLiteral("reject:%1").arg(autoLink)));
        const int before = backlinkCount(QStringLiteral("cc18-3"));
        emit m_window->itemPage()->rejectLinkRequested(autoLink, QStringLiteral("cc18-3"));
        QCOMPARE(backlinkCount(QStringLiteral("cc18-3")), before - 1);
        m_window->undoStack()->undo();
        QCOMPARE(backlinkCount(QStringLiteral("cc18-3")), before);
    }

    void mergeDuplicateReferencesAndUndo()
    {
        m_window->openItem(QStringLiteral("ref-li2020-8"));
        QVERIFY(m_window->itemPage()->html().contains(QStringLiteral("merge:ref-li2020-9")));
        const int citesBefore
            = backlinkCount(QStringLiteral("ref-li2020-8")) + backlinkCount(QStringLiteral("ref-li2020-9"));
        emit m_window->itemPage()->mergeRequested(QStringLiteral("ref-li2020-8"), QStringLiteral("ref-li2020-9"));
        QVERIFY(!repo().findItem(QStringLiteral("ref-li2020-9")).has_value());
        // The paper still cites the work as entries [8] and [9]: every citation moved to the kept reference.
        QList<int> positions;
        for (const auto &l : repo().linksBetween(QStringLiteral("doc-li-2020"), QStringLiteral("ref-li2020-8")))
            if (l.position && core::originName(l.origin) == QLatin1String("manual"))
                positions.append(*l.position);
        std::sort(positions.begin(), positions.end());
        QCOMPARE(positions, (QList<int> { 8, 9 }));
        m_window->undoStack()->undo();
        QVERIFY(repo().findItem(QStringLiteral("ref-li2020-9")).has_value());
        QCOMPARE(
            backlinkCount(QStringLiteral("ref-li2020-8")) + backlinkCount(QStringLiteral("ref-li2020-9")), citesBefore);
    }
};

QTEST_MAIN(TestLinks)
#include "test_links.moc"

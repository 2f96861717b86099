// Editing every kind of item in the item pane: create, edit, delete, undo and redo, each one undo
// step, by keyboard; links by hand, tags, collections, a statement from selected text; and every
// view showing the new state after an edit, an undo, or another program's write.
#include "facade/knowledgebase.h"
#include "queries/itemedits.h"
#include "storage/collections.h"
#include "storage/itemtags.h"
#include "storage/repository.h"
#include "ui/appearance.h"
#include "ui/concepttreemodel.h"
#include "ui/editors/authorlisteditor.h"
#include "ui/editors/collectionspanel.h"
#include "ui/editors/editactions.h"
#include "ui/editors/itemeditor.h"
#include "ui/editors/linkdialog.h"
#include "ui/itempage.h"
#include "ui/labels.h"
#include "ui/mainwindow.h"
#include "ui/milestonetreemodel.h"
#include "ui/navigatorpanel.h"
#include "ui/roles.h"
#include "ui/session.h"
#include "ui/settings.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace plenum;

class TestEditors : public test::GuiTest {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::EditActions *m_edit = nullptr;
    int m_confirmations = 0;
    QString m_language = qEnvironmentVariable("PLENUM_TEST_LANGUAGE", QStringLiteral("en"));

    // PLENUM_SCREENSHOT_DIR keeps pictures of the editors for the user guide.
    void screenshot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("PLENUM_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QLatin1Char('/') + name
                + (m_language == QLatin1String("en") ? QString() : QLatin1Char('-') + m_language)
                + QStringLiteral(".png")));
    }

    core::Repository &repo() { return m_window->knowledgeBase().repository(); }
    ui::ItemEditor *editor() { return m_window->itemPage()->editor(); }

    // Types TEXT into WIDGET: Latin by keys, Chinese through the input method, as users type it.
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClicks(widget, QString(c));
            } else {
                QInputMethodEvent event;
                event.setCommitString(QString(c));
                QApplication::sendEvent(widget, &event);
            }
        }
    }

    // Types TEXT into the editor's input for KEY as a user would (a combo box is set to the value).
    void fill(const QString &key, const QString &text)
    {
        QWidget *input = editor()->input(key);
        QVERIFY2(input, qPrintable(key));
        if (auto *combo = qobject_cast<QComboBox *>(input)) {
            const int index = combo->findData(text);
            QVERIFY2(index >= 0, qPrintable(text));
            combo->setCurrentIndex(index);
        } else if (auto *line = qobject_cast<QLineEdit *>(input)) {
            line->selectAll();
            line->setFocus();
            QTest::keyClick(line, Qt::Key_Delete);
            type(line, text);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(input)) {
            plain->selectAll();
            plain->setFocus();
            QTest::keyClick(plain, Qt::Key_Delete);
            type(plain, text);
        }
    }

    // Saves the form with Ctrl+Return, as the keyboard user does.
    void saveByKeyboard()
    {
        QTest::keyClick(editor()->input(QStringLiteral("tags")), Qt::Key_Return, Qt::ControlModifier);
    }

    // Creates an item of TYPE through Edit ▸ New Item with the fields given, and returns its ID.
    QString create(core::ItemType type, const QList<std::pair<QString, QString>> &fields)
    {
        m_edit->newItem(type);
        if (!m_window->itemPage()->isEditing())
            return {};
        const QString id = editor()->original().id;
        for (const auto &[key, text] : fields)
            fill(key, text);
        saveByKeyboard();
        QCoreApplication::processEvents(); // the views reload once the edit is done
        return id;
    }

    // Deletes the item on the page (confirming), undoes, redoes and undoes again, checking each step.
    void deleteUndoRedo(const QString &id)
    {
        m_window->openItem(id);
        const auto before = repo().item(id);
        m_edit->deleteCurrent();
        QCoreApplication::processEvents();
        QVERIFY(!repo().findItem(id));
        QVERIFY(!m_window->itemPage()->html().contains(QStringLiteral("edit:edit"))); // the "deleted" notice
        m_window->undoStack()->undo();
        QCoreApplication::processEvents();
        QVERIFY(repo().findItem(id));
        QCOMPARE(repo().item(id).fields, before.fields);
        QVERIFY(m_window->itemPage()->html().contains(QStringLiteral("edit:edit")));
        m_window->undoStack()->redo();
        QCoreApplication::processEvents();
        QVERIFY(!repo().findItem(id));
        m_window->undoStack()->undo();
        QCoreApplication::processEvents();
        QVERIFY(repo().findItem(id));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ui::Settings().setLanguage(m_language);
        ui::applyAppearance(*qApp);
        m_window = openWindow(m_dir);
        QVERIFY(m_window);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_edit = m_window->findChild<ui::EditActions *>();
        QVERIFY(m_edit);
        m_edit->setConfirm([this](const QString &, const QString &) {
            ++m_confirmations;
            return true;
        });
    }

    void statementCreateEditDeleteUndoRedo()
    {
        const QString id = create(core::ItemType::Statement,
            { { "text", QStringLiteral("加强和创新社会治理") }, { "kind", "claim" }, { "locator", "p. 12" },
                { "verification.status", "verified" }, { "verification.evidence", QStringLiteral("原文第三部分") },
                { "tags", "governance, 2013" } });
        QVERIFY(!m_window->itemPage()->isEditing());
        auto stored = repo().findItem(id);
        QVERIFY(stored);
        QCOMPARE(stored->text(QStringLiteral("text")), QStringLiteral("加强和创新社会治理"));
        QCOMPARE(stored->text(QStringLiteral("kind")), QStringLiteral("claim"));
        QCOMPARE(
            stored->fields.value("verification").toObject().value("status").toString(), QStringLiteral("verified"));
        QCOMPARE(core::tagsOf(repo(), id), (QStringList { "2013", "governance" }));
        QVERIFY(m_window->itemPage()->html().contains(QStringLiteral("governance")));
        QVERIFY(m_window->undoStack()->undoText().contains(QStringLiteral("加强和创新社会治理")));

        // Edit by keyboard: F2 is Edit Item.
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QVERIFY(m_window->itemPage()->isEditing());
        fill(QStringLiteral("text"), QStringLiteral("创新社会治理体制"));
        saveByKeyboard();
        QCOMPARE(repo().item(id).text(QStringLiteral("text")), QStringLiteral("创新社会治理体制"));
        m_window->undoStack()->undo();
        QCOMPARE(repo().item(id).text(QStringLiteral("text")), QStringLiteral("加强和创新社会治理"));
        QVERIFY(m_window->itemPage()->html().contains(QStringLiteral("加强和创新社会治理")));
        m_window->undoStack()->redo();
        QCOMPARE(repo().item(id).text(QStringLiteral("text")), QStringLiteral("创新社会治理体制"));
        deleteUndoRedo(id);
        QCOMPARE(core::tagsOf(repo(), id), (QStringList { "2013", "governance" }));

        // Undo of the creation removes it; redo brings it back.
        while (repo().findItem(id) && m_window->undoStack()->canUndo())
            m_window->undoStack()->undo();
        QVERIFY(!repo().findItem(id));
        while (!repo().findItem(id) && m_window->undoStack()->canRedo())
            m_window->undoStack()->redo();
        QVERIFY(repo().findItem(id));
    }

    void aBadValueIsNamedAndNothingIsStored()
    {
        const auto counts = repo().counts();
        m_edit->newItem(core::ItemType::Statement);
        fill(QStringLiteral("text"), QStringLiteral("一句话"));
        fill(QStringLiteral("date"), QStringLiteral("2013-13-01"));
        saveByKeyboard();
        screenshot(QStringLiteral("editor-statement"));
        QVERIFY(m_window->itemPage()->isEditing());
        // The field is named as the form names it, in the interface language, never by its stored name.
        const QString label = editor()->input(QStringLiteral("date"))->accessibleName();
        const QString problem = editor()->problem();
        QVERIFY2(problem.contains(m_language == QLatin1String("en") ? QStringLiteral("\"Date\" must be a date")
                                                                    : QStringLiteral("“%1”必须是").arg(label)),
            qPrintable(problem));
        QVERIFY2(!problem.contains(QStringLiteral("\"date\"")), qPrintable(problem));
        // The form is the statement's own: the message does not name it by its ID.
        QVERIFY2(!problem.contains(QStringLiteral("statement-")), qPrintable(problem));
        QCOMPARE(QApplication::focusWidget(), editor()->input(QStringLiteral("date")));
        QCOMPARE(repo().counts().statements, counts.statements);
        // Escape leaves the editor and stores nothing.
        QTest::keyClick(editor()->input(QStringLiteral("date")), Qt::Key_Escape);
        QVERIFY(!m_window->itemPage()->isEditing());
        QCOMPARE(repo().counts().statements, counts.statements);
    }

    void conceptWithAliasesInBothLanguages()
    {
        const QString id = create(core::ItemType::Concept,
            { { "name_zh", QStringLiteral("基层治理") }, { "name_en", "Grassroots governance" },
                { "definition_en", "Governance at the level of townships and communities." },
                { "aliases_zh", QStringLiteral("基层社会治理; 城乡基层治理") }, { "aliases_en", "local governance" } });
        const auto stored = repo().findItem(id);
        QVERIFY(stored);
        QCOMPARE(stored->aliases.size(), 3);
        QCOMPARE(repo().resolve(QStringLiteral("城乡基层治理")), id);
        // The new concept is in the navigator at once.
        QVERIFY(m_window->conceptModel()->indexOf(id).isValid());
        m_window->openItem(id);
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        fill(QStringLiteral("aliases_en"), QString());
        saveByKeyboard();
        QCOMPARE(repo().aliases(id).size(), 2);
        m_window->undoStack()->undo();
        QCOMPARE(repo().aliases(id).size(), 3);
        deleteUndoRedo(id);
        QVERIFY(m_window->conceptModel()->indexOf(id).isValid());
    }

    void documentCreateEditDelete()
    {
        const QString id = create(core::ItemType::Document,
            { { "title_zh", QStringLiteral("浙江省基层治理条例") }, { "kind", "regulation" }, { "date", "2022-03" },
                { "authors", QStringLiteral("浙江省人大常委会") } });
        const auto stored = repo().findItem(id);
        QVERIFY(stored);
        QCOMPARE(stored->fields.value("authors").toArray(), QJsonArray { QStringLiteral("浙江省人大常委会") });
        m_window->openItem(id);
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        fill(QStringLiteral("title_en"), QStringLiteral("Zhejiang Grassroots Governance Regulations"));
        saveByKeyboard();
        QCOMPARE(repo().item(id).text(QStringLiteral("title_en")),
            QStringLiteral("Zhejiang Grassroots Governance Regulations"));
        m_window->undoStack()->undo();
        QVERIFY(repo().item(id).text(QStringLiteral("title_en")).isEmpty());
        deleteUndoRedo(id);
    }

    void referenceWithAuthorsReorderedAndLiteral()
    {
        m_edit->newItem(core::ItemType::Reference);
        const QString id = editor()->original().id;
        // The fields follow the CSL type: a book has a publisher and no issue.
        auto *typeBox = qobject_cast<QComboBox *>(editor()->input(QStringLiteral("type")));
        QVERIFY(typeBox);
        QVERIFY(editor()->input(QStringLiteral("issue"))->isVisible());
        typeBox->setCurrentIndex(typeBox->findData(QStringLiteral("book")));
        QVERIFY(!editor()->input(QStringLiteral("issue"))->isVisible());
        QVERIFY(editor()->input(QStringLiteral("publisher"))->isVisible());
        typeBox->setCurrentIndex(typeBox->findData(QStringLiteral("article-journal")));
        fill(QStringLiteral("title"), QStringLiteral("Grid management in urban China"));
        fill(QStringLiteral("issued"), QStringLiteral("2019-06"));
        fill(QStringLiteral("container-title"), QStringLiteral("The China Quarterly"));
        ui::AuthorListEditor *authors = editor()->authors();
        QVERIFY(authors);
        const auto names = authors->findChildren<QLineEdit *>(); // family, given, full name
        QCOMPARE(names.size(), 3);
        authors->addAuthor();
        QCOMPARE(QApplication::focusWidget(), names.at(0)); // Add puts the cursor in the family name
        QTest::keyClicks(names.at(0), QStringLiteral("Tang"));
        QTest::keyClicks(names.at(1), QStringLiteral("Beibei"));
        authors->addAuthor();
        QTest::keyClicks(names.at(0), QStringLiteral("Mittelstaedt"));
        authors->addAuthor();
        authors->findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(names.at(2)->isVisible());
        type(names.at(2), QStringLiteral("国务院发展研究中心"));
        // Alt+Up moves the organisation to the front, as a drag would.
        authors->list()->setFocus();
        QTest::keyClick(authors->list(), Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(authors->list(), Qt::Key_Up, Qt::AltModifier);
        screenshot(QStringLiteral("editor-reference"));
        saveByKeyboard();
        screenshot(QStringLiteral("page-reference"));
        const auto stored = repo().findItem(id);
        QVERIFY(stored);
        const QJsonArray storedNames = stored->fields.value("author").toArray();
        QCOMPARE(storedNames.size(), 3);
        QCOMPARE(storedNames.at(0).toObject().value("literal").toString(), QStringLiteral("国务院发展研究中心"));
        QCOMPARE(storedNames.at(1).toObject().value("family").toString(), QStringLiteral("Tang"));
        QCOMPARE(storedNames.at(1).toObject().value("given").toString(), QStringLiteral("Beibei"));
        QCOMPARE(stored->fields.value("issued").toObject(),
            (QJsonObject { { "date-parts", QJsonArray { QJsonArray { 2019, 6 } } } }));
        QCOMPARE(stored->fields.value("type").toString(), QStringLiteral("article-journal"));
        // The page shows the authors and every field.
        const QString html = m_window->itemPage()->html();
        QVERIFY(html.contains(QStringLiteral("国务院发展研究中心")));
        QVERIFY(html.contains(QStringLiteral("Mittelstaedt")));
        QVERIFY(html.contains(QStringLiteral("The China Quarterly")));
        // Removing an author is one undo step.
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        editor()->authors()->list()->setCurrentRow(2);
        editor()->authors()->removeAuthor();
        saveByKeyboard();
        QCOMPARE(repo().item(id).fields.value("author").toArray().size(), 2);
        m_window->undoStack()->undo();
        QCOMPARE(repo().item(id).fields.value("author").toArray().size(), 3);
        deleteUndoRedo(id);
    }

    void aReferencesEditorsAreEditedLikeItsAuthors()
    {
        m_edit->newItem(core::ItemType::Reference);
        const QString id = editor()->original().id;
        auto *typeBox = qobject_cast<QComboBox *>(editor()->input(QStringLiteral("type")));
        typeBox->setCurrentIndex(typeBox->findData(QStringLiteral("chapter")));
        fill(QStringLiteral("title"), QStringLiteral("Governing the grassroots"));
        ui::AuthorListEditor *editors = editor()->editors();
        QVERIFY(editors);
        QVERIFY(editors != editor()->authors());
        QVERIFY(editors->isVisible());
        const auto names = editors->findChildren<QLineEdit *>(); // family, given, full name
        editors->addAuthor();
        QTest::keyClicks(names.at(0), QStringLiteral("Heilmann"));
        QTest::keyClicks(names.at(1), QStringLiteral("Sebastian"));
        editors->addAuthor();
        editors->findChild<QCheckBox *>()->setChecked(true);
        type(names.at(2), QStringLiteral("中国社会科学院"));
        saveByKeyboard();
        const QJsonArray stored = repo().item(id).fields.value("editor").toArray();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).toObject().value("family").toString(), QStringLiteral("Heilmann"));
        QCOMPARE(stored.at(1).toObject().value("literal").toString(), QStringLiteral("中国社会科学院"));
        QVERIFY(repo().item(id).fields.value("author").toArray().isEmpty()); // the authors are apart
        QVERIFY(m_window->itemPage()->html().contains(QStringLiteral("Heilmann")));
        // Editing again shows them, and removing one is one undo step.
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QCOMPARE(editor()->editors()->list()->count(), 2);
        editor()->editors()->list()->setCurrentRow(0);
        editor()->editors()->removeAuthor();
        saveByKeyboard();
        QCOMPARE(repo().item(id).fields.value("editor").toArray().size(), 1);
        m_window->undoStack()->undo();
        QCOMPARE(repo().item(id).fields.value("editor").toArray().size(), 2);
    }

    void aLocalMilestoneAppearsInTheTreeAndComesBackOnUndo()
    {
        const QString id = create(core::ItemType::Milestone,
            { { "name_zh", QStringLiteral("浙江省第十五次党代会") },
                { "name_en", "15th Zhejiang Provincial Party Congress" }, { "start_date", "2022-06-18" },
                { "end_date", "2022-06-21" } });
        QVERIFY(repo().findItem(id));
        QVERIFY(m_window->milestoneModel()->indexOf(id).isValid());
        m_window->openItem(id);
        m_edit->deleteCurrent();
        QCoreApplication::processEvents();
        QVERIFY(!m_window->milestoneModel()->indexOf(id).isValid());
        m_window->undoStack()->undo();
        QCoreApplication::processEvents();
        QVERIFY(m_window->milestoneModel()->indexOf(id).isValid());
    }

    void deletingAnItemWithLinksAsksFirst()
    {
        m_window->openItem(QStringLiteral("grid-management"));
        m_confirmations = 0;
        m_edit->setConfirm([this](const QString &, const QString &) {
            ++m_confirmations;
            return false;
        });
        m_edit->deleteCurrent();
        QCOMPARE(m_confirmations, 1);
        QVERIFY(repo().findItem(QStringLiteral("grid-management")));
        m_edit->setConfirm([this](const QString &, const QString &) {
            ++m_confirmations;
            return true;
        });
    }

    void undoKeepsTreeExpansionAndSelection()
    {
        QTreeView *tree = m_window->navigator()->milestoneView();
        const QModelIndex plenum = m_window->milestoneModel()->indexOf(QStringLiteral("cc18-3"));
        QVERIFY(plenum.isValid());
        tree->expand(plenum.parent());
        tree->setCurrentIndex(plenum);
        const QString other = QStringLiteral("cc19-4");
        const QModelIndex otherIndex = m_window->milestoneModel()->indexOf(other);
        QVERIFY(otherIndex.isValid());
        QVERIFY(!tree->isExpanded(otherIndex.parent()));
        m_window->openItem(QStringLiteral("cc18-3"));
        m_window->itemPage()->editCurrent();
        fill(QStringLiteral("summary_en"), QStringLiteral("Edited summary."));
        saveByKeyboard();
        m_window->undoStack()->undo();
        QCoreApplication::processEvents();
        const QModelIndex after = m_window->milestoneModel()->indexOf(QStringLiteral("cc18-3"));
        QVERIFY(tree->isExpanded(after.parent()));
        QCOMPARE(tree->currentIndex().data(ui::IdRole).toString(), QStringLiteral("cc18-3"));
        QVERIFY(!tree->isExpanded(m_window->milestoneModel()->indexOf(other).parent()));
    }

    void linksByHandAreAddedShownAndRemovedUndoably()
    {
        const QString source = QStringLiteral("grid-management");
        ui::LinkDialog dialog(repo(), source);
        dialog.target()->setText(QStringLiteral("十八届三中全会"));
        dialog.relation()->setCurrentIndex(dialog.relation()->findData(QStringLiteral("first_appears_in")));
        dialog.note()->setText(QStringLiteral("named in the Decision"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const int before = static_cast<int>(repo().outgoingLinks(source).size());
        m_edit->addLink(dialog.link());
        const auto links = repo().outgoingLinks(source);
        QCOMPARE(static_cast<int>(links.size()), before + 1);
        const auto added = std::find_if(links.begin(), links.end(), [](const core::Link &l) {
            return l.targetId == QLatin1String("cc18-3") && l.relation == core::Relation::FirstAppearsIn;
        });
        QVERIFY(added != links.end());
        QCOMPARE(added->origin, core::LinkOrigin::Manual);
        m_window->openItem(source);
        QVERIFY(m_window->itemPage()->html().contains(QStringLiteral("unlink:%1").arg(added->rowId)));
        m_edit->removeLink(added->rowId, source);
        QCOMPARE(static_cast<int>(repo().outgoingLinks(source).size()), before);
        m_window->undoStack()->undo();
        QCOMPARE(static_cast<int>(repo().outgoingLinks(source).size()), before + 1);
        m_window->undoStack()->undo();
        QCOMPARE(static_cast<int>(repo().outgoingLinks(source).size()), before);

        // A target nobody has is refused in the dialog, which stays open.
        ui::LinkDialog bad(repo(), source);
        bad.target()->setText(QStringLiteral("no such thing"));
        bad.accept();
        QVERIFY(bad.result() != QDialog::Accepted);
    }

    void collectionsHoldAReferenceInSeveralAndUndo()
    {
        const QString ref = repo().itemIds(core::ItemType::Reference).value(0);
        QVERIFY(!ref.isEmpty());
        m_window->openItem(ref);
        m_edit->setChooseCollection([](const QStringList &) { return QStringLiteral("Reading list"); });
        m_edit->chooseCollectionFor(ref);
        m_edit->setChooseCollection([](const QStringList &) { return QStringLiteral("第三章"); });
        m_edit->chooseCollectionFor(ref);
        QCOMPARE(core::collectionsOf(repo(), ref), (QStringList { "Reading list", QStringLiteral("第三章") }));
        QCoreApplication::processEvents();
        QTreeWidget *tree = m_window->navigator()->collections()->tree();
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        QVERIFY(m_window->itemPage()->html().contains(QStringLiteral("第三章")));
        m_window->undoStack()->undo();
        QCOMPARE(core::collectionsOf(repo(), ref), QStringList { "Reading list" });
        // Delete on an item row takes it out of its collection (one undo step).
        QCoreApplication::processEvents();
        QTreeWidgetItem *member = tree->topLevelItem(0)->child(0)->child(0);
        QVERIFY(member);
        m_window->navigator()->setCurrentWidget(m_window->navigator()->collections());
        tree->expandAll();
        screenshot(QStringLiteral("collections"));
        tree->setCurrentItem(member);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Delete);
        QVERIFY(core::collectionsOf(repo(), ref).isEmpty());
        m_window->undoStack()->undo();
        QCOMPARE(core::collectionsOf(repo(), ref), QStringList { "Reading list" });
    }

    void aCollectionIsMadeAndDeletedUndoably()
    {
        const QString ref = repo().itemIds(core::ItemType::Reference).value(1);
        QVERIFY(!ref.isEmpty());
        const auto named = [this]() -> std::optional<core::Collection> {
            for (const core::Collection &c : core::collections(repo()))
                if (c.name == QLatin1String("Fieldwork"))
                    return c;
            return std::nullopt;
        };
        m_window->openItem(ref);
        m_edit->setChooseCollection([](const QStringList &) { return QStringLiteral("Fieldwork"); });
        m_edit->chooseCollectionFor(ref);
        QVERIFY(named());
        const std::int64_t id = named()->id;
        QCOMPARE(core::collectionItems(repo(), id), QStringList { ref });
        // Making the collection and putting the reference in it is one step.
        m_window->undoStack()->undo();
        QVERIFY(!named());
        QVERIFY(core::collectionsOf(repo(), ref).isEmpty());
        m_window->undoStack()->redo();
        QCOMPARE(core::collectionItems(repo(), id), QStringList { ref });
        // Deleting it from the navigator asks, and Undo brings it back with its items.
        QCoreApplication::processEvents();
        QTreeWidget *tree = m_window->navigator()->collections()->tree();
        const auto rows = tree->findItems(QStringLiteral("Fieldwork"), Qt::MatchStartsWith | Qt::MatchRecursive);
        QCOMPARE(rows.size(), 1);
        tree->setCurrentItem(rows.first());
        const int asked = m_confirmations;
        m_window->navigator()->collections()->removeCurrent();
        QCOMPARE(m_confirmations, asked + 1);
        QVERIFY(!named());
        QVERIFY(m_window->undoStack()->undoText().contains(QStringLiteral("Fieldwork")));
        m_window->undoStack()->undo();
        QVERIFY(named());
        QCOMPARE(named()->id, id);
        QCOMPARE(core::collectionItems(repo(), id), QStringList { ref });
        QCoreApplication::processEvents();
        QCOMPARE(tree->findItems(QStringLiteral("Fieldwork"), Qt::MatchStartsWith | Qt::MatchRecursive).size(), 1);
        m_window->undoStack()->redo();
        QVERIFY(!named());
    }

    void aStatementFromSelectedTextLinksToItsSource()
    {
        m_window->openItem(QStringLiteral("cc18-3"));
        QTextBrowser *browser = m_window->itemPage()->browser();
        QTextCursor cursor = browser->document()->find(QStringLiteral("Third Plenary Session"));
        QVERIFY(!cursor.isNull());
        browser->setTextCursor(cursor);
        const int statements = static_cast<int>(repo().counts().statements);
        emit m_window->itemPage()->statementFromTextRequested(
            browser->textCursor().selectedText(), QStringLiteral("cc18-3"));
        QCOMPARE(static_cast<int>(repo().counts().statements), statements + 1);
        const QString id = m_window->itemPage()->currentId();
        QCOMPARE(repo().item(id).text(QStringLiteral("text")), QStringLiteral("Third Plenary Session"));
        QCOMPARE(repo().outgoingLinks(id).value(0).targetId, QStringLiteral("cc18-3"));
        m_window->undoStack()->undo();
        QCOMPARE(static_cast<int>(repo().counts().statements), statements);
    }

    void anotherProgramsWriteReachesTheViews()
    {
        core::Item local;
        local.type = core::ItemType::Milestone;
        local.id = QStringLiteral("gd-congress-13");
        local.fields = { { "kind", "other_event" }, { "name_en", "13th Guangdong Provincial Party Congress" },
            { "name_zh", QStringLiteral("广东省第十三次党代会") }, { "start_date", "2022-05-22" },
            { "end_date", "2022-05-25" } };
        {
            auto other = core::KnowledgeBase::open(m_window->session().path(), false);
            core::saveItem(other->repository(), local, {});
        }
        QVERIFY(!m_window->milestoneModel()->indexOf(local.id).isValid());
        // The watch looks every second; here it looks at once, so the test waits for no clock.
        m_window->session().checkForOutsideChanges();
        QCoreApplication::processEvents();
        QVERIFY(m_window->milestoneModel()->indexOf(local.id).isValid());
    }
};

QTEST_MAIN(TestEditors)
#include "test_editors.moc"

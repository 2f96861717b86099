#include "ui/editors/editactions.h"

#include "queries/itemedits.h"
#include "storage/collections.h"
#include "storage/itemsnapshot.h"
#include "storage/repository.h"
#include "ui/editors/collectionspanel.h"
#include "ui/editors/linkdialog.h"
#include "ui/errorreporter.h"
#include "ui/guard.h"
#include "ui/itempage.h"
#include "ui/mainwindow.h"
#include "ui/navigatorpanel.h"
#include "ui/searchpanel.h"
#include "ui/session.h"
#include "ui/undocommands.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QTextBrowser>
#include <QUndoStack>

namespace plenum::ui {

EditActions::EditActions(MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_confirm([&window](const QString &question, const QString &detail) {
        QMessageBox box(QMessageBox::Question, tr("Plenum"), question, QMessageBox::Yes | QMessageBox::Cancel, &window);
        box.setInformativeText(detail);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Yes;
    })
    , m_chooseCollection([&window](const QStringList &names) {
        bool ok = false;
        const QString name = QInputDialog::getItem(
            &window, tr("Add to Collection"), tr("Collection (choose, or type a new name):"), names, 0, true, &ok);
        return ok ? name.trimmed() : QString();
    })
{
    setObjectName(QStringLiteral("editActions"));
    connectPage();
    connectCollections();
}

QList<QAction *> EditActions::addTo(QMenu *menu)
{
    QList<QAction *> actions;
    const auto add = [&](QMenu *into, const QString &text, const QKeySequence &keys, auto handler) {
        QAction *action = into->addAction(text, this,
            guarded(
                m_window.errors(), tr("Cannot complete “%1”").arg(QString(text).remove(QLatin1Char('&'))), handler));
        action->setShortcut(keys);
        actions.append(action);
        return action;
    };
    QMenu *create = menu->addMenu(tr("New &Item"));
    actions.append(create->menuAction());
    const std::pair<core::ItemType, QString> kinds[]
        = { { core::ItemType::Statement, tr("&Statement") }, { core::ItemType::Concept, tr("&Concept") },
              { core::ItemType::Document, tr("&Document") }, { core::ItemType::Reference, tr("&Reference") },
              { core::ItemType::Milestone, tr("&Milestone (local event)") } };
    for (const auto &[type, label] : kinds)
        add(create, label, type == core::ItemType::Statement ? QKeySequence(tr("Ctrl+Alt+N")) : QKeySequence(),
            [this, type = type] { newItem(type); });
    add(menu, tr("Edit &Item"), QKeySequence(Qt::Key_F2), [this] { m_window.itemPage()->editCurrent(); });
    add(menu, tr("Add &Link…"), QKeySequence(tr("Ctrl+L")),
        [this] { chooseAndAddLink(m_window.itemPage()->currentId()); });
    add(menu, tr("Add to &Collection…"), QKeySequence(tr("Ctrl+Shift+L")),
        [this] { chooseCollectionFor(m_window.itemPage()->currentId()); });
    add(menu, tr("New Statement from Se&lection"), QKeySequence(tr("Ctrl+Alt+S")),
        [this] { statementFromText(selectedText(), m_window.currentItemId()); });
    return actions;
}

void EditActions::connectPage()
{
    ItemPage *page = m_window.itemPage();
    ErrorReporter &errors = m_window.errors();
    connect(page, &ItemPage::saveItemRequested, this, &EditActions::save);
    connect(page, &ItemPage::editNoteRequested, &m_window, &MainWindow::editNote);
    connect(page, &ItemPage::addLinkRequested, this, &EditActions::chooseAndAddLink);
    connect(page, &ItemPage::addToCollectionRequested, this, &EditActions::chooseCollectionFor);
    connect(page, &ItemPage::deleteRequested, this,
        guarded(errors, tr("Cannot delete the item"), [this] { deleteCurrent(); }));
    connect(page, &ItemPage::removeLinkRequested, this,
        guarded(
            errors, tr("Cannot remove the link"), [this](qint64 rowId, const QString &id) { removeLink(rowId, id); }));
    connect(page, &ItemPage::statementFromTextRequested, this, &EditActions::statementFromText);
}

void EditActions::connectCollections()
{
    CollectionsPanel *panel = m_window.navigator()->collections();
    ErrorReporter &errors = m_window.errors();
    connect(panel, &CollectionsPanel::itemActivated, this, [this](const QString &id) {
        m_window.itemPage()->showItem(id);
        m_window.showView(m_window.itemPage());
    });
    connect(panel, &CollectionsPanel::searchActivated, this, [this](const QString &query) {
        m_window.focusSearch();
        m_window.search()->field()->setText(query);
        m_window.search()->searchNow();
    });
    connect(panel, &CollectionsPanel::newCollectionRequested, this,
        guarded(errors, tr("Cannot make the collection"), [this] { createCollection(); }));
    connect(panel, &CollectionsPanel::saveSearchRequested, this,
        guarded(errors, tr("Cannot save the search"), [this] { saveSearch(); }));
    connect(panel, &CollectionsPanel::removeFromCollectionRequested, this,
        guarded(errors, tr("Cannot change the collection"),
            [this](std::int64_t collection, const QString &name, const QString &itemId) {
                m_window.session().push(
                    new CollectionMembershipCommand(m_window.session().editContext(), collection, name, itemId, false));
            }));
    connect(panel, &CollectionsPanel::deleteCollectionRequested, this,
        guarded(errors, tr("Cannot delete the collection"), [this](std::int64_t collection, const QString &name) {
            if (!m_confirm(tr("Delete the collection “%1”?").arg(name), tr("Its items stay in the knowledge base.")))
                return;
            m_window.session().push(new CollectionCommand(m_window.session().editContext(), collection, name));
        }));
    connect(panel, &CollectionsPanel::deleteSearchRequested, this,
        guarded(errors, tr("Cannot delete the saved search"), [this](const QString &name) {
            core::deleteSavedSearch(m_window.session().repository(), name);
            m_window.navigator()->collections()->reload(&m_window.session().repository());
        }));
}

void EditActions::save(const std::optional<core::Item> &before, const QStringList &tagsBefore, const core::Item &after,
    const QStringList &tagsAfter)
{
    guard(m_window.errors(), tr("Cannot save %1").arg(shortTitle(after)), [&] {
        m_window.session().push(
            new SaveItemCommand(m_window.session().editContext(), before, tagsBefore, after, tagsAfter));
    });
    m_window.openItem(after.id);
    m_window.itemPage()->reload();
}

void EditActions::newItem(core::ItemType type)
{
    m_window.showView(m_window.itemPage());
    m_window.itemPage()->createItem(type);
}

void EditActions::deleteCurrent()
{
    const QString id = m_window.itemPage()->currentId();
    if (id.isEmpty())
        return;
    core::Repository &repo = m_window.session().repository();
    const qsizetype links = repo.outgoingLinks(id).size() + repo.backlinks(id).size();
    if (links > 0
        && !m_confirm(tr("Delete “%1”?").arg(repo.title(id)),
            tr("It has %n link(s) to or from other items; they go with it. Edit ▸ Undo brings both back.", nullptr,
                static_cast<int>(links))))
        return;
    m_window.deleteCurrentItem();
}

void EditActions::addLink(const core::Link &link)
{
    m_window.session().push(new AddLinkCommand(m_window.session().editContext(), link));
}

void EditActions::chooseAndAddLink(const QString &id)
{
    if (id.isEmpty())
        return;
    LinkDialog dialog(m_window.session().repository(), id, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        guard(m_window.errors(), tr("Cannot add the link"), [&] { addLink(dialog.link()); });
}

void EditActions::removeLink(std::int64_t rowId, const QString &id)
{
    core::Repository &repo = m_window.session().repository();
    for (const QList<core::Link> &links : { repo.outgoingLinks(id), repo.backlinks(id) })
        for (const core::Link &l : links)
            if (l.rowId == rowId) {
                m_window.session().push(new RemoveLinkCommand(m_window.session().editContext(), l));
                return;
            }
}

void EditActions::chooseCollectionFor(const QString &id)
{
    if (id.isEmpty())
        return;
    core::Repository &repo = m_window.session().repository();
    QStringList names;
    for (const core::Collection &c : core::collections(repo))
        names.append(c.name);
    const QString name = m_chooseCollection(names);
    if (name.isEmpty())
        return;
    guard(m_window.errors(), tr("Cannot add to the collection “%1”").arg(name), [&] {
        if (names.contains(name.simplified())) {
            const core::Collection c = core::collectionNamed(repo, name);
            m_window.session().push(
                new CollectionMembershipCommand(m_window.session().editContext(), c.id, c.name, id, true));
            return;
        }
        // A new collection and the item put into it are one undo step.
        QUndoStack *stack = m_window.undoStack();
        auto *make = new CollectionCommand(m_window.session().editContext(), name);
        stack->beginMacro(make->text());
        const auto endMacro = qScopeGuard([stack] { stack->endMacro(); });
        stack->push(make); // a failure is reported, and the collection is not there
        for (const core::Collection &c : core::collections(repo))
            if (c.name == name.simplified())
                stack->push(new CollectionMembershipCommand(m_window.session().editContext(), c.id, c.name, id, true));
    });
}

void EditActions::statementFromText(const QString &text, const QString &sourceId)
{
    guard(m_window.errors(), tr("Cannot make a statement from the selection"), [&] {
        QString quoted = text;
        quoted.replace(QChar::ParagraphSeparator, QLatin1Char('\n')).replace(QChar::LineSeparator, QLatin1Char('\n'));
        const core::ItemSnapshot s = core::statementFromText(m_window.session().repository(), quoted, sourceId);
        m_window.session().push(new CreateItemCommand(m_window.session().editContext(), s));
        m_window.showView(m_window.itemPage());
        m_window.openItem(s.item.id);
    });
}

QString EditActions::selectedText() const
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *edit = qobject_cast<QTextEdit *>(focus))
        return edit->textCursor().selectedText();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(focus))
        return plain->textCursor().selectedText();
    if (auto *line = qobject_cast<QLineEdit *>(focus))
        return line->selectedText();
    return m_window.itemPage()->browser()->textCursor().selectedText();
}

void EditActions::createCollection()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        &m_window, tr("New Collection"), tr("Name of the collection:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_window.session().push(new CollectionCommand(m_window.session().editContext(), name));
}

void EditActions::saveSearch()
{
    const QString query = m_window.search()->field()->text().trimmed();
    if (query.isEmpty()) {
        m_window.errors().report(tr("Cannot save the search"), tr("Type a search first, then save it."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        &m_window, tr("Save Search"), tr("Name for “%1”:").arg(query), QLineEdit::Normal, query, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    core::saveSearch(m_window.session().repository(), { name, query });
    m_window.navigator()->collections()->reload(&m_window.session().repository());
}

} // namespace plenum::ui

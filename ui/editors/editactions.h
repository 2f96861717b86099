#pragma once

#include "model/item.h"

#include <QList>
#include <QObject>

#include <cstdint>
#include <functional>
#include <optional>

class QAction;
class QMenu;

namespace plenum::ui {

class MainWindow;

/// The editing commands of the window: new items of every kind, editing the item on the page,
/// links by hand, collections, a statement from selected text, and deletion that asks first when
/// the item has links. Each change is one step on the knowledge base's undo stack. Lives as a
/// child of the window (findChild<EditActions *>() in tests).
class EditActions final : public QObject {
    Q_OBJECT
public:
    /// Answers a yes/no question (QUESTION, DETAIL); the window asks with a message box.
    using Confirm = std::function<bool(const QString &question, const QString &detail)>;
    /// Chooses a collection name from NAMES, or types a new one; empty when cancelled.
    using ChooseCollection = std::function<QString(const QStringList &names)>;

    EditActions(MainWindow &window, QObject *parent);

    /// Adds the actions to MENU; returns those a read-only knowledge base disables.
    QList<QAction *> addTo(QMenu *menu);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setChooseCollection(ChooseCollection choose) { m_chooseCollection = std::move(choose); }

    /// Opens the page's editor on a new item of TYPE.
    void newItem(core::ItemType type);
    /// Deletes the item on the page; when it has links, only after confirmation.
    void deleteCurrent();
    /// Adds LINK (made by hand) as one undo step.
    void addLink(const core::Link &link);
    /// Asks for a link from ID (LinkDialog) and adds it.
    void chooseAndAddLink(const QString &id);
    /// Removes link ROW_ID, one end of which is ID.
    void removeLink(std::int64_t rowId, const QString &id);
    /// Puts ID in a collection the user chooses (or names anew).
    void chooseCollectionFor(const QString &id);
    /// Makes a statement of TEXT taken from item SOURCE_ID and shows it.
    void statementFromText(const QString &text, const QString &sourceId);
    /// The text selected in the focused text widget, if any.
    [[nodiscard]] QString selectedText() const;

private:
    void connectPage();
    void connectCollections();
    void save(const std::optional<core::Item> &before, const QStringList &tagsBefore, const core::Item &after,
        const QStringList &tagsAfter);
    void createCollection();
    void saveSearch();

    MainWindow &m_window;
    Confirm m_confirm;
    ChooseCollection m_chooseCollection;
};

} // namespace plenum::ui

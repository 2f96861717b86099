#pragma once

#include "linking/linker.h"
#include "model/item.h"

#include <QStringList>
#include <QWidget>

class QStackedWidget;
class QTextBrowser;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

class ErrorReporter;
class ItemEditor;

/// The page of one item, with back/forward history across the items the user opened.
class ItemPage final : public QWidget {
    Q_OBJECT
public:
    /// Backlinks described on a page; the rest are counted and reachable through search.
    static constexpr int kMaxBacklinks = 200;

    ItemPage(ErrorReporter &errors, QWidget *parent = nullptr);

    /// The repository pages read from (not owned); null shows nothing.
    void setRepository(core::Repository *repo);
    /// Shows item ID and records it in the history.
    void showItem(const QString &id);
    /// The item on display, or empty.
    [[nodiscard]] QString currentId() const;
    [[nodiscard]] bool canGoBack() const { return m_position > 0; }
    [[nodiscard]] bool canGoForward() const { return m_position + 1 < m_history.size(); }
    /// Renders the current item again (after it changed); a deleted item leaves a notice.
    void reload();
    /// Looks for places that name the item on display without a link, and lists them.
    void findUnlinkedMentions();
    /// The unlinked mentions last found for the item on display.
    [[nodiscard]] const QList<core::UnlinkedMention> &unlinkedMentions() const { return m_unlinked; }
    /// The HTML on display (for tests).
    [[nodiscard]] QString html() const;
    /// The browser showing the page (its selection feeds "New Statement from Selection").
    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }

    /// Opens the item on display in the editor (a note goes to the note editor instead).
    void editCurrent();
    /// Opens the editor on a new item of TYPE with a fresh ID; nothing is stored until Save.
    void createItem(core::ItemType type);
    /// Leaves the editor without saving.
    void stopEditing();
    [[nodiscard]] bool isEditing() const;
    [[nodiscard]] ItemEditor *editor() const { return m_editor; }
    /// Read-only pages offer no edit links.
    void setReadOnly(bool readOnly);

public slots:
    void back();
    void forward();

signals:
    /// An item was put on display, by navigation or by following a link.
    void itemShown(const QString &id);
    void historyChanged();
    /// The user chose to link these unlinked mentions of TARGET.
    void linkMentionsRequested(const QString &target, const QList<core::UnlinkedMention> &mentions);
    /// The user rejected automatic link ROW_ID into the item on display.
    void rejectLinkRequested(qint64 rowId, const QString &target);
    /// The user asked to search QUERY (e.g. everything linked to a milestone).
    void searchRequested(const QString &query);
    /// The user chose to merge reference DUPLICATE into KEEP.
    void mergeRequested(const QString &keep, const QString &duplicate);
    /// The user saved AFTER (with TAGS_AFTER) in the editor; BEFORE is the stored item (nullopt: new).
    void saveItemRequested(const std::optional<core::Item> &before, const QStringList &tagsBefore,
        const core::Item &after, const QStringList &tagsAfter);
    /// The user asked to edit note ID (in the note editor).
    void editNoteRequested(const QString &id);
    /// The user asked to add a link from ID, to put ID in a collection, or to delete ID.
    void addLinkRequested(const QString &id);
    void addToCollectionRequested(const QString &id);
    void deleteRequested(const QString &id);
    /// The user removed link ROW_ID of the item on display.
    void removeLinkRequested(qint64 rowId, const QString &id);
    /// The user made a statement from TEXT selected on the page of SOURCE_ID.
    void statementFromTextRequested(const QString &text, const QString &sourceId);

protected:
    /// A new palette (dark theme) redraws the page: its links' colour is fixed when it is laid out.
    void changeEvent(QEvent *event) override;

private:
    void render(const QString &id);
    [[nodiscard]] QString actionsHtml(const QString &id);
    [[nodiscard]] QString attachmentHtml(const QString &id);
    void openReader(const QString &documentId, int page);
    void onAnchor(const QUrl &url);
    [[nodiscard]] QString editBarHtml() const;
    void showContextMenu(const QPoint &pos);
    void openEditor(const core::Item &item, bool isNew);

    ErrorReporter &m_errors;
    core::Repository *m_repo = nullptr;
    QStackedWidget *m_stack;
    QTextBrowser *m_browser;
    ItemEditor *m_editor;
    QStringList m_tagsBefore;
    bool m_readOnly = false;
    QList<core::UnlinkedMention> m_unlinked;
    QString m_unlinkedFor; // the item m_unlinked belongs to
    QStringList m_history;
    qsizetype m_position = -1;
};

} // namespace plenum::ui

#pragma once

#include "linking/linker.h"

#include <QStringList>
#include <QWidget>

class QTextBrowser;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

class ErrorReporter;

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

private:
    void render(const QString &id);
    [[nodiscard]] QString actionsHtml(const QString &id);
    [[nodiscard]] QString attachmentHtml(const QString &id);
    void openReader(const QString &documentId, int page);
    void onAnchor(const QUrl &url);

    ErrorReporter &m_errors;
    core::Repository *m_repo = nullptr;
    QTextBrowser *m_browser;
    QList<core::UnlinkedMention> m_unlinked;
    QString m_unlinkedFor; // the item m_unlinked belongs to
    QStringList m_history;
    qsizetype m_position = -1;
};

} // namespace plenum::ui

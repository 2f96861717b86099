#pragma once

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
    /// The HTML on display (for tests).
    [[nodiscard]] QString html() const;

public slots:
    void back();
    void forward();

signals:
    /// An item was put on display, by navigation or by following a link.
    void itemShown(const QString &id);
    void historyChanged();

private:
    void render(const QString &id);
    void onAnchor(const QUrl &url);

    ErrorReporter &m_errors;
    core::Repository *m_repo = nullptr;
    QTextBrowser *m_browser;
    QStringList m_history;
    qsizetype m_position = -1;
};

} // namespace plenum::ui

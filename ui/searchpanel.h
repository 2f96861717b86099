#pragma once

#include "search/searchindex.h"
#include "ui/errorreporter.h"

#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QToolButton;
class QLabel;
class QLineEdit;
class QListView;
class QThread;
class QTimer;

namespace plenum::ui {

class SearchResultModel;
class SearchWorker;

/// Full-text search as the user types: results with highlighted snippets, the alias expansions
/// used (which can be switched off), and facets by type, Central Committee term and year that
/// narrow the query when clicked. Searches run on a worker thread; a stale one is interrupted.
/// A Central Committee term as the facets name it: "十八届", "18th CC".
QString termLabel(int term);
/// A query filter as the interface names it: "类型：表述", "Type: statement".
QString filterLabel(const QString &filter);

class SearchPanel final : public QWidget {
    Q_OBJECT
public:
    /// Failed searches are reported to ERRORS (once until a search succeeds again) and named in the status line.
    explicit SearchPanel(ErrorReporter &errors, QWidget *parent = nullptr);
    ~SearchPanel() override;

    /// Searches the knowledge base at PATH from now on (empty stops searching).
    void setKnowledgeBase(const QString &path);
    /// The query field (the main window puts it in its toolbar).
    [[nodiscard]] QLineEdit *field() const { return m_field; }
    [[nodiscard]] SearchResultModel *model() const { return m_model; }
    [[nodiscard]] QListView *results() const { return m_results; }
    /// The line saying which alias expansions were used.
    [[nodiscard]] QString expansionsText() const;
    /// The facet line as shown.
    [[nodiscard]] QString facetsText() const;
    /// Total matches of the last finished search (-1 before facets arrive).
    [[nodiscard]] qint64 total() const { return m_total; }
    /// The filters written in the query ("type:statement", …), each shown as a removable button.
    [[nodiscard]] QStringList activeFilters() const;
    /// Removes FILTER from the query and searches again.
    void removeFilter(const QString &filter);
    /// The button that folds and unfolds the facets.
    [[nodiscard]] QToolButton *facetToggle() const { return m_facetToggle; }
    /// Starts the search for the field's text now (typing waits for a short pause).
    void searchNow();
    /// How long the panel waits after the last keystroke before it searches, in ms.
    [[nodiscard]] int typingPause() const;

signals:
    void itemActivated(const QString &id);
    /// A search (its hits, or its facets) finished, or failed.
    void searchFinished();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFinished(quint64 serial, bool facets, int offset, const core::search::SearchResults &results);
    void onFailed(quint64 serial, int code, const QString &message);
    void addFilter(const QString &filter);
    void buildLayout();
    void showFilters();
    void showExpansions();
    void stopWorker();
    void readAhead();

    RepeatFilter m_errors; // searches run on every pause in typing: report a failure once
    QLineEdit *m_field;
    QCheckBox *m_expand;
    QLabel *m_status;
    QLabel *m_expansions;
    QString m_expansionsFull; // the line shown elided in m_expansions
    QLabel *m_facets;
    QToolButton *m_facetToggle;
    QHBoxLayout *m_filters;
    QListView *m_results;
    SearchResultModel *m_model;
    QTimer *m_debounce;
    QThread *m_thread = nullptr;
    SearchWorker *m_worker = nullptr;
    quint64 m_serial = 0;
    // The text whose search readAhead() began reading for (serial m_readAhead), and its option.
    quint64 m_readAhead = 0;
    QString m_readAheadText;
    bool m_readAheadExpand = true;
    qint64 m_total = -1;
};

} // namespace plenum::ui

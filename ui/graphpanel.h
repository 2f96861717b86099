#pragma once

#include <QWidget>

class QLineEdit;
class QMenu;
class QSpinBox;
class QToolButton;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

class ErrorReporter;
class GraphView;

/// The link graph with its controls: how deep the neighbourhood goes, which types and relations
/// are shown, a search that highlights nodes, and how to move around.
class GraphPanel final : public QWidget {
    Q_OBJECT
public:
    /// Neighbourhoods that cannot be read are reported to ERRORS.
    explicit GraphPanel(ErrorReporter &errors, QWidget *parent = nullptr);

    /// The repository graphs are read from (not owned); null shows nothing.
    void setRepository(core::Repository *repo);
    /// Shows the neighbourhood of ID at the chosen depth; a failed read is reported and the graph on display stays.
    void showNeighbourhood(const QString &id);
    [[nodiscard]] GraphView *view() const { return m_graph; }
    /// The menus that show or hide node types and link relations (checkable actions).
    [[nodiscard]] QMenu *typeMenu() const { return m_types; }
    [[nodiscard]] QMenu *relationMenu() const { return m_relations; }
    /// The field that highlights nodes by title.
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }

signals:
    /// The user chose another depth.
    void depthChanged();

private:
    ErrorReporter &m_errors;
    GraphView *m_graph;
    QSpinBox *m_depth;
    QMenu *m_types;
    QMenu *m_relations;
    QLineEdit *m_search;

    void applyFilters();
    QToolButton *menuButton(const QString &text, QMenu *menu);
};

} // namespace plenum::ui

#pragma once

#include <QWidget>

class QSpinBox;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

class ErrorReporter;
class GraphView;

/// The link graph with its controls: how deep the neighbourhood goes, and how to move around.
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

signals:
    /// The user chose another depth.
    void depthChanged();

private:
    ErrorReporter &m_errors;
    GraphView *m_graph;
    QSpinBox *m_depth;
};

} // namespace plenum::ui

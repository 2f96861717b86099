#pragma once

#include <QWidget>

class QComboBox;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

class TimelineView;

/// The timeline with its controls: which concept's history to highlight, and fit-to-window.
class TimelinePanel final : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget *parent = nullptr);

    /// Reloads milestones and concepts from REPO (not owned).
    void setRepository(core::Repository *repo);
    /// Highlights concept ID's history (empty clears).
    void highlightConcept(const QString &id);
    [[nodiscard]] TimelineView *view() const { return m_view; }
    [[nodiscard]] QString highlightedConcept() const;

signals:
    void milestoneActivated(const QString &id);

private:
    core::Repository *m_repo = nullptr;
    TimelineView *m_view;
    QComboBox *m_concepts;
};

} // namespace plenum::ui

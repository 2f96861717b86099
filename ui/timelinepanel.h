#pragma once

#include <QWidget>

class QComboBox;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

class ErrorReporter;
class TimelineView;

/// The timeline with its controls: which concept's history to highlight, and fit-to-window.
class TimelinePanel final : public QWidget {
    Q_OBJECT
public:
    /// A concept history that cannot be read is reported to ERRORS.
    explicit TimelinePanel(ErrorReporter &errors, QWidget *parent = nullptr);

    /// Reloads milestones and concepts from REPO (not owned); throws core::Error when it cannot read them.
    void setRepository(core::Repository *repo);
    /// Highlights concept ID's history (empty clears); a failed read is reported and clears it.
    void highlightConcept(const QString &id);
    [[nodiscard]] TimelineView *view() const { return m_view; }
    [[nodiscard]] QString highlightedConcept() const;

signals:
    void milestoneActivated(const QString &id);

private:
    ErrorReporter &m_errors;
    core::Repository *m_repo = nullptr;
    TimelineView *m_view;
    QComboBox *m_concepts;
};

} // namespace plenum::ui

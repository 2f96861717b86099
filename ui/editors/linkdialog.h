#pragma once

#include "model/item.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

/// Asks for a link by hand from one item to another: the target (ID, alias or name, completed
/// from the milestones, concepts and documents), the relation and a note (for a concept's history
/// entry: what the milestone did to it).
class LinkDialog final : public QDialog {
    Q_OBJECT
public:
    /// A link from SOURCE_ID; REPO (not owned) resolves the target.
    LinkDialog(core::Repository &repo, const QString &sourceId, QWidget *parent = nullptr);

    /// The link the user described (valid after accept()).
    [[nodiscard]] core::Link link() const { return m_link; }
    [[nodiscard]] QLineEdit *target() const { return m_target; }
    [[nodiscard]] QComboBox *relation() const { return m_relation; }
    [[nodiscard]] QLineEdit *note() const { return m_note; }
    /// Resolves the target; accepts, or says what is wrong and stays open.
    void accept() override;

private:
    core::Repository &m_repo;
    core::Link m_link;
    QLineEdit *m_target;
    QComboBox *m_relation;
    QLineEdit *m_note;
    QLabel *m_problem;
};

} // namespace plenum::ui

#pragma once

#include <QJsonArray>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace plenum::ui {

/// A reference's authors: a list that reorders by dragging (or Alt+Up/Down), with Add and Remove,
/// and for the chosen author either a personal name (family, given) or a literal one (an
/// organisation, or a name that must stay as written).
class AuthorListEditor final : public QWidget {
    Q_OBJECT
public:
    /// Whose names the list holds: the work's authors or its editors (the buttons say which).
    enum class Role { Authors, Editors };
    explicit AuthorListEditor(Role role = Role::Authors, QWidget *parent = nullptr);

    /// Shows AUTHORS: CSL-JSON names, {"family", "given"} or {"literal"}.
    void setAuthors(const QJsonArray &authors);
    /// The names in list order (empty rows left out).
    [[nodiscard]] QJsonArray authors() const;
    [[nodiscard]] QListWidget *list() const { return m_list; }
    /// Adds an empty personal name and puts the cursor in its family name.
    void addAuthor();
    /// Removes the chosen author.
    void removeAuthor();
    /// Moves the chosen author up (-1) or down (+1).
    void moveAuthor(int by);

signals:
    void changed();

private:
    void showCurrent();
    void storeCurrent();
    [[nodiscard]] QString display(const QJsonObject &name) const;

    Role m_role;
    QListWidget *m_list;
    QCheckBox *m_literal;
    QLineEdit *m_family;
    QLineEdit *m_given;
    QLineEdit *m_literalName;
    bool m_loading = false;
};

} // namespace plenum::ui

#pragma once

#include "model/item.h"

#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

class AuthorListEditor;

/// The form that edits one item of any kind in the item pane: the fields of its type (a
/// reference shows those of its CSL type), aliases in both languages and tags. Save checks the
/// item with core's rules and shows what is wrong beside the form; it never writes itself: the
/// window turns saveRequested into one undo step.
class ItemEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ItemEditor(QWidget *parent = nullptr);

    /// Edits ITEM (a new one when IS_NEW) carrying TAGS; REPO (not owned) checks it and offers documents.
    void edit(core::Repository *repo, const core::Item &item, const QStringList &tags, bool isNew);
    /// The item as the form now describes it (fields the form does not show are kept).
    [[nodiscard]] core::Item item() const;
    /// The tags as the form now lists them.
    [[nodiscard]] QStringList tags() const;
    /// The item as it was when editing began.
    [[nodiscard]] const core::Item &original() const { return m_original; }
    [[nodiscard]] bool isNew() const { return m_isNew; }
    /// The input for field KEY ("text", "verification.status", "aliases_zh", "tags", …), or null.
    [[nodiscard]] QWidget *input(const QString &key) const { return m_inputs.value(key); }
    [[nodiscard]] AuthorListEditor *authors() const { return m_names.value(QStringLiteral("author")); }
    /// The name list of a reference's editors ("editor"), or null.
    [[nodiscard]] AuthorListEditor *editors() const { return m_names.value(QStringLiteral("editor")); }
    /// What Save found wrong (empty when nothing).
    [[nodiscard]] QString problem() const;
    /// Checks the form and, when it is right, emits saveRequested.
    void save();

signals:
    /// The user saved ITEM with TAGS; the form is right by core's rules.
    void saveRequested(const core::Item &item, const QStringList &tags);
    void cancelled();

private:
    void build(core::ItemType type);
    void addInput(const QString &key, const QString &label, QWidget *input);
    void fill();
    void showReferenceFields();
    [[nodiscard]] QString value(const QString &key) const;

    core::Repository *m_repo = nullptr;
    core::Item m_original;
    bool m_isNew = false;
    QLabel *m_heading;
    QFormLayout *m_form;
    QLabel *m_problem;
    QPushButton *m_save;
    QMap<QString, AuthorListEditor *> m_names; ///< the name lists by CSL variable ("author", "editor")
    QMap<QString, QWidget *> m_inputs;
};

} // namespace plenum::ui

#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTreeView;

namespace plenum::core {
class Repository;
}

namespace plenum::ui {

class NoteListModel;
class NoteListProxy;

/// The Notes tab of the navigator: New Note, a filter box, a choice of order (changed, created,
/// title) and the notes with their dates.
class NoteListPanel final : public QWidget {
    Q_OBJECT
public:
    explicit NoteListPanel(QWidget *parent = nullptr);

    /// Reads the notes again from REPO and makes note ID current (when listed), without signalling.
    /// Throws core::Error when they cannot be read (the list stays as it was).
    void reload(core::Repository *repo, const QString &id);
    /// The note chosen in the list, or empty.
    [[nodiscard]] QString currentId() const;

    [[nodiscard]] NoteListModel *model() const { return m_model; }
    [[nodiscard]] NoteListProxy *proxy() const { return m_proxy; }
    [[nodiscard]] QLineEdit *filterField() const { return m_filter; }
    [[nodiscard]] QComboBox *orderBox() const { return m_order; }
    [[nodiscard]] QTreeView *view() const { return m_view; }

signals:
    /// The user chose note ID in the list.
    void noteSelected(const QString &id);
    /// The user pressed New Note.
    void newNoteRequested();

private:
    void applyOrder(int choice);

    NoteListModel *m_model;
    NoteListProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_order;
    QTreeView *m_view;
};

} // namespace plenum::ui

#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace plenum::ui {

/// Preferences: interface language, theme, font size, default citation style, attachment folder,
/// how often a team library syncs, and the way to the backup schedule. Accepting stores them in Settings and applies
/// the theme and font size at once (the language at the next start).
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    /// BACKUP_FOLDER is shown as where backups go; the Backups button emits backupsRequested().
    explicit SettingsDialog(const QString &backupFolder, QWidget *parent = nullptr);

    /// Stores the choices and applies theme and font size; true when the language changed.
    bool save();

    [[nodiscard]] QComboBox *language() const { return m_language; }
    [[nodiscard]] QComboBox *theme() const { return m_theme; }
    [[nodiscard]] QSpinBox *fontSize() const { return m_fontSize; }
    [[nodiscard]] QComboBox *citationStyle() const { return m_style; }
    [[nodiscard]] QLineEdit *attachmentFolder() const { return m_attachments; }
    [[nodiscard]] QComboBox *teamSync() const { return m_teamSync; }

signals:
    /// The user asked for the backup schedule (the Backups dialog).
    void backupsRequested();

private:
    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_fontSize;
    QComboBox *m_style;
    QLineEdit *m_attachments;
    QComboBox *m_teamSync;
};

} // namespace plenum::ui

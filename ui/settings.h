#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace plenum::ui {

/// The app's settings, each key and default declared once.
class Settings {
public:
    Settings();

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &value);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &value);
    [[nodiscard]] QByteArray splitterState() const;
    void setSplitterState(const QByteArray &value);
    /// Interface language: "" follows the system, else "en" or "zh_CN".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    /// Colour theme: "system" (the default), "light" or "dark".
    [[nodiscard]] QString theme() const;
    void setTheme(const QString &theme);
    /// Interface font size in points; 0 keeps the system's.
    [[nodiscard]] int fontSize() const;
    void setFontSize(int points);
    /// Where attached files are kept; empty means "attachments" next to the knowledge base.
    [[nodiscard]] QString attachmentFolder() const;
    void setAttachmentFolder(const QString &folder);
    /// Where the settings are stored (a file named after the organisation, "Plenum").
    [[nodiscard]] QString fileName() const { return m_settings.fileName(); }
    /// The CSL style exports use unless another is chosen: a style id or a .csl path.
    [[nodiscard]] QString exportStyle() const;
    void setExportStyle(const QString &style);
    /// Minutes between background syncs of a team library: 0 (off), 1, 5 (the default) or 15.
    [[nodiscard]] int teamSyncMinutes() const;
    void setTeamSyncMinutes(int minutes);
    /// Knowledge bases opened recently, newest first (at most kMaxRecent).
    [[nodiscard]] QStringList recentDatabases() const;
    void addRecentDatabase(const QString &path);
    static constexpr int kMaxRecent = 8;

private:
    mutable QSettings m_settings;
};

} // namespace plenum::ui

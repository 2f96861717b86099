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
    /// The knowledge base opened last; empty for the per-user default.
    [[nodiscard]] QString lastDatabase() const;
    void setLastDatabase(const QString &path);

private:
    mutable QSettings m_settings;
};

} // namespace plenum::ui

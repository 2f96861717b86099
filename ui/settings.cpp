#include "ui/settings.h"

#include <algorithm>

namespace plenum::ui {

namespace {
constexpr char kGeometry[] = "window/geometry";
constexpr char kState[] = "window/state";
constexpr char kSplitter[] = "window/splitter";
constexpr char kRecent[] = "database/recent";
constexpr char kLanguage[] = "ui/language";
constexpr char kTheme[] = "ui/theme";
constexpr char kFontSize[] = "ui/fontSize";
constexpr char kAttachments[] = "files/attachmentFolder";
constexpr char kExportStyle[] = "export/style";
constexpr char kTeamSync[] = "team/syncMinutes";
} // namespace

Settings::Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &value)
{
    m_settings.setValue(kGeometry, value);
}
QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}
void Settings::setWindowState(const QByteArray &value)
{
    m_settings.setValue(kState, value);
}
QByteArray Settings::splitterState() const
{
    return m_settings.value(kSplitter).toByteArray();
}
void Settings::setSplitterState(const QByteArray &value)
{
    m_settings.setValue(kSplitter, value);
}

QString Settings::language() const
{
    return m_settings.value(kLanguage).toString();
}
void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

QString Settings::theme() const
{
    const QString value = m_settings.value(kTheme).toString();
    return value == QLatin1String("light") || value == QLatin1String("dark") ? value : QStringLiteral("system");
}
void Settings::setTheme(const QString &theme)
{
    m_settings.setValue(kTheme, theme);
}

int Settings::fontSize() const
{
    return std::clamp(m_settings.value(kFontSize, 0).toInt(), 0, 32);
}
void Settings::setFontSize(int points)
{
    m_settings.setValue(kFontSize, points);
}

QString Settings::attachmentFolder() const
{
    return m_settings.value(kAttachments).toString();
}
void Settings::setAttachmentFolder(const QString &folder)
{
    m_settings.setValue(kAttachments, folder);
}

QString Settings::exportStyle() const
{
    return m_settings.value(kExportStyle, QStringLiteral("china-national-standard-gb-t-7714-2015-numeric")).toString();
}
void Settings::setExportStyle(const QString &style)
{
    m_settings.setValue(kExportStyle, style);
}

int Settings::teamSyncMinutes() const
{
    const int minutes = m_settings.value(kTeamSync, 5).toInt();
    return minutes == 0 || minutes == 1 || minutes == 15 ? minutes : 5;
}
void Settings::setTeamSyncMinutes(int minutes)
{
    m_settings.setValue(kTeamSync, minutes);
}

QStringList Settings::recentDatabases() const
{
    return m_settings.value(kRecent).toStringList();
}

void Settings::addRecentDatabase(const QString &path)
{
    QStringList list = recentDatabases();
    list.removeAll(path);
    list.prepend(path);
    m_settings.setValue(kRecent, list.mid(0, kMaxRecent));
}

} // namespace plenum::ui

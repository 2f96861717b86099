#include "ui/settings.h"

namespace plenum::ui {

namespace {
constexpr char kGeometry[] = "window/geometry";
constexpr char kState[] = "window/state";
constexpr char kSplitter[] = "window/splitter";
constexpr char kRecent[] = "database/recent";
constexpr char kLanguage[] = "ui/language";
constexpr char kExportStyle[] = "export/style";
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

QString Settings::exportStyle() const
{
    return m_settings.value(kExportStyle, QStringLiteral("china-national-standard-gb-t-7714-2015-numeric")).toString();
}
void Settings::setExportStyle(const QString &style)
{
    m_settings.setValue(kExportStyle, style);
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

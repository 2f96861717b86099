#include "settings.h"

namespace plenum::ui {

namespace {
constexpr char kGeometry[] = "window/geometry";
constexpr char kState[] = "window/state";
constexpr char kSplitter[] = "window/splitter";
constexpr char kLastDatabase[] = "database/last";
} // namespace

Settings::Settings() = default;

QByteArray Settings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &value) { m_settings.setValue(kGeometry, value); }
QByteArray Settings::windowState() const { return m_settings.value(kState).toByteArray(); }
void Settings::setWindowState(const QByteArray &value) { m_settings.setValue(kState, value); }
QByteArray Settings::splitterState() const { return m_settings.value(kSplitter).toByteArray(); }
void Settings::setSplitterState(const QByteArray &value) { m_settings.setValue(kSplitter, value); }
QString Settings::lastDatabase() const { return m_settings.value(kLastDatabase).toString(); }
void Settings::setLastDatabase(const QString &path) { m_settings.setValue(kLastDatabase, path); }

} // namespace plenum::ui

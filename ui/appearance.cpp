#include "ui/appearance.h"

#include "ui/messageboxes.h"
#include "ui/settings.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QTranslator>

namespace plenum::ui {

void identifyApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Plenum"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("plenum.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("Plenum"));
}

namespace {
QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe0, 0xe0, 0xe0);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    dark.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return dark;
}
} // namespace

void applyTheme(QApplication &app, const QString &theme, int fontSize)
{
    if (theme == QLatin1String("dark"))
        QApplication::setPalette(darkPalette());
    else
        QApplication::setPalette(app.style()->standardPalette());
    QFont font = QApplication::font();
    static const qreal systemSize = font.pointSizeF();
    font.setPointSizeF(fontSize > 0 ? fontSize : systemSize);
    app.setFont(font);
}

void applyAppearance(QApplication &app)
{
    QFont font = QApplication::font();
    // Latin text keeps the system family; anything it lacks falls through to the SC face.
    font.setFamilies({ font.family(), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC") });
    app.setFont(font);
    fitMessageBoxes(app);

    const QString language = effectiveLanguage(Settings().language());
    QLocale::setDefault(language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                           : QLocale(QLocale::English, QLocale::UnitedStates));
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/plenum/i18n/plenum_") + language))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app); // Qt's own dialogs and buttons
    if (language != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    const Settings settings;
    if (settings.theme() != QLatin1String("system") || settings.fontSize() > 0)
        applyTheme(app, settings.theme(), settings.fontSize());
}

QString effectiveLanguage(const QString &setting)
{
    if (setting == QLatin1String("en") || setting == QLatin1String("zh_CN"))
        return setting;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace plenum::ui

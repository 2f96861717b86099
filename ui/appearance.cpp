#include "ui/appearance.h"

#include "ui/settings.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace plenum::ui {

void applyAppearance(QApplication &app)
{
    QFont font = QApplication::font();
    // Latin text keeps the system family; anything it lacks falls through to the SC face.
    font.setFamilies({ font.family(), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC") });
    app.setFont(font);

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
}

QString effectiveLanguage(const QString &setting)
{
    if (setting == QLatin1String("en") || setting == QLatin1String("zh_CN"))
        return setting;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace plenum::ui

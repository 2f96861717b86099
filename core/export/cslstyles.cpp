#include "export/cslstyles.h"

#include "model/error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>

namespace plenum::core {

namespace {

// The style's <title>, read from the first few kilobytes (styles are small; the title comes early).
QString styleTitle(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString head = QString::fromUtf8(file.read(8192));
    static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"));
    const auto m = title.match(head);
    QString text = m.captured(1).trimmed();
    return text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

CslStyle styleAt(const QString &path, bool user)
{
    const QFileInfo info(path);
    return { info.completeBaseName(), styleTitle(info.absoluteFilePath()), info.absoluteFilePath(), user };
}

QStringList cslFiles(const QString &dir)
{
    QStringList paths;
    const QDir d(dir);
    for (const QString &name : d.entryList({ QStringLiteral("*.csl") }, QDir::Files | QDir::Readable, QDir::Name))
        paths.append(d.filePath(name));
    return paths;
}

} // namespace

QString cslDataDir()
{
    const QString env = qEnvironmentVariable("PLENUM_CSL_DIR");
    return env.isEmpty() ? QStringLiteral("/usr/share/citation-style-language") : env;
}

QString userStylesDir()
{
    const QString env = qEnvironmentVariable("PLENUM_STYLES_DIR");
    if (!env.isEmpty())
        return env;
    const QString data = qEnvironmentVariable("XDG_DATA_HOME");
    return (data.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share") : data)
        + QStringLiteral("/plenum/styles");
}

namespace {

QList<CslStyle> readInstalledStyles()
{
    QMap<QString, CslStyle> byId;
    for (const QString &path : cslFiles(cslDataDir() + QStringLiteral("/styles")))
        byId.insert(QFileInfo(path).completeBaseName(), styleAt(path, false));
    for (const QString &path : cslFiles(userStylesDir()))
        byId.insert(QFileInfo(path).completeBaseName(), styleAt(path, true));
    return byId.values();
}

// What the cached list was read from: both folders and when each last changed.
QStringList styleFoldersState()
{
    QStringList state;
    for (const QString &dir : { cslDataDir() + QStringLiteral("/styles"), userStylesDir() })
        state << dir << QString::number(QFileInfo(dir).lastModified().toMSecsSinceEpoch());
    return state;
}

} // namespace

QList<CslStyle> installedStyles()
{
    // Reading 2,500 official styles takes a noticeable moment; the Settings and Export dialogs ask often.
    static QMutex mutex;
    static QStringList cachedState;
    static QList<CslStyle> cached;
    const QStringList state = styleFoldersState();
    const QMutexLocker lock(&mutex);
    if (state != cachedState || cachedState.isEmpty()) {
        cached = readInstalledStyles();
        cachedState = state;
    }
    return cached;
}

CslStyle resolveStyle(const QString &name)
{
    if (name.endsWith(QLatin1String(".csl"), Qt::CaseInsensitive) || name.contains(QLatin1Char('/'))) {
        const QFileInfo info(name);
        if (!info.isFile() || !info.isReadable())
            throw Error(ErrorCode::NotFound, QStringLiteral("No readable CSL style file at %1.").arg(name));
        CslStyle style = styleAt(name, true);
        if (style.title.isEmpty())
            throw Error(
                ErrorCode::InvalidData, QStringLiteral("%1 is not a CSL style: it has no <info><title>.").arg(name));
        return style;
    }
    QString id = name.trimmed();
    if (id == QLatin1String("gbt7714") || id.isEmpty())
        id = defaultStyleName();
    for (const QString &dir : { userStylesDir(), cslDataDir() + QStringLiteral("/styles") }) {
        const QString path = dir + QLatin1Char('/') + id + QStringLiteral(".csl");
        if (QFileInfo(path).isFile())
            return styleAt(path, dir == userStylesDir());
    }
    throw Error(ErrorCode::NotFound,
        QStringLiteral("No CSL style named \"%1\" is installed (plenum-cli styles lists them; a path to a .csl "
                       "file works too).")
            .arg(name));
}

QString defaultStyleName()
{
    return QStringLiteral("china-national-standard-gb-t-7714-2015-numeric");
}

} // namespace plenum::core

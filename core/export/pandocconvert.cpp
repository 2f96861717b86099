#include "export/pandocconvert.h"

#include "export/datafiles.h"

#include "model/error.h"

#include <QProcess>
#include <QStandardPaths>

namespace plenum::core {

namespace {

QByteArray runPandoc(const QStringList &arguments, const QByteArray &input)
{
    const QString pandoc = QStandardPaths::findExecutable(QStringLiteral("pandoc"));
    if (pandoc.isEmpty())
        throw Error(ErrorCode::FileError,
            QStringLiteral(
                "Cannot write the document: pandoc is not installed (Debian package pandoc; run make deps)."));
    QProcess process;
    process.start(pandoc, arguments);
    if (!process.waitForStarted())
        throw Error(ErrorCode::FileError, QStringLiteral("Cannot start pandoc: %1.").arg(process.errorString()));
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw Error(ErrorCode::FileError,
            QStringLiteral("pandoc could not write the document: %1")
                .arg(QString::fromUtf8(process.readAllStandardError()).trimmed().left(400)));
    return process.readAllStandardOutput();
}

} // namespace

QByteArray convertMarkdown(
    const QString &markdown, const QString &format, const QString &title, const QString &language)
{
    const QString to = format == QLatin1String("html") ? QStringLiteral("html5") : format;
    // Text comes typeset already (the style's quotes and dashes), so no "smart" rewriting.
    QStringList args { QStringLiteral("-f"),
        QStringLiteral("markdown-raw_html-raw_tex-raw_attribute-citations-yaml_metadata_block-smart"),
        QStringLiteral("-t"), to, QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--lua-filter"),
        exportDataFile(QStringLiteral("pandoc/inert.lua"), QStringLiteral(PLENUM_PANDOC_FILTER)) };
    // Debian's pandoc reads the docx/odt writers' templates from its data folder, which the
    // sandbox forbids; there the filter alone keeps files out (it drops every image).
    if (to != QLatin1String("docx") && to != QLatin1String("odt"))
        args.prepend(QStringLiteral("--sandbox"));
    if (!title.isEmpty())
        args << QStringLiteral("--metadata") << QStringLiteral("title=") + title;
    if (!language.isEmpty())
        args << QStringLiteral("--metadata") << QStringLiteral("lang=") + language;
    return runPandoc(args, markdown.toUtf8());
}

QString documentText(const QByteArray &data, const QString &format)
{
    return QString::fromUtf8(
        runPandoc({ QStringLiteral("--sandbox"), QStringLiteral("-f"), format, QStringLiteral("-t"),
                      QStringLiteral("plain"), QStringLiteral("--wrap=none") },
            data));
}

} // namespace plenum::core

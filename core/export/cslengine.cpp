#include "export/cslengine.h"

#include "export/datafiles.h"
#include "model/error.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace plenum::core {

namespace {

QString engineScript()
{
    const QString env = qEnvironmentVariable("PLENUM_CITEPROC_SCRIPT");
    return env.isEmpty()
        ? exportDataFile(QStringLiteral("citeproc/plenum-citeproc.js"), QStringLiteral(PLENUM_CITEPROC_SCRIPT))
        : env;
}

QString nodeModules()
{
    const QString env = qEnvironmentVariable("PLENUM_NODE_MODULES");
    return env.isEmpty() ? exportDataFile(QStringLiteral("node_modules"), QStringLiteral(PLENUM_NODE_MODULES)) : env;
}

QString nodeProgram()
{
    for (const char *name : { "node", "nodejs" }) {
        const QString path = QStandardPaths::findExecutable(QLatin1String(name));
        if (!path.isEmpty())
            return path;
    }
    throw Error(ErrorCode::FileError,
        QStringLiteral("Cannot render citations: node (Debian package nodejs) is not installed; run make deps."));
}

QJsonArray clustersJson(const QList<QList<CslCite>> &clusters)
{
    QJsonArray out;
    for (const QList<CslCite> &cluster : clusters) {
        QJsonArray cites;
        for (const CslCite &c : cluster) {
            QJsonObject o { { QStringLiteral("id"), c.id } };
            if (!c.locator.isEmpty()) {
                o.insert(QStringLiteral("locator"), c.locator);
                o.insert(QStringLiteral("label"), c.label.isEmpty() ? QStringLiteral("page") : c.label);
            }
            if (c.suppressAuthor)
                o.insert(QStringLiteral("suppress-author"), true);
            if (c.authorOnly)
                o.insert(QStringLiteral("author-only"), true);
            cites.append(o);
        }
        out.append(cites);
    }
    return out;
}

// Runs the engine on REQUEST and returns its JSON answer.
QJsonObject runEngine(const QJsonObject &request, const QString &styleName)
{
    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), nodeModules());
    node.setProcessEnvironment(env);
    node.start(nodeProgram(), { engineScript() });
    if (!node.waitForStarted())
        throw Error(
            ErrorCode::FileError, QStringLiteral("Cannot start node to render citations: %1.").arg(node.errorString()));
    node.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    node.waitForFinished(-1);
    const QByteArray out = node.readAllStandardOutput();
    const QJsonObject answer = QJsonDocument::fromJson(out).object();
    if (answer.isEmpty())
        throw Error(ErrorCode::FileError,
            QStringLiteral("The citation engine (%1) failed: %2")
                .arg(engineScript(), QString::fromUtf8(node.readAllStandardError()).trimmed().left(400)));
    if (answer.contains(QStringLiteral("error"))) {
        const QString message = answer.value(QStringLiteral("error")).toString();
        throw Error(message.contains(QLatin1String("not installed")) ? ErrorCode::FileError : ErrorCode::InvalidData,
            QStringLiteral("Cannot render citations with %1: %2.").arg(styleName, message));
    }
    return answer;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

QString decodeEntities(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);"));
    QString out;
    qsizetype pos = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(pos, m.capturedStart() - pos);
        const QString e = m.captured(1);
        char32_t c = 0;
        if (e.startsWith(QLatin1String("#x")))
            c = e.mid(2).toUInt(nullptr, 16);
        else if (e.startsWith(QLatin1Char('#')))
            c = e.mid(1).toUInt();
        else
            c = e == QLatin1String("amp")    ? U'&'
                : e == QLatin1String("lt")   ? U'<'
                : e == QLatin1String("gt")   ? U'>'
                : e == QLatin1String("quot") ? U'"'
                : e == QLatin1String("apos") ? U'\''
                                             : U'\u00a0';
        out += QString::fromUcs4(&c, 1);
        pos = m.capturedEnd();
    }
    return out + text.mid(pos);
}

QString escapeMarkdownText(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#^~$@|").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// TEXT escaped for Markdown, its URLs as <autolinks> (a backslash inside a bare URL would stay).
QString markdownWithUrls(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>]*[^\\s<>.,;:)\\]]"));
    QString out;
    qsizetype pos = 0;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += escapeMarkdownText(text.mid(pos, m.capturedStart() - pos));
        out += QLatin1Char('<') + m.captured(0) + QLatin1Char('>');
        pos = m.capturedEnd();
    }
    return out + escapeMarkdownText(text.mid(pos));
}

} // namespace

void parseLocator(const QString &text, CslCite &cite)
{
    struct Label {
        const char *pattern;
        const char *term;
    };
    static const Label labels[]
        = { { "^(?:pp?\\.?|pages?)\\s*", "page" }, { "^(?:chaps?\\.?|ch\\.|chapters?)\\s*", "chapter" },
              { "^(?:secs?\\.|§+|sections?)\\s*", "section" }, { "^(?:paras?\\.|¶+|paragraphs?)\\s*", "paragraph" },
              { "^(?:vols?\\.|volumes?)\\s*", "volume" }, { "^(?:figs?\\.|figures?)\\s*", "figure" },
              { "^(?:nos?\\.|numbers?)\\s*", "number" }, { "^(?:ll?\\.|lines?)\\s*", "line" } };
    const QString t = text.trimmed();
    for (const Label &l : labels) {
        const QRegularExpression re(QString::fromUtf8(l.pattern), QRegularExpression::CaseInsensitiveOption);
        const auto m = re.match(t);
        if (m.hasMatch()) {
            cite.label = QLatin1String(l.term);
            cite.locator = t.mid(m.capturedLength()).trimmed();
            return;
        }
    }
    static const QRegularExpression chinesePage(QStringLiteral("^第?\\s*([0-9][0-9,\\s–—-]*)\\s*页$"));
    const auto m = chinesePage.match(t);
    cite.label = QStringLiteral("page");
    cite.locator = m.hasMatch() ? m.captured(1).trimmed() : t;
}

CslRendering renderCsl(
    const CslStyle &style, const QJsonArray &items, const QList<QList<CslCite>> &clusters, bool bibliography)
{
    const QJsonObject request { { QStringLiteral("style"), style.path },
        { QStringLiteral("localeDir"), cslDataDir() + QStringLiteral("/locales") }, { QStringLiteral("items"), items },
        { QStringLiteral("clusters"), clustersJson(clusters) }, { QStringLiteral("bibliography"), bibliography } };
    const QJsonObject answer = runEngine(request, style.id);
    CslRendering out;
    out.citations = strings(answer.value(QStringLiteral("citations")));
    out.bibliography = strings(answer.value(QStringLiteral("bibliography")));
    out.entryIds = strings(answer.value(QStringLiteral("entryIds")));
    out.secondFieldAlign
        = answer.value(QStringLiteral("format")).toObject().value(QStringLiteral("secondFieldAlign")).isString();
    return out;
}

QString cslHtmlToMarkdown(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z]+)[^>]*>"));
    QString out;
    qsizetype pos = 0;
    bool superscript = false; // pandoc's ^…^ holds no bare space
    auto text = [&](const QString &raw) {
        QString t = markdownWithUrls(decodeEntities(raw));
        return superscript ? t.replace(QLatin1Char(' '), QStringLiteral("\\ ")) : t;
    };
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += text(html.mid(pos, m.capturedStart() - pos));
        const QString name = m.captured(2).toLower();
        const bool close = !m.captured(1).isEmpty();
        if (name == QLatin1String("i") || name == QLatin1String("em"))
            out += QLatin1Char('*');
        else if (name == QLatin1String("b") || name == QLatin1String("strong"))
            out += QStringLiteral("**");
        else if (name == QLatin1String("sup"))
            superscript = !close, out += QLatin1Char('^');
        else if (name == QLatin1String("sub"))
            out += QLatin1Char('~');
        else if (name == QLatin1String("div") && close)
            out += QLatin1Char(' ');
        pos = m.capturedEnd();
    }
    out += text(html.mid(pos));
    return out.simplified();
}

QString cslHtmlToText(const QString &html)
{
    QString spaced = html;
    spaced.replace(QStringLiteral("</div>"), QStringLiteral("</div> "));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return decodeEntities(spaced.remove(tag)).simplified();
}

} // namespace plenum::core

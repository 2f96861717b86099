#include "ui/itempage.h"

#include "linking/referenceduplicates.h"
#include "queries/itemdetail.h"
#include "reader/readerpane.h"
#include "storage/attachments.h"
#include "storage/repository.h"
#include "ui/errorreporter.h"
#include "ui/guard.h"
#include "ui/itemhtml.h"

#include <QDesktopServices>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace plenum::ui {

ItemPage::ItemPage(ErrorReporter &errors, QWidget *parent)
    : QWidget(parent)
    , m_errors(errors)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDocumentMargin(16);
    connect(m_browser, &QTextBrowser::anchorClicked, this,
        guarded(m_errors, tr("Cannot follow the link"), [this](const QUrl &url) { onAnchor(url); }));
}

void ItemPage::setRepository(core::Repository *repo)
{
    m_repo = repo;
    m_history.clear();
    m_position = -1;
    m_browser->clear();
    emit historyChanged();
}

QString ItemPage::currentId() const
{
    return m_position >= 0 ? m_history.at(m_position) : QString();
}

QString ItemPage::html() const
{
    return m_browser->toHtml();
}

void ItemPage::showItem(const QString &id)
{
    if (id.isEmpty() || id == currentId())
        return;
    m_history.resize(m_position + 1);
    m_history.append(id);
    m_position = m_history.size() - 1;
    render(id);
    emit historyChanged();
}

void ItemPage::back()
{
    if (!canGoBack())
        return;
    render(m_history.at(--m_position));
    emit historyChanged();
}

void ItemPage::forward()
{
    if (!canGoForward())
        return;
    render(m_history.at(++m_position));
    emit historyChanged();
}

void ItemPage::reload()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_repo)
        return;
    bool exists = true;
    if (!guard(m_errors, tr("Cannot show %1").arg(id), [&] { exists = m_repo->typeOf(id).has_value(); }))
        return;
    if (!exists) {
        m_browser->setHtml(QStringLiteral("<p style=\"color:gray\">%1</p>")
                               .arg(tr("%1 was deleted. Edit ▸ Undo brings it back.").arg(id).toHtmlEscaped()));
        return;
    }
    render(id);
}

void ItemPage::render(const QString &id)
{
    if (!m_repo)
        return;
    const bool shown = guard(m_errors, tr("Cannot show %1").arg(id), [&] {
        QString html = itemHtml(core::itemDetail(*m_repo, id, kMaxBacklinks));
        html += actionsHtml(id);
        html += attachmentHtml(id);
        m_browser->setHtml(html);
    });
    if (shown)
        emit itemShown(id);
    else
        m_browser->clear();
}

// A document's PDF (copied or linked, and whether it is there), or for a statement quoted from
// one, a link that opens the reader at its page.
QString ItemPage::attachmentHtml(const QString &id)
{
    const core::Item item = m_repo->item(id);
    QString document = id;
    int page = 1;
    if (item.type == core::ItemType::Statement) {
        static const QRegularExpression pageRe(QStringLiteral("^p\\. (\\d+)"));
        const auto m = pageRe.match(item.fields.value(QStringLiteral("locator")).toString());
        document = item.fields.value(QStringLiteral("document")).toString();
        if (!m.hasMatch() || document.isEmpty())
            return {};
        page = m.captured(1).toInt();
    } else if (item.type != core::ItemType::Document) {
        return {};
    }
    const auto attachments = core::attachmentsOf(m_repo->database(), document);
    if (attachments.isEmpty())
        return {};
    const core::Attachment &a = attachments.first();
    if (item.type == core::ItemType::Statement)
        return QStringLiteral("<p><a href=\"reader:%1#%2\">%3</a></p>")
            .arg(document.toHtmlEscaped())
            .arg(page)
            .arg(tr("Open the PDF at page %1").arg(page).toHtmlEscaped());
    const QString state = !core::attachmentPresent(m_repo->database(), a) ? tr("missing")
        : a.linked                                                        ? tr("linked")
                                                                          : tr("copied beside the knowledge base");
    return QStringLiteral("<h3>%1</h3><p><a href=\"reader:%2#1\">%3</a> (%4)</p>")
        .arg(tr("Attachment").toHtmlEscaped(), document.toHtmlEscaped(), a.fileName.toHtmlEscaped(),
            state.toHtmlEscaped());
}

void ItemPage::openReader(const QString &documentId, int page)
{
    auto *pane = new reader::ReaderPane(*m_repo);
    pane->setAttribute(Qt::WA_DeleteOnClose);
    pane->setWindowTitle(tr("Reader — %1").arg(m_repo->title(documentId)));
    pane->setErrorHandler([this](const QString &what, const core::Error &e) { m_errors.report(what, e); });
    connect(pane, &reader::ReaderPane::quoted, this, [this, documentId] { render(currentId()); });
    if (!guard(
            m_errors, tr("Cannot open the PDF of %1").arg(documentId), [&] { pane->openDocument(documentId, page); })) {
        delete pane;
        return;
    }
    pane->resize(1100, 800);
    pane->show();
}

QString ItemPage::actionsHtml(const QString &id)
{
    const auto type = m_repo->typeOf(id);
    if (type != core::ItemType::Milestone && type != core::ItemType::Concept && type != core::ItemType::Reference)
        return {};
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Unlinked mentions").toHtmlEscaped());
    if (m_unlinkedFor != id) {
        html += QStringLiteral("<p><a href=\"action:unlinked\">%1</a></p>")
                    .arg(tr("Find where this is named without a link").toHtmlEscaped());
    } else if (m_unlinked.isEmpty()) {
        html += QStringLiteral("<p style=\"color:gray\">%1</p>")
                    .arg(tr("None: every mention is linked.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<p><a href=\"linkmention:all\">%1</a></p><ul>")
                    .arg(tr("Link all %n", nullptr, static_cast<int>(m_unlinked.size())).toHtmlEscaped());
        for (int i = 0; i < m_unlinked.size(); ++i) {
            const auto &m = m_unlinked.at(i);
            html += QStringLiteral("<li><a href=\"item:%1\">%2</a> <a href=\"linkmention:%3\">%4</a><br><i>%5</i></li>")
                        .arg(m.sourceId.toHtmlEscaped(), m_repo->title(m.sourceId).toHtmlEscaped())
                        .arg(i)
                        .arg(tr("link").toHtmlEscaped(), m.context.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (type == core::ItemType::Reference) {
        for (const auto &group : core::findDuplicateReferences(*m_repo)) {
            if (!group.ids.contains(id))
                continue;
            html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Possible duplicates").toHtmlEscaped());
            for (const QString &other : group.ids)
                if (other != id)
                    html += QStringLiteral("<li><a href=\"item:%1\">%2</a> (%3) <a href=\"merge:%1\">%4</a></li>")
                                .arg(other.toHtmlEscaped(), m_repo->title(other).toHtmlEscaped(),
                                    group.reason.toHtmlEscaped(), tr("merge into this one").toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
    }
    return html;
}

void ItemPage::findUnlinkedMentions()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_repo)
        return;
    if (guard(m_errors, tr("Cannot look for mentions of %1").arg(id), [&] {
            m_unlinked = core::Linker(*m_repo).unlinkedMentions(id);
            m_unlinkedFor = id;
        }))
        render(id);
}

void ItemPage::onAnchor(const QUrl &url)
{
    const QString scheme = url.scheme();
    const QString id = currentId();
    if (scheme == QLatin1String("action") && url.path() == QLatin1String("unlinked")) {
        findUnlinkedMentions();
    } else if (scheme == QLatin1String("linkmention")) {
        QList<core::UnlinkedMention> chosen;
        if (url.path() == QLatin1String("all"))
            chosen = m_unlinked;
        else if (const int i = url.path().toInt(); i >= 0 && i < m_unlinked.size())
            chosen.append(m_unlinked.at(i));
        for (const auto &m : chosen)
            m_unlinked.removeOne(m);
        if (!chosen.isEmpty())
            emit linkMentionsRequested(id, chosen);
    } else if (scheme == QLatin1String("search")) {
        emit searchRequested(QUrl::fromPercentEncoding(url.path().toUtf8()));
    } else if (scheme == QLatin1String("reject")) {
        emit rejectLinkRequested(url.path().toLongLong(), id);
    } else if (scheme == QLatin1String("merge")) {
        emit mergeRequested(id, url.path());
    } else if (scheme == QLatin1String("reader")) {
        openReader(url.path(), std::max(1, url.fragment().toInt()));
    } else if (scheme == QLatin1String("item")) {
        showItem(QUrl::fromPercentEncoding(url.path().toUtf8()));
    } else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        QDesktopServices::openUrl(url);
    }
}

} // namespace plenum::ui

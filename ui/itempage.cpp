#include "itempage.h"

#include "errorreporter.h"
#include "itemdetail.h"
#include "itemhtml.h"
#include "repository.h"

#include <QDesktopServices>
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
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ItemPage::onAnchor);
}

void ItemPage::setRepository(core::Repository *repo)
{
    m_repo = repo;
    m_history.clear();
    m_position = -1;
    m_browser->clear();
    emit historyChanged();
}

QString ItemPage::currentId() const { return m_position >= 0 ? m_history.at(m_position) : QString(); }

QString ItemPage::html() const { return m_browser->toHtml(); }

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
    if (!m_repo->typeOf(id)) {
        m_browser->setHtml(QStringLiteral("<p style=\"color:gray\">%1</p>").arg(tr("%1 was deleted. Edit ▸ Undo brings it back.").arg(id).toHtmlEscaped()));
        return;
    }
    render(id);
}

void ItemPage::render(const QString &id)
{
    if (!m_repo)
        return;
    try {
        m_browser->setHtml(itemHtml(core::itemDetail(*m_repo, id)));
        emit itemShown(id);
    } catch (const core::Error &e) {
        m_browser->clear();
        m_errors.report(tr("Cannot show %1").arg(id), e.message());
    }
}

void ItemPage::onAnchor(const QUrl &url)
{
    if (url.scheme() == QLatin1String("item")) {
        showItem(QUrl::fromPercentEncoding(url.path().toUtf8()));
    } else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        QDesktopServices::openUrl(url);
    }
}

} // namespace plenum::ui

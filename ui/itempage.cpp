#include "ui/itempage.h"

#include "linking/referenceduplicates.h"
#include "queries/itemdetail.h"
#include "queries/itemedits.h"
#include "reader/readerpane.h"
#include "storage/attachments.h"
#include "storage/itemtags.h"
#include "storage/repository.h"
#include "ui/editors/itemeditor.h"
#include "ui/errorreporter.h"
#include "ui/guard.h"
#include "ui/itemhtml.h"

#include <QDesktopServices>
#include <QEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace plenum::ui {

ItemPage::ItemPage(ErrorReporter &errors, QWidget *parent)
    : QWidget(parent)
    , m_errors(errors)
    , m_stack(new QStackedWidget(this))
    , m_browser(new QTextBrowser)
    , m_editor(new ItemEditor)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_editor);
    m_browser->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_browser, &QWidget::customContextMenuRequested, this, &ItemPage::showContextMenu);
    connect(m_editor, &ItemEditor::cancelled, this, &ItemPage::stopEditing);
    connect(m_editor, &ItemEditor::saveRequested, this, [this](const core::Item &after, const QStringList &tags) {
        const std::optional<core::Item> before
            = m_editor->isNew() ? std::nullopt : std::optional<core::Item>(m_editor->original());
        const QStringList tagsBefore = m_tagsBefore;
        stopEditing();
        emit saveItemRequested(before, tagsBefore, after, tags);
    });
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDocumentMargin(16);
    connect(m_browser, &QTextBrowser::anchorClicked, this,
        guarded(m_errors, tr("Cannot follow the link"), [this](const QUrl &url) { onAnchor(url); }));
}

void ItemPage::setRepository(core::Repository *repo)
{
    stopEditing();
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
    stopEditing(); // going elsewhere leaves the editor, as Esc does
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
    stopEditing();
    render(m_history.at(--m_position));
    emit historyChanged();
}

void ItemPage::forward()
{
    if (!canGoForward())
        return;
    stopEditing();
    render(m_history.at(++m_position));
    emit historyChanged();
}

void ItemPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && !isEditing())
        reload();
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
    // The reader keeps their place on a page that changed under them.
    const int scroll = m_browser->verticalScrollBar()->value();
    render(id);
    m_browser->verticalScrollBar()->setValue(scroll);
}

void ItemPage::render(const QString &id)
{
    if (!m_repo)
        return;
    const bool shown = guard(m_errors, tr("Cannot show %1").arg(id), [&] {
        QString html = editBarHtml() + itemHtml(core::itemDetail(*m_repo, id, kMaxBacklinks), m_repo);
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
            html += QStringLiteral("<li><a href=\"item:%1\">%2</a> <a href=\"linkmention:%3\">%4</a><br>%5</li>")
                        .arg(m.sourceId.toHtmlEscaped(), m_repo->title(m.sourceId).toHtmlEscaped())
                        .arg(i)
                        .arg(tr("link").toHtmlEscaped(), quotedContextHtml(m.context));
        }
        html += QStringLiteral("</ul>");
    }
    if (type == core::ItemType::Reference) {
        for (const auto &group : core::findDuplicateReferences(*m_repo)) {
            if (!group.ids.contains(id))
                continue;
            html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Possible duplicates").toHtmlEscaped());
            // Why they look alike, in the reader's words (core names the reason "doi" or "title_year_author").
            const QString why
                = group.reason == QLatin1String("doi") ? tr("the same DOI") : tr("same title, year and first author");
            for (const QString &other : group.ids)
                if (other != id)
                    html += QStringLiteral("<li><a href=\"item:%1\">%2</a> (%3) <a href=\"merge:%1\">%4</a></li>")
                                .arg(other.toHtmlEscaped(), m_repo->title(other).toHtmlEscaped(), why.toHtmlEscaped(),
                                    tr("merge into this one").toHtmlEscaped());
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
    } else if (scheme == QLatin1String("edit")) {
        const QString what = url.path();
        if (what == QLatin1String("edit"))
            editCurrent();
        else if (what == QLatin1String("link"))
            emit addLinkRequested(id);
        else if (what == QLatin1String("collect"))
            emit addToCollectionRequested(id);
        else if (what == QLatin1String("delete"))
            emit deleteRequested(id);
    } else if (scheme == QLatin1String("unlink")) {
        emit removeLinkRequested(url.path().toLongLong(), id);
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

// The edit links above every page (none on a read-only knowledge base).
QString ItemPage::editBarHtml() const
{
    if (m_readOnly)
        return {};
    const std::pair<const char *, QString> links[] = { { "edit", tr("Edit") }, { "link", tr("Add link") },
        { "collect", tr("Add to collection") }, { "delete", tr("Delete") } };
    QStringList parts;
    for (const auto &[action, label] : links)
        parts.append(QStringLiteral("<a href=\"edit:%1\">%2</a>").arg(QLatin1String(action), label.toHtmlEscaped()));
    return QStringLiteral("<p align=\"right\" style=\"font-size:small\">%1</p>").arg(parts.join(QStringLiteral(" · ")));
}

void ItemPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        stopEditing();
}

bool ItemPage::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

void ItemPage::stopEditing()
{
    const bool wasEditing = isEditing();
    m_stack->setCurrentWidget(m_browser);
    if (wasEditing)
        m_browser->setFocus();
}

void ItemPage::openEditor(const core::Item &item, bool isNew)
{
    m_editor->edit(m_repo, item, m_tagsBefore, isNew);
    m_stack->setCurrentWidget(m_editor);
}

void ItemPage::editCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_repo || m_readOnly)
        return;
    std::optional<core::Item> item;
    if (!guard(m_errors, tr("Cannot edit %1").arg(id),
            [&] {
                item = m_repo->findItem(id);
                m_tagsBefore = item ? core::tagsOf(*m_repo, id) : QStringList();
            })
        || !item)
        return;
    if (item->type == core::ItemType::Note) {
        emit editNoteRequested(id);
        return;
    }
    openEditor(*item, false);
}

void ItemPage::createItem(core::ItemType type)
{
    if (!m_repo || m_readOnly)
        return;
    core::Item item;
    item.type = type;
    if (!guard(m_errors, tr("Cannot make a new item"), [&] { item.id = core::newItemId(*m_repo, type); }))
        return;
    // The defaults a new item of each kind starts from; the schema refuses an empty kind.
    const std::pair<core::ItemType, std::pair<const char *, const char *>> defaults[]
        = { { core::ItemType::Statement, { "kind", "quote" } }, { core::ItemType::Statement, { "language", "zh" } },
              { core::ItemType::Milestone, { "kind", "other_event" } },
              { core::ItemType::Document, { "kind", "other" } }, { core::ItemType::Document, { "language", "zh" } },
              { core::ItemType::Reference, { "type", "article-journal" } } };
    for (const auto &[forType, field] : defaults)
        if (forType == type)
            item.fields.insert(QLatin1String(field.first), QLatin1String(field.second));
    m_tagsBefore.clear();
    openEditor(item, true);
}

void ItemPage::showContextMenu(const QPoint &pos)
{
    std::unique_ptr<QMenu> menu(m_browser->createStandardContextMenu(pos));
    const QString selected = m_browser->textCursor().selectedText();
    if (!m_readOnly && !selected.trimmed().isEmpty() && !currentId().isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("New Statement from Selection"), this,
            [this, selected] { emit statementFromTextRequested(selected, currentId()); });
    }
    menu->exec(m_browser->viewport()->mapToGlobal(pos));
}

} // namespace plenum::ui

#include "ui/noteeditor.h"

#include "export/cslengine.h"
#include "interchange/bibformats.h"
#include "linking/notelinks.h"
#include "queries/notes.h"
#include "storage/repository.h"
#include "ui/coremessages.h"
#include "ui/guard.h"
#include "ui/labels.h"
#include "ui/noteeditorcitations.h"
#include "ui/noteeditorcompletion.h"
#include "ui/settings.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDesktopServices>
#include <QFocusEvent>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace plenum::ui {

namespace {

// Keys that choose a completion (Enter, Tab) must do so instead of inserting a newline or
// moving the focus; the completer hands the popup's key presses to the editor first.
class CompletingTextEdit final : public QPlainTextEdit {
public:
    QCompleter *completer = nullptr;
    std::function<bool()> accept;
    std::function<void(bool redo)> undo;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && completer && completer->popup()->isVisible()) {
            // The popup has the keyboard, so the window's Undo shortcut cannot fire: close it and undo here.
            const auto *key = static_cast<QKeyEvent *>(event);
            if (undo && (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))) {
                completer->popup()->hide();
                undo(key->matches(QKeySequence::Redo));
                event->accept();
                return true;
            }
            switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
            case Qt::Key_Tab:
                if (accept && accept()) {
                    event->accept();
                    return true;
                }
                break;
            case Qt::Key_Backtab:
            case Qt::Key_Escape:
                event->ignore(); // the completer closes its popup
                return true;
            default:
                break;
            }
        }
        return QPlainTextEdit::event(event);
    }
};

QString escapeMarkdown(QString text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()#+-.!<>|~");
    QString out;
    for (QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

NoteEditor::NoteEditor(ErrorReporter &errors, QWidget *parent)
    : QWidget(parent)
    , m_errors(errors)
    , m_lookupErrors(errors)
    , m_title(new QLineEdit)
    , m_body(new CompletingTextEdit)
    , m_preview(new QTextBrowser)
    , m_links(new QListWidget)
    , m_savedLabel(new QLabel)
    , m_citationLabel(new QLabel)
    , m_saveTimer(new QTimer(this))
    , m_completer(new QCompleter(this))
    , m_itemEntries(new QStandardItemModel(this))
    , m_citationEntries(new QStandardItemModel(this))
    , m_citations(new CitationRenderer(300, this))
{
    m_title->setPlaceholderText(tr("Title"));
    m_title->setAccessibleName(tr("Note title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_body->setPlaceholderText(
        tr("Write in Markdown. Type [[ to link any item by name or alias, [@ to cite a reference."));
    m_body->setAccessibleName(tr("Note text"));
    m_body->setTabChangesFocus(true);
    // One history: the window's Undo (the knowledge base's stack), never the text field's own.
    m_body->setUndoRedoEnabled(false);
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Preview"));
    m_links->setAccessibleName(tr("Links in this note"));
    m_savedLabel->setAccessibleName(tr("Saved state"));
    m_citationLabel->setAccessibleName(tr("Citation style state"));
    m_citationLabel->setTextFormat(Qt::PlainText);
    createLayout();
    connectParts();
    setEnabled(false);
}

NoteEditor::~NoteEditor() = default;

void NoteEditor::createLayout()
{
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_preview);
    auto *linksBox = new QWidget;
    auto *linksLayout = new QVBoxLayout(linksBox);
    linksLayout->setContentsMargins(0, 0, 0, 0);
    linksLayout->addWidget(new QLabel(tr("Links and citations")));
    linksLayout->addWidget(m_links);
    right->addWidget(linksBox);
    right->setSizes({ 400, 160 });
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_body);
    split->addWidget(right);
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(2, 0, 2, 0);
    footer->addWidget(m_savedLabel, 1);
    footer->addWidget(m_citationLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    layout->addLayout(footer);
}

void NoteEditor::connectParts()
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(700);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        if (hasNote() && !(!m_stored && isBlank()))
            emit noteEdited(currentNote());
    });
    connect(m_title, &QLineEdit::textChanged, this, &NoteEditor::onTextChanged);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NoteEditor::onTextChanged);
    connect(m_body, &QPlainTextEdit::cursorPositionChanged, this, &NoteEditor::updateCompletion);
    for (QWidget *field : { static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_body) })
        field->installEventFilter(this);

    m_completer->setWidget(m_body);
    auto *body = static_cast<CompletingTextEdit *>(m_body);
    body->completer = m_completer;
    body->accept = [this] { return acceptCompletion(); };
    body->undo = [this](bool redo) {
        flush(); // what was typed becomes the step Undo takes back
        emit undoRequested(redo);
    };
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(kCompletionMatchRole);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &NoteEditor::insertCompletion);
    connect(m_citations, &CitationRenderer::ready, this, &NoteEditor::refreshSideViews);

    const auto follow = [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("item"))
            emit itemActivated(url.path());
        else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
            || url.scheme() == QLatin1String("file"))
            QDesktopServices::openUrl(url); // only on an explicit click, and only these schemes
    };
    connect(m_preview, &QTextBrowser::anchorClicked, this, follow);
    connect(m_links, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            emit itemActivated(id);
    });
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Undo and Redo belong to the window: what was typed is saved first, so Undo takes it back.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            flush();
            event->ignore();
            return true;
        }
    } else if (event->type() == QEvent::FocusOut
        && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
        // Whatever the user does next (an Undo in the menu, another view) sees the note saved. Deferred:
        // a focus lost while the window is being destroyed must not save into a half-destroyed window.
        QTimer::singleShot(0, this, &NoteEditor::flush);
    }
    return QWidget::eventFilter(watched, event);
}

void NoteEditor::changeEvent(QEvent *event)
{
    // Back from the Settings dialog (or another program): a citation style chosen there shows now.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && hasNote())
        refreshSideViews();
    QWidget::changeEvent(event);
}

void NoteEditor::setRepository(core::Repository *repo)
{
    m_repo = repo;
    m_note = {};
    m_stored = false;
    m_dirty = false;
    setEnabled(false);
    updateSavedState();
    m_lookupErrors.reset();
    if (!repo)
        return;
    m_referencesVersion.clear();
    fillCompletions();
}

void NoteEditor::fillCompletions()
{
    m_completionsStale = false;
    guard(m_errors, tr("Cannot read the names to complete"), [&] {
        fillItemCompletions(m_itemEntries, core::itemCompletions(*m_repo));
        // References are many and each is parsed: read them again only when one changed.
        if (const QString version = core::referencesVersion(*m_repo); version != m_referencesVersion) {
            fillCitationCompletions(m_citationEntries, core::citationCompletions(*m_repo));
            m_referencesVersion = version;
        }
    });
}

void NoteEditor::loadNote(const core::Item &note)
{
    show(note, true);
}

void NoteEditor::startNewNote(const core::Item &note)
{
    show(note, false);
}

void NoteEditor::show(const core::Item &note, bool stored)
{
    m_saveTimer->stop();
    m_loading = true;
    const bool same = note.id == m_note.id;
    m_note = note;
    m_stored = stored;
    m_dirty = false;
    if (m_title->text() != note.text(QStringLiteral("title")))
        m_title->setText(note.text(QStringLiteral("title")));
    const QString body = note.text(QStringLiteral("body"));
    if (const QString shown = m_body->toPlainText(); shown != body) {
        const int scroll = m_body->verticalScrollBar()->value();
        m_body->setPlainText(body);
        if (same) {
            // Undo or redo of this note: the cursor goes to the end of what changed.
            qsizetype prefix = 0, suffix = 0;
            while (prefix < shown.size() && prefix < body.size() && shown.at(prefix) == body.at(prefix))
                ++prefix;
            while (suffix < shown.size() - prefix && suffix < body.size() - prefix
                && shown.at(shown.size() - 1 - suffix) == body.at(body.size() - 1 - suffix))
                ++suffix;
            QTextCursor cursor = m_body->textCursor();
            cursor.setPosition(static_cast<int>(body.size() - suffix));
            m_body->setTextCursor(cursor);
            m_body->verticalScrollBar()->setValue(scroll);
        }
    }
    m_loading = false;
    m_savedAt = {};
    if (stored && m_repo)
        guard(m_lookupErrors, tr("Cannot read when the note was saved"), [&] {
            m_savedAt = QDateTime::fromString(core::noteUpdatedAt(*m_repo, note.id), Qt::ISODateWithMs).toLocalTime();
        });
    setEnabled(true);
    updateSavedState();
    refreshSideViews();
}

core::Item NoteEditor::currentNote() const
{
    core::Item note = m_note;
    note.fields.insert(QStringLiteral("title"), m_title->text());
    note.fields.insert(QStringLiteral("body"), m_body->toPlainText());
    return note;
}

bool NoteEditor::isBlank() const
{
    return m_title->text().trimmed().isEmpty() && m_body->toPlainText().trimmed().isEmpty();
}

void NoteEditor::setReadOnly(bool readOnly)
{
    m_title->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    updateSavedState();
}

void NoteEditor::flush()
{
    if (m_saveTimer->isActive()) {
        m_saveTimer->stop();
        if (hasNote() && !(!m_stored && isBlank()))
            emit noteEdited(currentNote());
    }
}

void NoteEditor::onTextChanged()
{
    if (m_loading || !hasNote())
        return;
    m_dirty = true;
    m_saveTimer->start();
    updateSavedState();
    refreshSideViews();
}

QString NoteEditor::savedState() const
{
    return m_savedLabel->text();
}

void NoteEditor::updateSavedState()
{
    QString text;
    if (!hasNote())
        text.clear();
    else if (m_body->isReadOnly())
        text = tr("Read-only");
    else if (!m_stored && isBlank())
        text = tr("New note: kept once you write something");
    else if (m_dirty || !m_stored)
        text = tr("Unsaved changes");
    else if (m_savedAt.isValid())
        text = tr("Saved %1")
                   .arg(m_savedAt.date() == QDate::currentDate()
                           ? QLocale().toString(m_savedAt.time(), QLocale::ShortFormat)
                           : QLocale().toString(m_savedAt, QLocale::ShortFormat));
    m_savedLabel->setText(text);
}

void NoteEditor::refreshSideViews()
{
    const QString body = m_body->toPlainText();
    // Resolve first: when the knowledge base cannot be read, the links and preview stay as they were.
    QList<ResolvedToken> tokens;
    if (!guard(m_lookupErrors, tr("Cannot look up the links of this note"), [&] { tokens = resolveTokens(body); }))
        return;
    m_lookupErrors.reset();
    fillLinks(tokens);
    QString markdown;
    if (!guard(m_lookupErrors, tr("Cannot look up the links of this note"),
            [&] { markdown = previewMarkdown(body, tokens); }))
        return;
    m_preview->document()->setMarkdown(QStringLiteral("# %1\n\n").arg(escapeMarkdown(m_title->text())) + markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
}

void NoteEditor::fillLinks(const QList<ResolvedToken> &tokens)
{
    m_links->clear();
    for (const auto &[t, target, title] : tokens) {
        const bool citation = t.kind == core::NoteToken::Kind::Citation;
        if (target.isEmpty()) {
            auto *item = new QListWidgetItem(tr("? %1 (not found)").arg(citation ? QLatin1Char('@') + t.key : t.key));
            item->setForeground(QColor(0xc0, 0x30, 0x30));
            m_links->addItem(item);
        } else {
            // Named by its title; the ID (what plenum-cli takes) in the tooltip.
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 %2").arg(citation ? QStringLiteral("❝") : QStringLiteral("→"), title));
            item->setToolTip(tr("ID: %1").arg(target));
            item->setData(Qt::UserRole, target);
            m_links->addItem(item);
        }
    }
}

// The note's citations as the CSL engine takes them: one cluster per [@…] bracket that names at
// least one reference, and the references cited as CSL-JSON ("id" is the citation key).
struct NoteEditor::Preview {
    CitationRenderer::Request request;
    QHash<int, qsizetype> clusterOf; // bracket (token group) → cluster
    QHash<int, QString> targetOf; // bracket → the first reference found in it
};

NoteEditor::Preview NoteEditor::citationClusters(const QList<ResolvedToken> &tokens) const
{
    Preview preview;
    preview.request.style = Settings().exportStyle();
    QList<QJsonObject> references;
    QStringList keys;
    for (const auto &[t, target, title] : tokens) {
        if (t.kind != core::NoteToken::Kind::Citation || target.isEmpty())
            continue;
        if (!keys.contains(t.key)) {
            keys.append(t.key);
            references.append(m_repo->item(target).fields);
        }
        if (!preview.clusterOf.contains(t.group)) {
            preview.clusterOf.insert(t.group, preview.request.clusters.size());
            preview.targetOf.insert(t.group, target);
            preview.request.clusters.append(QList<core::CslCite>());
        }
        core::CslCite cite { t.key, {}, {}, t.suppressAuthor, false };
        if (!t.locator.isEmpty())
            core::parseLocator(t.locator, cite);
        preview.request.clusters[preview.clusterOf.value(t.group)].append(cite);
    }
    if (!references.isEmpty())
        preview.request.items = QJsonDocument::fromJson(core::bib::writeCslJson(references)).array();
    return preview;
}

// Resolved references become item: links; citations are the style's once the engine has rendered
// them, as written until then; everything else stays text (no raw HTML).
QString NoteEditor::previewMarkdown(const QString &body, const QList<ResolvedToken> &tokens)
{
    const Preview preview = citationClusters(tokens);
    std::optional<core::CslRendering> rendering;
    if (!preview.request.clusters.isEmpty())
        rendering = m_citations->rendered(preview.request);
    const QString error = m_citations->lastError();
    const bool failed = !error.isEmpty() && !rendering && !preview.request.clusters.isEmpty();
    // The engine's sentence in the interface language; its own words (citeproc's) in the tooltip.
    m_citationLabel->setText(m_citations->busy() ? tr("Formatting citations…")
            : failed ? tr("Citations shown as written: %1").arg(coreMessageText(error).left(120))
                     : QString());
    m_citationLabel->setToolTip(failed && !m_citations->busy() ? error : QString());
    const bool chinese = core::mostlyChinese(body); // names in the note's language, as the export writes them
    QString markdown;
    qsizetype at = 0;
    for (const auto &[t, target, title] : tokens) {
        if (t.start < at)
            continue; // a further citation in the same [@a; @b] bracket
        markdown += body.mid(at, t.start - at);
        const QString written = body.mid(t.start, t.end - t.start);
        const bool citation = t.kind == core::NoteToken::Kind::Citation;
        const QString link = citation ? preview.targetOf.value(t.group) : target;
        if (link.isEmpty()) {
            markdown += escapeMarkdown(written);
        } else if (citation) {
            const QString styled = rendering
                ? core::cslHtmlToMarkdown(rendering->citations.value(preview.clusterOf.value(t.group)))
                : QString();
            markdown += QStringLiteral("[%1](item:%2)")
                            .arg(styled.isEmpty() ? escapeMarkdown(written.mid(1, written.size() - 2)) : styled, link);
        } else {
            markdown
                += QStringLiteral("[%1](item:%2)").arg(escapeMarkdown(core::itemLinkText(*m_repo, t, chinese)), link);
        }
        at = t.end;
    }
    markdown += body.mid(at);
    if (rendering && !rendering->bibliography.isEmpty()) {
        markdown += QStringLiteral("\n\n---\n\n**%1**\n\n").arg(tr("References"));
        for (const QString &entry : rendering->bibliography)
            markdown += core::cslHtmlToMarkdown(entry) + QStringLiteral("\n\n");
    }
    return markdown;
}

QList<NoteEditor::ResolvedToken> NoteEditor::resolveTokens(const QString &body) const
{
    QList<ResolvedToken> tokens;
    for (const core::NoteToken &t : core::scanNote(body)) {
        const QString target = m_repo ? core::resolveNoteToken(*m_repo, t) : QString();
        tokens.append(
            { t, target, target.isEmpty() ? QString() : core::itemName(*m_repo, target, chineseInterface()) });
    }
    return tokens;
}

QStringList NoteEditor::linkLines() const
{
    QStringList lines;
    for (int i = 0; i < m_links->count(); ++i)
        lines.append(m_links->item(i)->text());
    return lines;
}

QStringList NoteEditor::linkTargets() const
{
    QStringList ids;
    for (int i = 0; i < m_links->count(); ++i)
        ids.append(m_links->item(i)->data(Qt::UserRole).toString());
    return ids;
}

QString NoteEditor::previewHtml() const
{
    return m_preview->toHtml();
}

QString NoteEditor::previewText() const
{
    return m_preview->toPlainText();
}

void NoteEditor::updateCompletion()
{
    const QTextCursor cursor = m_body->textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype link = before.lastIndexOf(QLatin1String("[["));
    const qsizetype cite = before.lastIndexOf(QLatin1String("[@"));
    const qsizetype marker = std::max(link, cite);
    if (marker < 0 || before.indexOf(QLatin1Char(']'), marker) >= 0 || cursor.hasSelection() || m_body->isReadOnly()) {
        m_completionStart = -1;
        m_completer->popup()->hide();
        return;
    }
    if (m_completionStart < 0 && m_completionsStale && m_repo)
        fillCompletions(); // a completion starts: with the items and references as they now are
    QStandardItemModel *model = marker == cite ? m_citationEntries : m_itemEntries;
    if (m_completer->model() != model)
        m_completer->setModel(model);
    m_completionStart = cursor.block().position() + static_cast<int>(marker) + 2;
    m_completer->setCompletionPrefix(before.mid(marker + 2));
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_body->cursorRect();
    rect.setWidth(std::max(m_body->width(), std::min(640, width() - rect.left()))); // names and aliases need room
    m_completer->complete(rect);
    // The first row is chosen, so Enter or Tab takes it without an arrow key first.
    if (!m_completer->popup()->currentIndex().isValid())
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

bool NoteEditor::acceptCompletion()
{
    QModelIndex index = m_completer->popup()->currentIndex();
    if (!index.isValid())
        index = m_completer->completionModel()->index(0, 0);
    if (!index.isValid())
        return false;
    insertCompletion(index);
    return true;
}

void NoteEditor::insertCompletion(const QModelIndex &index)
{
    if (m_completionStart < 0)
        return;
    const bool citation = m_completer->model() == m_citationEntries;
    const QString prefix = m_completer->completionPrefix();
    QString text = completionText(index, prefix);
    const QString id = index.data(kCompletionIdRole).toString();
    // A name shared by several items is written with the ID, so the link names the one chosen.
    if (!citation && m_repo && text != id) {
        QString resolved;
        guard(m_lookupErrors, tr("Cannot look up the links of this note"), [&] { resolved = m_repo->resolve(text); });
        if (resolved != id)
            text = QStringLiteral("%1|%2").arg(id, text);
    }
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(m_completionStart);
    cursor.setPosition(m_body->textCursor().position(), QTextCursor::KeepAnchor);
    m_completionStart = -1;
    m_completer->popup()->hide();
    cursor.insertText(text + (citation ? QStringLiteral("]") : QStringLiteral("]]")));
    m_body->setTextCursor(cursor);
}

} // namespace plenum::ui

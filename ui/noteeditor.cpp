#include "ui/noteeditor.h"

#include "linking/notelinks.h"
#include "model/cslitem.h"
#include "queries/notes.h"
#include "storage/repository.h"
#include "ui/guard.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonObject>
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

constexpr int kCompletionRole = Qt::UserRole + 40;
constexpr int kIdRole = Qt::UserRole + 41;

// "Wang et al. 2019 — Grid management": what a researcher recognises a reference by.
QString referenceLabel(core::Repository &repo, const QString &id)
{
    const QJsonObject item = repo.item(id).fields;
    const QJsonArray authors = core::csl::names(item);
    QString author = authors.isEmpty() ? QString() : core::csl::familyOrLiteral(authors.first().toObject());
    if (authors.size() > 1)
        author += QObject::tr(" et al.");
    const auto year = core::csl::year(item);
    return QStringLiteral("%1 %2 — %3")
        .arg(author, year ? QString::number(*year) : QString(), core::csl::title(item))
        .trimmed();
}

void fill(
    QStandardItemModel *model, const QList<core::CompletionEntry> &entries, core::Repository *references = nullptr)
{
    model->clear();
    for (const auto &e : entries) {
        const QString shown = references ? QStringLiteral("%1    · %2").arg(e.text, referenceLabel(*references, e.id))
                                         : QStringLiteral("%1    · %2 %3").arg(e.text, e.type, e.id);
        auto *item = new QStandardItem(shown);
        item->setData(e.text, kCompletionRole);
        item->setData(e.id, kIdRole);
        model->appendRow(item);
    }
}

// The completer hands key presses to the editor first; keys that choose or dismiss a completion
// must be left to the popup instead of inserting a newline or a tab.
class CompletingTextEdit final : public QPlainTextEdit {
public:
    QCompleter *completer = nullptr;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (completer && completer->popup()->isVisible()) {
            switch (event->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
            case Qt::Key_Tab:
            case Qt::Key_Backtab:
            case Qt::Key_Escape:
                event->ignore();
                return;
            default:
                break;
            }
        }
        QPlainTextEdit::keyPressEvent(event);
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
    , m_saveTimer(new QTimer(this))
    , m_completer(new QCompleter(this))
    , m_itemEntries(new QStandardItemModel(this))
    , m_citationEntries(new QStandardItemModel(this))
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
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Preview"));
    m_links->setAccessibleName(tr("Links in this note"));

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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(700);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        if (hasNote())
            emit noteEdited(currentNote());
    });
    connect(m_title, &QLineEdit::textEdited, this, &NoteEditor::onTextChanged);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NoteEditor::onTextChanged);
    connect(m_body, &QPlainTextEdit::cursorPositionChanged, this, &NoteEditor::updateCompletion);

    m_completer->setWidget(m_body);
    static_cast<CompletingTextEdit *>(m_body)->completer = m_completer;
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(kCompletionRole);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &NoteEditor::insertCompletion);

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
    setEnabled(false);
}

void NoteEditor::setRepository(core::Repository *repo)
{
    m_repo = repo;
    m_note = {};
    setEnabled(false);
    m_lookupErrors.reset();
    if (!repo)
        return;
    guard(m_errors, tr("Cannot read the names to complete"), [&] {
        fill(m_itemEntries, core::completionEntries(*repo, false));
        fill(m_citationEntries, core::completionEntries(*repo, true), repo);
    });
}

void NoteEditor::loadNote(const core::Item &note)
{
    m_saveTimer->stop();
    m_loading = true;
    const bool same = note.id == m_note.id;
    m_note = note;
    if (m_title->text() != note.text(QStringLiteral("title")))
        m_title->setText(note.text(QStringLiteral("title")));
    if (m_body->toPlainText() != note.text(QStringLiteral("body"))) {
        const int position = m_body->textCursor().position();
        const int scroll = m_body->verticalScrollBar()->value();
        m_body->setPlainText(note.text(QStringLiteral("body")));
        if (same) {
            QTextCursor cursor = m_body->textCursor();
            cursor.setPosition(std::min(position, static_cast<int>(m_body->toPlainText().size())));
            m_body->setTextCursor(cursor);
            m_body->verticalScrollBar()->setValue(scroll);
        }
    }
    m_loading = false;
    setEnabled(true);
    refreshSideViews();
}

core::Item NoteEditor::currentNote() const
{
    core::Item note = m_note;
    note.fields.insert(QStringLiteral("title"), m_title->text());
    note.fields.insert(QStringLiteral("body"), m_body->toPlainText());
    return note;
}

void NoteEditor::setReadOnly(bool readOnly)
{
    m_title->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
}

void NoteEditor::flush()
{
    if (m_saveTimer->isActive()) {
        m_saveTimer->stop();
        emit noteEdited(currentNote());
    }
}

void NoteEditor::onTextChanged()
{
    if (m_loading || !hasNote())
        return;
    m_saveTimer->start();
    refreshSideViews();
}

void NoteEditor::refreshSideViews()
{
    const QString body = m_body->toPlainText();
    // Resolve first: when the knowledge base cannot be read, the links and preview stay as they were.
    QList<ResolvedToken> tokens;
    if (!guard(m_lookupErrors, tr("Cannot look up the links of this note"), [&] { tokens = resolveTokens(body); }))
        return;
    m_lookupErrors.reset();
    // Preview: resolved references become item: links; everything else stays text (no raw HTML).
    QString markdown;
    qsizetype at = 0;
    m_links->clear();
    for (const auto &[t, target, title] : std::as_const(tokens)) {
        const bool citation = t.kind == core::NoteToken::Kind::Citation;
        if (target.isEmpty()) {
            auto *item = new QListWidgetItem(tr("? %1 (not found)").arg(citation ? QLatin1Char('@') + t.key : t.key));
            item->setForeground(QColor(0xc0, 0x30, 0x30));
            m_links->addItem(item);
        } else {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 %2  (%3)").arg(citation ? QStringLiteral("❝") : QStringLiteral("→"), title, target));
            item->setData(Qt::UserRole, target);
            m_links->addItem(item);
        }
        if (t.start < at)
            continue; // a further citation in the same [@a; @b] bracket
        markdown += body.mid(at, t.start - at);
        const QString written = body.mid(t.start, t.end - t.start);
        if (target.isEmpty()) {
            markdown += escapeMarkdown(written);
        } else {
            const QString label = citation ? written.mid(1, written.size() - 2) : (t.label.isEmpty() ? t.key : t.label);
            markdown += QStringLiteral("[%1](item:%2)")
                            .arg(escapeMarkdown(citation ? QStringLiteral("(%1)").arg(label) : label), target);
        }
        at = t.end;
    }
    markdown += body.mid(at);
    m_preview->document()->setMarkdown(QStringLiteral("# %1\n\n").arg(escapeMarkdown(m_title->text())) + markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
}

QList<NoteEditor::ResolvedToken> NoteEditor::resolveTokens(const QString &body) const
{
    QList<ResolvedToken> tokens;
    for (const core::NoteToken &t : core::scanNote(body)) {
        const QString target = m_repo ? core::resolveNoteToken(*m_repo, t) : QString();
        tokens.append({ t, target, target.isEmpty() ? QString() : m_repo->title(target) });
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

QString NoteEditor::previewHtml() const
{
    return m_preview->toHtml();
}

void NoteEditor::updateCompletion()
{
    const QTextCursor cursor = m_body->textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype link = before.lastIndexOf(QLatin1String("[["));
    const qsizetype cite = before.lastIndexOf(QLatin1String("[@"));
    const qsizetype marker = std::max(link, cite);
    if (marker < 0 || before.indexOf(QLatin1Char(']'), marker) >= 0 || cursor.hasSelection()) {
        m_completionStart = -1;
        m_completer->popup()->hide();
        return;
    }
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
    rect.setWidth(std::min(560, m_body->width()));
    m_completer->complete(rect);
}

void NoteEditor::insertCompletion(const QModelIndex &index)
{
    if (m_completionStart < 0)
        return;
    const bool citation = m_completer->model() == m_citationEntries;
    const QString text = index.data(kCompletionRole).toString();
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(m_completionStart);
    cursor.setPosition(m_body->textCursor().position(), QTextCursor::KeepAnchor);
    cursor.insertText(text + (citation ? QStringLiteral("]") : QStringLiteral("]]")));
    m_body->setTextCursor(cursor);
    m_completionStart = -1;
    m_completer->popup()->hide();
}

} // namespace plenum::ui

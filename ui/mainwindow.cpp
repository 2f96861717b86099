#include "ui/mainwindow.h"

#include "facade/knowledgebase.h"
#include "linking/notelinks.h"
#include "queries/notes.h"
#include "storage/itemsnapshot.h"
#include "storage/repository.h"
#include "ui/errorreporter.h"
#include "ui/graphpanel.h"
#include "ui/graphview.h"
#include "ui/guard.h"
#include "ui/itempage.h"
#include "ui/mainactions.h"
#include "ui/navigatorpanel.h"
#include "ui/noteeditor.h"
#include "ui/notelistmodel.h"
#include "ui/searchpanel.h"
#include "ui/session.h"
#include "ui/settings.h"
#include "ui/statisticsview.h"
#include "ui/teamactions.h"
#include "ui/teamstatusbutton.h"
#include "ui/timelinepanel.h"
#include "ui/timelineview.h"
#include "ui/transferactions.h"
#include "ui/undocommands.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPointer>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

#include <optional>

namespace plenum::ui {

namespace {
constexpr char kWelcomeItem[] = "cc18-3"; // where social governance entered central policy
}

MainWindow::MainWindow(std::unique_ptr<core::KnowledgeBase> kb, ErrorReporter *reporter, QWidget *parent)
    : QMainWindow(parent)
    , m_ownReporter(reporter ? nullptr : std::make_unique<DialogErrorReporter>(this))
    , m_errors(reporter ? reporter : m_ownReporter.get())
    , m_undoGroup(new QUndoGroup(this))
    , m_navigator(new NavigatorPanel(*m_errors))
    , m_timeline(new TimelinePanel(*m_errors))
    , m_page(new ItemPage(*m_errors))
    , m_graphPanel(new GraphPanel(*m_errors))
    , m_statistics(new StatisticsView)
    , m_noteEditor(new NoteEditor(*m_errors))
    , m_views(new QTabWidget)
    , m_transfers(new TransferActions(
          this, *m_errors, [this] { return m_session->path(); },
          [this] {
              refresh();
              m_page->reload();
          }))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_counts(new QLabel)
    , m_readOnly(new QLabel)
{
    m_team = new TeamActions(*this);
    createViews();
    createStatusBar();
    installBusyNotifier();
    connectPanels();
    connectPage();
    setAcceptDrops(true);
    m_actions = new MainActions(*this);
    restoreLayout();
    setKnowledgeBase(std::move(kb));
}

MainWindow::~MainWindow()
{
    if (m_countsReader) {
        m_countsReader->wait();
        delete m_countsReader;
    }
    core::Database::setBusyNotifier({});
}

void MainWindow::createViews()
{
    QToolBar *bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    bar->addWidget(search()->field());
    m_views->addTab(m_page, tr("Page"));
    m_views->addTab(m_graphPanel, tr("Graph"));
    m_views->addTab(m_noteEditor, tr("Note"));
    m_views->addTab(m_statistics, tr("Statistics"));
    m_views->setDocumentMode(true);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_views);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_vertical->addWidget(m_timeline);
    m_vertical->addWidget(m_splitter);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 3);
    setCentralWidget(m_vertical);
}

void MainWindow::createStatusBar()
{
    statusBar()->addPermanentWidget(m_team->statusButton());
    statusBar()->addPermanentWidget(m_readOnly);
    statusBar()->addPermanentWidget(m_counts);
    m_readOnly->setText(QStringLiteral("<b>%1</b>").arg(tr("Read-only").toHtmlEscaped()));
    m_readOnly->setToolTip(tr("The file or its folder cannot be written: you can read and search, not change."));
    m_readOnly->hide();
    m_counts->setObjectName(QStringLiteral("counts"));
    // A message takes the whole bar while it shows: at 1024 pixels the counts and a long message
    // would otherwise squeeze each other, the message cut off under the counts.
    connect(statusBar(), &QStatusBar::messageChanged, m_counts,
        [this](const QString &message) { m_counts->setVisible(message.isEmpty()); });
}

void MainWindow::installBusyNotifier()
{
    // A writer waiting for another program says so instead of failing with "database is locked".
    QPointer<MainWindow> self(this);
    core::Database::setBusyNotifier([self](const QString &path, int waitedMs) {
        QMetaObject::invokeMethod(
            qApp,
            [self, path, waitedMs] {
                if (self)
                    self->statusBar()->showMessage(tr("Waiting for another program to finish writing %1… (%2 s)")
                                                       .arg(QFileInfo(path).fileName())
                                                       .arg(waitedMs / 1000),
                        3000);
            },
            Qt::QueuedConnection);
        return true;
    });
}

// Every handler that reaches core runs under guard(): either here, through guarded(), or inside
// the panel or method it calls.
void MainWindow::connectPanels()
{
    connect(search()->field(), &QLineEdit::textEdited, this, [this] { m_navigator->setCurrentWidget(search()); });
    connect(search(), &SearchPanel::itemActivated, this, [this](const QString &id) {
        showItemInFront(id);
        search()->results()->setFocus();
    });
    connect(m_navigator, &NavigatorPanel::itemSelected, m_page, &ItemPage::showItem);
    connect(m_navigator, &NavigatorPanel::noteSelected, this, &MainWindow::editNote);
    connect(m_navigator, &NavigatorPanel::newNoteRequested, this, &MainWindow::newNote);
    connect(m_noteEditor, &NoteEditor::noteEdited, this, &MainWindow::saveNote);
    connect(m_noteEditor, &NoteEditor::itemActivated, this, &MainWindow::showItemInFront);
    connect(m_timeline, &TimelinePanel::milestoneActivated, m_page, &ItemPage::showItem);
    connect(graph(), &GraphView::itemActivated, this, &MainWindow::showItemInFront);
    connect(m_statistics, &StatisticsView::statementActivated, this, &MainWindow::showItemInFront);
    connect(m_graphPanel, &GraphPanel::depthChanged, this, &MainWindow::refreshGraph);
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::refreshGraph);
    connect(m_transfers, &TransferActions::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
}

void MainWindow::connectPage()
{
    ErrorReporter &errors = *m_errors;
    connect(m_page, &ItemPage::itemShown, this, &MainWindow::syncNavigator);
    connect(m_page, &ItemPage::historyChanged, this, [this] { m_actions->updateHistory(); });
    connect(m_page, &ItemPage::linkMentionsRequested, this,
        guarded(errors, tr("Cannot link the mentions"),
            [this](const QString &target, const QList<core::UnlinkedMention> &mentions) {
                m_session->push(new LinkMentionsCommand(m_session->editContext(), target, mentions));
            }));
    connect(m_page, &ItemPage::searchRequested, this, [this](const QString &query) {
        focusSearch();
        search()->field()->setText(query);
        search()->searchNow();
    });
    connect(m_page, &ItemPage::rejectLinkRequested, this,
        guarded(errors, tr("Cannot reject the link"), [this](qint64 rowId, const QString &target) {
            m_session->push(new RejectLinkCommand(m_session->editContext(), rowId, target));
        }));
    connect(m_page, &ItemPage::mergeRequested, this,
        guarded(errors, tr("Cannot merge the references"), [this](const QString &keep, const QString &duplicate) {
            m_session->push(new MergeReferencesCommand(m_session->editContext(), keep, duplicate));
            refresh();
        }));
}

void MainWindow::restoreLayout()
{
    Settings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 800);
    restoreState(settings.windowState());
    if (!m_splitter->restoreState(settings.splitterState()))
        m_splitter->setSizes({ 440, 840 });
    m_vertical->setSizes({ 230, 570 });
}

void MainWindow::setKnowledgeBase(std::unique_ptr<core::KnowledgeBase> kb)
{
    m_noteEditor->flush(); // a pending edit belongs to the knowledge base it was typed in
    m_page->setRepository(nullptr);
    m_noteEditor->setRepository(nullptr);
    m_graphPanel->setRepository(nullptr);
    Session *previous = m_session;
    m_session = new Session(std::move(kb), *m_errors, this);
    connect(m_session, &Session::itemChanged, this, &MainWindow::itemChanged);
    connect(m_session, &Session::knowledgeBaseChanged, this, &MainWindow::refreshViews);
    connect(m_session, &Session::message, statusBar(), &QStatusBar::showMessage);
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    delete previous;

    const QString path = m_session->path();
    Settings().addRecentDatabase(QFileInfo(path).absoluteFilePath());
    core::Repository &repo = m_session->repository();
    m_noteEditor->setRepository(&repo);
    m_page->setRepository(&repo);
    m_graphPanel->setRepository(&repo);
    search()->setKnowledgeBase(path);
    setWindowTitle(tr("%1 — Plenum").arg(QFileInfo(path).fileName()));
    showReadOnly(m_session->isReadOnly());
    m_team->setKnowledgeBase(path, m_session->isReadOnly());
    m_session->start();
    refresh();
    openItem(QString::fromLatin1(kWelcomeItem));
}

void MainWindow::showReadOnly(bool readOnly)
{
    m_readOnly->setVisible(readOnly);
    m_actions->setReadOnly(readOnly);
    m_noteEditor->setReadOnly(readOnly);
    m_page->setReadOnly(readOnly);
    if (readOnly)
        statusBar()->showMessage(tr("%1 is read-only: Plenum opened it for reading.").arg(m_session->path()), 10000);
}

core::KnowledgeBase &MainWindow::knowledgeBase() const
{
    return m_session->knowledgeBase();
}

MilestoneTreeModel *MainWindow::milestoneModel() const
{
    return m_navigator->milestoneModel();
}

ConceptTreeModel *MainWindow::conceptModel() const
{
    return m_navigator->conceptModel();
}

NoteListModel *MainWindow::noteModel() const
{
    return m_navigator->noteModel();
}

SearchPanel *MainWindow::search() const
{
    return m_navigator->search();
}

GraphView *MainWindow::graph() const
{
    return m_graphPanel->view();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_session->undoStack();
}

bool MainWindow::refresh()
{
    const bool read = guard(*m_errors, tr("Cannot read the knowledge base"), [this] {
        core::Repository &repo = m_session->repository();
        m_navigator->reload(&repo);
        m_timeline->setRepository(&repo);
        m_statistics->setRepository(&repo);
    });
    updateCounts();
    return read;
}

// The status bar's counts, read on a connection and a thread of their own: at a million
// statements they take tens of milliseconds, at start-up and after every change. A change while
// they are read reads them again after; a file that cannot be opened a second time is counted here.
void MainWindow::updateCounts()
{
    if (m_countsReader) {
        m_countsAgain = true;
        return;
    }
    auto counts = std::make_shared<std::optional<core::Counts>>();
    const QString path = m_session->path();
    m_countsReader = QThread::create([path, counts] {
        try {
            auto db = core::Database::open(path, core::Database::OpenMode::ReadOnly);
            *counts = core::Repository(db).counts();
        } catch (const std::exception &) {
            // counted on the window's own connection below
        }
    });
    connect(m_countsReader, &QThread::finished, this, [this, path, counts] {
        m_countsReader->wait();
        delete m_countsReader;
        m_countsReader = nullptr;
        if (path != m_session->path() || std::exchange(m_countsAgain, false))
            updateCounts();
        else if (*counts)
            m_counts->setText(countsSentence(**counts));
        else
            guard(*m_errors, tr("Cannot read the knowledge base"), [this] { m_counts->setText(countsText()); });
    });
    m_countsReader->start();
}

// Every view shows the knowledge base as it now is, keeping what the user opened and chose.
void MainWindow::refreshViews()
{
    const QString conceptId = m_timeline->highlightedConcept();
    m_noteEditor->invalidateCompletions();
    if (!refresh())
        return; // reported once; the other views would only say the same again
    if (!conceptId.isEmpty())
        guard(*m_errors, tr("Cannot read the knowledge base"), [&] { m_timeline->highlightConcept(conceptId); });
    if (!m_page->currentId().isEmpty())
        syncNavigator(m_page->currentId());
    if (!m_page->isEditing())
        m_page->reload();
    if (!search()->field()->text().trimmed().isEmpty())
        search()->searchNow();
}

QString MainWindow::countsText() const
{
    return countsSentence(m_session->repository().counts());
}

QString MainWindow::countsSentence(const core::Counts &c)
{
    return tr("%1 milestones · %2 documents · %3 statements · %4 references · %5 concepts · %6 notes · %7 links")
        .arg(c.milestones)
        .arg(c.documents)
        .arg(c.statements)
        .arg(c.references)
        .arg(c.concepts)
        .arg(c.notes)
        .arg(c.links);
}

void MainWindow::openItem(const QString &id)
{
    bool exists = false;
    if (guard(*m_errors, tr("Cannot show %1").arg(id), [&] { exists = m_session->repository().typeOf(id).has_value(); })
        && exists)
        m_page->showItem(id);
}

void MainWindow::showItemInFront(const QString &id)
{
    m_page->showItem(id);
    showView(m_page);
}

void MainWindow::focusSearch()
{
    m_navigator->setCurrentWidget(search());
    search()->field()->setFocus();
    search()->field()->selectAll();
}

void MainWindow::showView(QWidget *widget)
{
    m_views->setCurrentWidget(widget);
    widget->setFocus();
}

QString MainWindow::currentItemId() const
{
    return m_views->currentWidget() == m_noteEditor && m_noteEditor->hasNote() ? m_noteEditor->currentNote().id
                                                                               : m_page->currentId();
}

void MainWindow::refreshGraph()
{
    if (m_views->currentWidget() == m_graphPanel && !m_page->currentId().isEmpty())
        m_graphPanel->showNeighbourhood(m_page->currentId());
}

void MainWindow::syncNavigator(const QString &id)
{
    refreshGraph();
    guard(*m_errors, tr("Cannot show %1").arg(id), [&] {
        const auto type = m_session->repository().typeOf(id);
        m_navigator->follow(id, type);
        if (type == core::ItemType::Milestone)
            m_timeline->view()->setCurrent(id);
        else if (type == core::ItemType::Concept)
            m_timeline->highlightConcept(id);
    });
}

void MainWindow::itemChanged(const QString &id)
{
    guard(*m_errors, tr("Cannot show the change to %1").arg(id), [&] {
        core::Repository &repo = m_session->repository();
        updateCounts();
        if (repo.typeOf(id) == core::ItemType::Note || noteModel()->rowOf(id) >= 0)
            m_navigator->reloadNotes(&repo, id);
        // The editor follows its note through undo and redo, even when undo removed it for a while.
        if (m_editorNoteId == id) {
            if (auto note = repo.findItem(id))
                m_noteEditor->loadNote(*note);
            else
                m_noteEditor->setRepository(&repo);
        }
    });
    if (m_page->currentId() == id)
        m_page->reload();
}

void MainWindow::saveNote(const core::Item &note)
{
    guard(*m_errors, tr("Cannot save the note"), [&] {
        m_session->push(new SaveNoteCommand(m_session->editContext(), m_session->repository().findItem(note.id), note));
    });
}

void MainWindow::newNote()
{
    m_noteEditor->flush();
    core::Item note;
    note.type = core::ItemType::Note;
    // Stored once something is written in it: a new note left blank leaves nothing behind.
    if (!guard(*m_errors, tr("Cannot create a note"), [&] { note.id = core::newNoteId(m_session->repository()); }))
        return;
    m_noteEditor->startNewNote(note);
    m_editorNoteId = note.id;
    m_views->setCurrentWidget(m_noteEditor);
    m_noteEditor->titleEdit()->setFocus();
}

void MainWindow::editNote(const QString &id)
{
    std::optional<core::Item> note;
    if (!guard(*m_errors, tr("Cannot open the note %1").arg(id), [&] { note = m_session->repository().findItem(id); })
        || !note || note->type != core::ItemType::Note)
        return;
    if (!m_noteEditor->hasNote() || m_noteEditor->currentNote().id != id) {
        m_noteEditor->flush();
        m_noteEditor->loadNote(*note);
    }
    m_editorNoteId = id;
    m_views->setCurrentWidget(m_noteEditor);
}

void MainWindow::deleteCurrentItem()
{
    const QString id = m_page->currentId();
    if (id.isEmpty())
        return;
    guard(*m_errors, tr("Cannot delete %1").arg(id), [&] {
        m_session->push(
            new DeleteItemCommand(m_session->editContext(), core::snapshotItem(m_session->repository(), id)));
    });
    refresh();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        m_transfers->importFiles(paths);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_noteEditor->flush();
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(m_splitter->saveState());
    event->accept();
}

BackupScheduler *MainWindow::backupScheduler() const
{
    return m_session->backupScheduler();
}

} // namespace plenum::ui

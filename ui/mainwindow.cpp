#include "ui/mainwindow.h"

#include "facade/knowledgebase.h"
#include "queries/conceptqueries.h"
#include "queries/notes.h"
#include "ui/backupdialog.h"
#include "ui/backupscheduler.h"
#include "ui/concepttreemodel.h"
#include "ui/errorreporter.h"
#include "ui/graphview.h"
#include "ui/itempage.h"
#include "ui/milestonetreemodel.h"
#include "ui/noteeditor.h"
#include "ui/notelistmodel.h"
#include "ui/recovery.h"
#include "ui/roles.h"
#include "ui/searchpanel.h"
#include "ui/settings.h"
#include "ui/statisticsview.h"
#include "ui/timelinepanel.h"
#include "ui/timelineview.h"
#include "ui/transferactions.h"
#include "ui/undocommands.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace plenum::ui {

namespace {
constexpr char kWelcomeItem[] = "cc18-3"; // where social governance entered central policy
}

MainWindow::MainWindow(std::unique_ptr<core::KnowledgeBase> kb, ErrorReporter *reporter, QWidget *parent)
    : QMainWindow(parent)
    , m_ownReporter(reporter ? nullptr : std::make_unique<DialogErrorReporter>(this))
    , m_errors(reporter ? reporter : m_ownReporter.get())
    , m_milestones(new MilestoneTreeModel(this))
    , m_concepts(new ConceptTreeModel(this))
    , m_navigator(new QTreeView)
    , m_conceptView(new QTreeView)
    , m_sidebar(new QTabWidget)
    , m_timeline(new TimelinePanel)
    , m_search(new SearchPanel)
    , m_page(new ItemPage(*m_errors))
    , m_graph(new GraphView)
    , m_graphDepth(new QSpinBox)
    , m_statistics(new StatisticsView)
    , m_views(new QTabWidget)
    , m_notes(new NoteListModel(this))
    , m_noteList(new QListView)
    , m_noteEditor(new NoteEditor)
    , m_undo(new QUndoStack(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_counts(new QLabel)
    , m_readOnly(new QLabel)
{
    for (QTreeView *tree : { m_navigator, m_conceptView }) {
        tree->setUniformRowHeights(true);
        tree->setAlternatingRowColors(true);
        tree->header()->setStretchLastSection(false);
    }
    m_navigator->setModel(m_milestones);
    m_navigator->header()->setSectionResizeMode(MilestoneTreeModel::NameColumn, QHeaderView::Stretch);
    m_navigator->header()->setSectionResizeMode(MilestoneTreeModel::DatesColumn, QHeaderView::ResizeToContents);
    m_navigator->setAccessibleName(tr("Milestones"));
    m_conceptView->setModel(m_concepts);
    m_conceptView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_conceptView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_conceptView->setAccessibleName(tr("Concepts"));
    m_sidebar->addTab(m_navigator, tr("Milestones"));
    m_sidebar->addTab(m_conceptView, tr("Concepts"));
    auto *notesPanel = new QWidget;
    auto *notesLayout = new QVBoxLayout(notesPanel);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    auto *newNoteButton = new QPushButton(tr("New Note"));
    notesLayout->addWidget(newNoteButton);
    notesLayout->addWidget(m_noteList, 1);
    m_noteList->setModel(m_notes);
    m_noteList->setAccessibleName(tr("Notes"));
    m_sidebar->addTab(notesPanel, tr("Notes"));
    m_sidebar->addTab(m_search, tr("Search"));
    QToolBar *bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    bar->addWidget(m_search->field());
    connect(m_search->field(), &QLineEdit::textEdited, this, [this] { m_sidebar->setCurrentWidget(m_search); });
    connect(m_search, &SearchPanel::itemActivated, this, [this](const QString &id) {
        m_page->showItem(id);
        showView(m_page);
        m_search->results()->setFocus();
    });
    connect(newNoteButton, &QPushButton::clicked, this, &MainWindow::newNote);
    connect(
        m_noteList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            const QString id = current.data(IdRole).toString();
            if (!id.isEmpty())
                editNote(id);
        });
    auto *graphPanel = new QWidget;
    auto *graphLayout = new QVBoxLayout(graphPanel);
    auto *graphControls = new QHBoxLayout;
    auto *depthLabel = new QLabel(tr("&Depth:"));
    depthLabel->setBuddy(m_graphDepth);
    m_graphDepth->setRange(1, 2);
    m_graphDepth->setValue(1);
    graphControls->addWidget(depthLabel);
    graphControls->addWidget(m_graphDepth);
    graphControls->addStretch();
    graphControls->addWidget(new QLabel(tr("Click to open · double-click to centre · wheel to zoom · drag to pan")));
    graphLayout->setContentsMargins(0, 4, 0, 0);
    graphLayout->addLayout(graphControls);
    graphLayout->addWidget(m_graph, 1);
    m_views->addTab(m_page, tr("Page"));
    m_views->addTab(graphPanel, tr("Graph"));
    m_views->addTab(m_noteEditor, tr("Note"));
    m_views->addTab(m_statistics, tr("Statistics"));
    connect(m_noteEditor, &NoteEditor::noteEdited, this, &MainWindow::saveNote);
    connect(m_noteEditor, &NoteEditor::itemActivated, this, [this](const QString &id) {
        m_page->showItem(id);
        showView(m_page);
    });
    m_views->setDocumentMode(true);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_views);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_vertical->addWidget(m_timeline);
    m_vertical->addWidget(m_splitter);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 3);
    setCentralWidget(m_vertical);
    statusBar()->addPermanentWidget(m_readOnly);
    statusBar()->addPermanentWidget(m_counts);
    m_readOnly->setText(QStringLiteral("<b>%1</b>").arg(tr("Read-only").toHtmlEscaped()));
    m_readOnly->setToolTip(tr("The file or its folder cannot be written: you can read and search, not change."));
    m_readOnly->hide();
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
    m_backups = new BackupScheduler(this); // automatic backups, on a worker thread
    connect(m_backups, &BackupScheduler::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_backups, &BackupScheduler::failed, this,
        [this](const QString &what, const QString &message) { m_errors->report(what, message); });

    for (QTreeView *tree : { m_navigator, m_conceptView })
        connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            const QString id = current.data(IdRole).toString();
            if (!id.isEmpty())
                m_page->showItem(id);
        });
    connect(m_timeline, &TimelinePanel::milestoneActivated, m_page, &ItemPage::showItem);
    connect(m_page, &ItemPage::itemShown, this, &MainWindow::syncNavigator);
    connect(m_page, &ItemPage::linkMentionsRequested, this,
        [this](const QString &target, const QList<core::UnlinkedMention> &mentions) {
            m_undo->push(new LinkMentionsCommand(editContext(), target, mentions));
        });
    connect(m_page, &ItemPage::searchRequested, this, [this](const QString &query) {
        focusSearch();
        m_search->field()->setText(query);
        m_search->searchNow();
    });
    connect(m_page, &ItemPage::rejectLinkRequested, this, [this](qint64 rowId, const QString &target) {
        m_undo->push(new RejectLinkCommand(editContext(), rowId, target));
    });
    connect(m_page, &ItemPage::mergeRequested, this, [this](const QString &keep, const QString &duplicate) {
        m_undo->push(new MergeReferencesCommand(editContext(), keep, duplicate));
        refresh();
    });
    connect(m_graph, &GraphView::itemActivated, this, [this](const QString &id) {
        m_page->showItem(id);
        showView(m_page);
    });
    connect(m_statistics, &StatisticsView::statementActivated, this, [this](const QString &id) {
        m_page->showItem(id);
        showView(m_page);
    });
    connect(m_graphDepth, &QSpinBox::valueChanged, this, &MainWindow::refreshGraph);
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::refreshGraph);
    m_transfers = new TransferActions(
        this, *m_errors, [this] { return m_kb->database().path(); },
        [this] {
            refresh();
            m_page->reload();
        });
    connect(m_transfers, &TransferActions::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    setAcceptDrops(true);
    createMenus();
    connect(m_page, &ItemPage::historyChanged, this, [this] {
        m_back->setEnabled(m_page->canGoBack());
        m_forward->setEnabled(m_page->canGoForward());
    });

    Settings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 800);
    restoreState(settings.windowState());
    if (!m_splitter->restoreState(settings.splitterState()))
        m_splitter->setSizes({ 440, 840 });
    m_vertical->setSizes({ 230, 570 });
    setKnowledgeBase(std::move(kb));
}

MainWindow::~MainWindow()
{
    core::Database::setBusyNotifier({});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("New &Knowledge Base…"), this, &MainWindow::newKnowledgeBase);
    create->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction *open = file->addAction(tr("&Open Knowledge Base…"), this, [this] { openKnowledgeBase(); });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), m_transfers, &TransferActions::chooseAndImport);
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_editActions.append(import);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    QAction *exportNote = exportMenu->addAction(tr("This &Note…"), this, [this] {
        m_noteEditor->flush();
        const QString id = m_views->currentWidget() == m_noteEditor && m_noteEditor->hasNote()
            ? m_noteEditor->currentNote().id
            : m_page->currentId();
        if (m_kb->repository().typeOf(id) == core::ItemType::Note)
            m_transfers->exportNotes({ id });
        else
            m_errors->report(
                tr("Cannot export"), tr("Open a note first; to export every note choose Export ▸ All Notes."));
    });
    exportNote->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportMenu->addAction(tr("&All Notes…"), this, [this] {
        m_noteEditor->flush();
        m_transfers->exportNotes({});
    });
    exportMenu->addAction(tr("&Dossier of This Item…"), this, [this] {
        if (!m_page->currentId().isEmpty())
            m_transfers->exportDossier(m_page->currentId());
    });
    exportMenu->addAction(tr("&References…"), m_transfers, &TransferActions::exportReferences);
    file->addAction(tr("Rebuild &Search Index"), m_transfers, &TransferActions::rebuildSearchIndex);
    file->addAction(tr("&Backups…"), this, &MainWindow::showBackups);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *newNoteAction = edit->addAction(tr("&New Note"), this, &MainWindow::newNote);
    newNoteAction->setShortcut(QKeySequence::New);
    m_editActions.append(newNoteAction);
    QAction *editNoteAction = edit->addAction(tr("&Edit Note"), this, [this] { editNote(m_page->currentId()); });
    editNoteAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *remove = edit->addAction(tr("&Delete Item"), this, &MainWindow::deleteCurrentItem);
    remove->setShortcut(QKeySequence(tr("Ctrl+Shift+Delete")));
    m_editActions.append(remove);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *find = go->addAction(tr("&Search…"), this, &MainWindow::focusSearch);
    find->setShortcuts({ QKeySequence(tr("Ctrl+K")), QKeySequence::Find });
    go->addSeparator();
    m_back = go->addAction(tr("&Back"), m_page, &ItemPage::back);
    m_back->setShortcut(QKeySequence::Back);
    m_forward = go->addAction(tr("&Forward"), m_page, &ItemPage::forward);
    m_forward->setShortcut(QKeySequence::Forward);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    go->addSeparator();
    QAction *navigator = go->addAction(tr("&Milestones"), this, [this] {
        m_sidebar->setCurrentWidget(m_navigator);
        m_navigator->setFocus();
    });
    navigator->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction *concepts = go->addAction(tr("&Concepts"), this, [this] {
        m_sidebar->setCurrentWidget(m_conceptView);
        m_conceptView->setFocus();
    });
    concepts->setShortcut(QKeySequence(tr("Ctrl+2")));
    QAction *timeline = go->addAction(tr("&Timeline"), this, [this] { m_timeline->view()->setFocus(); });
    timeline->setShortcut(QKeySequence(tr("Ctrl+T")));
    QAction *page = go->addAction(tr("&Item Page"), this, [this] { m_page->setFocus(); });
    page->setShortcut(QKeySequence(tr("Ctrl+3")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *pageView = view->addAction(tr("Item &Page"), this, [this] { showView(m_page); });
    pageView->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    QAction *graphView = view->addAction(tr("Link &Graph"), this, [this] { showView(m_graph->parentWidget()); });
    graphView->setShortcut(QKeySequence(tr("Ctrl+G")));
    QAction *statsView = view->addAction(tr("&Statistics"), this, [this] { showView(m_statistics); });
    statsView->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));

    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = Settings().language();
    for (const auto &[code, label] :
        { std::pair { QString(), tr("System Default") }, std::pair { QStringLiteral("en"), QStringLiteral("English") },
            std::pair { QStringLiteral("zh_CN"), QStringLiteral("简体中文") } }) {
        QAction *action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { changeLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Plenum"), this, [this] {
        QMessageBox::about(this, tr("About Plenum"),
            tr("<h3>Plenum %1</h3><p>A knowledge base for research on Chinese social governance "
               "policy: Party milestones, documents, statements, concepts and references, linked.</p>"
               "<p>Knowledge base: %2</p>")
                .arg(QApplication::applicationVersion(), m_kb->database().path().toHtmlEscaped()));
    });
}

void MainWindow::setKnowledgeBase(std::unique_ptr<core::KnowledgeBase> kb)
{
    m_noteEditor->flush();
    m_page->setRepository(nullptr);
    m_noteEditor->setRepository(nullptr);
    m_undo->clear();
    m_kb = std::move(kb);
    Settings().addRecentDatabase(QFileInfo(m_kb->database().path()).absoluteFilePath());
    m_noteEditor->setRepository(&m_kb->repository());
    m_page->setRepository(&m_kb->repository());
    m_graph->setRepository(&m_kb->repository());
    m_search->setKnowledgeBase(m_kb->database().path());
    setWindowTitle(tr("%1 — Plenum").arg(QFileInfo(m_kb->database().path()).fileName()));
    const bool readOnly = m_kb->isReadOnly();
    m_readOnly->setVisible(readOnly);
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(!readOnly);
    m_noteEditor->setReadOnly(readOnly);
    if (readOnly)
        statusBar()->showMessage(
            tr("%1 is read-only: Plenum opened it for reading.").arg(m_kb->database().path()), 10000);
    m_backups->setKnowledgeBase(m_kb->database().path(), readOnly);
    refresh();
    openItem(QString::fromLatin1(kWelcomeItem));
}

void MainWindow::refresh()
{
    try {
        m_milestones->setMilestones(m_kb->repository().milestones());
        m_concepts->setConcepts(core::conceptSummaries(m_kb->repository()));
        m_conceptView->expandToDepth(0);
        m_timeline->setRepository(&m_kb->repository());
        m_statistics->setRepository(&m_kb->repository());
        m_notes->reload(&m_kb->repository());
        m_counts->setText(countsText());
    } catch (const core::Error &e) {
        m_errors->report(tr("Cannot read the knowledge base"), e.message());
    }
}

QString MainWindow::countsText() const
{
    const core::Counts c = m_kb->repository().counts();
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
    if (m_kb->repository().typeOf(id))
        m_page->showItem(id);
}

void MainWindow::focusSearch()
{
    m_sidebar->setCurrentWidget(m_search);
    m_search->field()->setFocus();
    m_search->field()->selectAll();
}

void MainWindow::showView(QWidget *widget)
{
    m_views->setCurrentWidget(widget);
    widget->setFocus();
}

void MainWindow::refreshGraph()
{
    if (m_views->currentWidget() == m_graph->parentWidget() && !m_page->currentId().isEmpty())
        m_graph->showNeighbourhood(m_page->currentId(), m_graphDepth->value());
}

void MainWindow::selectQuietly(QTreeView *view, const QModelIndex &index)
{
    if (!index.isValid())
        return;
    view->expand(index.parent());
    const QSignalBlocker blocker(view->selectionModel());
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

void MainWindow::syncNavigator(const QString &id)
{
    refreshGraph();
    const auto type = m_kb->repository().typeOf(id);
    if (type == core::ItemType::Milestone) {
        selectQuietly(m_navigator, m_milestones->indexOf(id));
        m_timeline->view()->setCurrent(id);
    } else if (type == core::ItemType::Concept) {
        selectQuietly(m_conceptView, m_concepts->indexOf(id));
        m_timeline->highlightConcept(id);
    }
}

void MainWindow::openKnowledgeBase(const QString &chosen)
{
    const QString path = !chosen.isEmpty() ? chosen
                                           : QFileDialog::getOpenFileName(this, tr("Open Knowledge Base"),
                                               QFileInfo(m_kb->database().path()).absolutePath(),
                                               tr("Plenum knowledge bases (*.db *.plenum);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto kb = ui::openKnowledgeBase(this, path, false, *m_errors))
        setKnowledgeBase(std::move(kb));
}

void MainWindow::newKnowledgeBase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Knowledge Base"),
        QFileInfo(m_kb->database().path()).absolutePath(), tr("Plenum knowledge bases (*.db *.plenum)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        m_errors->report(tr("Cannot create the knowledge base"),
            tr("%1 already exists; open it instead, or choose a new name.").arg(path));
        return;
    }
    if (auto kb = ui::openKnowledgeBase(this, path, true, *m_errors)) // the bundled content loads off the GUI thread
        setKnowledgeBase(std::move(kb));
}

void MainWindow::showBackups()
{
    BackupDialog dialog([this]() -> core::Database & { return m_kb->database(); }, m_kb->isReadOnly(), *m_errors, this);
    connect(&dialog, &BackupDialog::aboutToRestore, this, [this] { m_search->setKnowledgeBase({}); });
    connect(&dialog, &BackupDialog::restoreFinished, this, [this] {
        const QString path = m_kb->database().path(); // reopened: the index is rebuilt, the undo stack cleared
        if (auto kb = ui::openKnowledgeBase(this, path, false, *m_errors))
            setKnowledgeBase(std::move(kb));
        else
            m_search->setKnowledgeBase(path);
    });
    dialog.exec();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : Settings().recentDatabases()) {
        QAction *action
            = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openKnowledgeBase(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::changeLanguage(const QString &code)
{
    Settings().setLanguage(code);
    const auto answer = QMessageBox::question(this, tr("Language"),
        tr("The new interface language takes effect when Plenum starts again. Restart now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    m_noteEditor->flush();
    if (QProcess::startDetached(
            QCoreApplication::applicationFilePath(), { QStringLiteral("--db"), m_kb->database().path() }))
        close();
}

EditContext MainWindow::editContext()
{
    return { &m_kb->repository(),
        [this](const QString &what, const QString &message) { m_errors->report(what, message); },
        [this](const QString &id) { itemChanged(id); } };
}

void MainWindow::itemChanged(const QString &id)
{
    auto &repo = m_kb->repository();
    m_counts->setText(countsText());
    if (repo.typeOf(id) == core::ItemType::Note || m_notes->rowOf(id) >= 0) {
        const QSignalBlocker blocker(m_noteList->selectionModel());
        m_notes->reload(&repo);
        m_noteList->setCurrentIndex(m_notes->index(m_notes->rowOf(id)));
    }
    // The editor follows its note through undo and redo, even when undo removed it for a while.
    if (m_editorNoteId == id) {
        if (auto note = repo.findItem(id))
            m_noteEditor->loadNote(*note);
        else
            m_noteEditor->setRepository(&repo);
    }
    if (m_page->currentId() == id)
        m_page->reload();
}

void MainWindow::saveNote(const core::Item &note)
{
    m_undo->push(new SaveNoteCommand(editContext(), m_kb->repository().findItem(note.id), note));
}

void MainWindow::newNote()
{
    m_noteEditor->flush();
    core::Item note;
    note.type = core::ItemType::Note;
    note.id = core::newNoteId(m_kb->repository());
    note.fields.insert(QStringLiteral("title"), tr("Untitled note"));
    m_undo->push(new SaveNoteCommand(editContext(), std::nullopt, note));
    editNote(note.id);
    m_noteEditor->titleEdit()->selectAll();
    m_noteEditor->titleEdit()->setFocus();
}

void MainWindow::editNote(const QString &id)
{
    const auto note = m_kb->repository().findItem(id);
    if (!note || note->type != core::ItemType::Note)
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
    try {
        m_undo->push(new DeleteItemCommand(editContext(), core::snapshotItem(m_kb->repository(), id)));
    } catch (const core::Error &e) {
        m_errors->report(tr("Cannot delete %1").arg(id), e.message());
    }
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

} // namespace plenum::ui

#include "ui/startup.h"

#include "facade/knowledgebase.h"
#include "ui/mainwindow.h"
#include "ui/recovery.h"

#include <QThread>

namespace plenum::ui {

StartupWindow::StartupWindow(QString path, ErrorReporter &errors)
    : m_path(std::move(path))
    , m_errors(errors)
{
}

StartupWindow::~StartupWindow()
{
    if (m_wait) {
        m_wait->wait(); // bounded by the page check's budget; the window it reads goes after
        delete m_wait;
    }
}

std::unique_ptr<StartupWindow> StartupWindow::open(const QString &path, ErrorReporter &errors)
{
    auto kb = openKnowledgeBase(nullptr, path, true, errors, core::KnowledgeBase::PageCheck::Deferred);
    if (!kb)
        return nullptr;
    std::unique_ptr<StartupWindow> startup(new StartupWindow(path, errors));
    startup->m_window = std::make_unique<MainWindow>(std::move(kb), &startup->m_windowErrors);
    return startup;
}

void StartupWindow::show()
{
    m_window->show();
    if (m_wait || m_settled)
        return;
    // Waits on a thread of its own: confirmPages() only waits for the check's shared verdict, and
    // the window (with its knowledge base) lives until this thread has ended (see onVerdict()).
    auto sound = std::make_shared<bool>(false);
    m_wait = QThread::create([kb = &m_window->knowledgeBase(), sound] {
        try {
            kb->confirmPages();
            *sound = true;
        } catch (...) {
            // damaged, or unreadable: the open with the check done at once says which
        }
    });
    connect(m_wait, &QThread::finished, this, [this, sound] {
        m_wait->wait();
        delete m_wait;
        m_wait = nullptr;
        onVerdict(*sound);
    });
    m_wait->start();
}

void StartupWindow::onVerdict(bool sound)
{
    if (!sound) {
        m_window->hide();
        m_window.reset();
        m_windowErrors.discard(); // what the window ran into: the recovery dialog says it
        auto kb = openKnowledgeBase(nullptr, m_path, false, m_errors); // checks at once: the recovery dialog
        if (kb) {
            m_window = std::make_unique<MainWindow>(std::move(kb), &m_windowErrors);
            m_window->show();
        }
    }
    if (m_window)
        m_windowErrors.release(std::make_unique<DialogErrorReporter>(m_window.get()));
    m_settled = true;
    emit settled(m_window != nullptr);
}

} // namespace plenum::ui

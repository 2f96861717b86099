#include "ui/searchpanel.h"

#include "linking/milestonenames.h"
#include "ui/labels.h"
#include "ui/roles.h"
#include "ui/searchresultmodel.h"
#include "ui/searchworker.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace plenum::ui {

namespace {

QString facetLinks(const QString &label, const QList<core::search::FacetCount> &counts, const QString &filter,
    const std::function<QString(const QString &)> &name)
{
    if (counts.isEmpty())
        return {};
    QStringList parts;
    for (const auto &c : counts)
        parts.append(QStringLiteral("<a href=\"%1:%2\">%3</a>&nbsp;%4")
                         .arg(filter, c.key.toHtmlEscaped(), name(c.key).toHtmlEscaped())
                         .arg(c.count));
    return QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), parts.join(QStringLiteral(" · ")));
}

} // namespace

SearchPanel::SearchPanel(ErrorReporter &errors, QWidget *parent)
    : QWidget(parent)
    , m_errors(errors)
    , m_field(new QLineEdit)
    , m_expand(new QCheckBox(tr("Also search other names (aliases)")))
    , m_status(new QLabel)
    , m_expansions(new QLabel)
    , m_facets(new QLabel)
    , m_results(new QListView)
    , m_model(new SearchResultModel(this))
    , m_debounce(new QTimer(this))
{
    qRegisterMetaType<core::search::SearchResults>();
    m_field->setPlaceholderText(tr("Search 社会治理, \"grid management\", 十八届三中全会 … (Ctrl+K)"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    m_expand->setChecked(true);
    for (QLabel *label : { m_status, m_expansions, m_facets }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    m_facets->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setAccessibleName(tr("Search results"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_expand);
    layout->addWidget(m_status);
    layout->addWidget(m_expansions);
    layout->addWidget(m_facets);
    layout->addWidget(m_results, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_expand, &QCheckBox::toggled, this, &SearchPanel::searchNow);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        if (m_model->rowCount() > 0) {
            m_results->setFocus();
            m_results->setCurrentIndex(m_model->index(0));
        }
    });
    connect(m_facets, &QLabel::linkActivated, this, &SearchPanel::addFilter);
    connect(m_model, &SearchResultModel::moreWanted, this, [this](int offset) {
        if (!m_worker)
            return;
        const quint64 serial = m_serial;
        const QString text = m_field->text();
        const bool expand = m_expand->isChecked();
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, serial, text, expand, offset] {
                worker->search(serial, text, expand, {}, false, offset);
            },
            Qt::QueuedConnection);
    });
    connect(m_results, &QListView::activated, this,
        [this](const QModelIndex &index) { emit itemActivated(index.data(IdRole).toString()); });
    connect(m_results, &QListView::clicked, this,
        [this](const QModelIndex &index) { emit itemActivated(index.data(IdRole).toString()); });
    m_field->installEventFilter(this);
}

SearchPanel::~SearchPanel()
{
    stopWorker();
}

void SearchPanel::stopWorker()
{
    if (!m_thread)
        return;
    m_worker->supersede(++m_serial);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
}

void SearchPanel::setKnowledgeBase(const QString &path)
{
    stopWorker();
    m_errors.reset();
    m_model->setHits({});
    m_expansions->clear();
    m_facets->clear();
    m_status->clear();
    if (path.isEmpty())
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("search"));
    m_worker = new SearchWorker(path);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SearchWorker::finished, this, &SearchPanel::onFinished);
    connect(m_worker, &SearchWorker::failed, this, &SearchPanel::onFailed);
    connect(m_worker, &SearchWorker::indexing, this, [this](qint64 done, qint64 total) {
        m_status->setText(tr("Building the search index… %1%").arg(total > 0 ? done * 100 / total : 0));
    });
    m_thread->start();
    if (!m_field->text().trimmed().isEmpty())
        searchNow();
}

void SearchPanel::searchNow()
{
    m_debounce->stop();
    if (!m_worker)
        return;
    const QString text = m_field->text();
    const quint64 serial = ++m_serial;
    m_worker->supersede(serial);
    m_total = -1;
    if (text.trimmed().isEmpty()) {
        m_model->setHits({});
        m_expansions->clear();
        m_facets->clear();
        m_status->clear();
        emit searchFinished();
        return;
    }
    const bool expand = m_expand->isChecked();
    // Hits first; counts and facets, which take longer on huge knowledge bases, follow.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, serial, text, expand] { worker->search(serial, text, expand, {}, false); },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, serial, text, expand] { worker->search(serial, text, expand, {}, true); },
        Qt::QueuedConnection);
}

void SearchPanel::onFailed(quint64 serial, int code, const QString &message)
{
    if (serial != m_serial)
        return;
    const core::Error error(static_cast<core::ErrorCode>(code), message);
    m_status->setText(
        QStringLiteral("<span style=\"color:#c03030\">%1</span>").arg(errorSentence(error.code()).toHtmlEscaped()));
    m_status->setToolTip(message);
    m_errors.report(tr("Cannot search"), error);
    emit searchFinished();
}

void SearchPanel::onFinished(quint64 serial, bool facets, int offset, const core::search::SearchResults &results)
{
    if (serial != m_serial)
        return;
    m_errors.reset();
    m_status->setToolTip({});
    if (offset > 0) {
        m_model->appendHits(results.hits);
        return;
    }
    if (!facets) {
        m_model->setHits(results.hits);
        QStringList used;
        for (const auto &e : results.query.expansions)
            used.append(QStringLiteral("%1 → %2")
                            .arg(e.matched, e.added.mid(0, 4).join(QStringLiteral(" / ")))
                            .toHtmlEscaped());
        m_expansions->setText(
            used.isEmpty() ? QString() : tr("<i>Also searched for:</i> %1").arg(used.join(QStringLiteral("; "))));
        m_status->setText(results.hits.isEmpty() ? tr("No matches.") : tr("Searching counts…"));
        if (!results.query.ignored.isEmpty())
            m_status->setText(m_status->text() + QLatin1Char(' ')
                + tr("Ignored: %1").arg(results.query.ignored.join(QStringLiteral(" ")).toHtmlEscaped()));
    } else {
        m_total = results.total;
        m_model->setTotal(results.total);
        const QString total = results.exactRanking ? tr("%n match(es)", nullptr, static_cast<int>(results.total))
                                                   : tr("%n match(es); the most relevant and most recent are ranked",
                                                       nullptr, static_cast<int>(results.total));
        m_status->setText(total);
        QStringList lines;
        lines.append(facetLinks(
            tr("Type:"), results.byType, QStringLiteral("type"), [](const QString &k) { return typeLabel(k); }));
        lines.append(facetLinks(tr("Central Committee:"), results.byTerm, QStringLiteral("term"),
            [](const QString &k) { return core::englishOrdinal(k.toInt()); }));
        lines.append(
            facetLinks(tr("Year:"), results.byYear, QStringLiteral("year"), [](const QString &k) { return k; }));
        lines.removeAll(QString());
        m_facets->setText(lines.join(QStringLiteral("<br>")));
    }
    emit searchFinished();
}

void SearchPanel::addFilter(const QString &link)
{
    // A Central Committee term narrows to its five years (the 16th sat from 2002 to 2007).
    QString filter = link;
    if (link.startsWith(QLatin1String("term:"))) {
        const int first = 2002 + 5 * (link.mid(5).toInt() - 16);
        filter = QStringLiteral("year:%1..%2").arg(first).arg(first + 5);
    }
    if (!m_field->text().contains(filter))
        m_field->setText(m_field->text().trimmed() + QLatin1Char(' ') + filter);
    searchNow();
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the field walks into the results, as in a browser's address bar.
    if (watched == m_field && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_results->setFocus();
        m_results->setCurrentIndex(m_model->index(0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString SearchPanel::expansionsText() const
{
    return m_expansions->text();
}
QString SearchPanel::facetsText() const
{
    return m_facets->text();
}

} // namespace plenum::ui

#include "ui/searchpanel.h"

#include "linking/milestonenames.h"
#include "ui/labels.h"
#include "ui/roles.h"
#include "ui/searchresultmodel.h"
#include "ui/searchworker.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <QToolButton>
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

// The filters written in a query ("type:statement", "year:2013..2017", "milestone:cc18-3").
const QRegularExpression &filterPattern()
{
    static const QRegularExpression pattern(QStringLiteral("(?:^|\\s)((type|year|milestone|term|concept|kind):\\S+)"));
    return pattern;
}

} // namespace

QString termLabel(int term)
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("%1届").arg(core::chineseNumeral(term))
                                                    : SearchPanel::tr("%1 CC").arg(core::englishOrdinal(term));
}

QString filterLabel(const QString &filter)
{
    const QString key = filter.section(QLatin1Char(':'), 0, 0);
    const QString value = filter.section(QLatin1Char(':'), 1);
    static const QRegularExpression plenum(QStringLiteral("^cc(\\d+)-(\\d+)$"));
    static const QRegularExpression congress(QStringLiteral("^nc(\\d+)$"));
    const bool zh = QLocale().language() == QLocale::Chinese;
    QString shown = value;
    if (key == QLatin1String("type"))
        shown = typeLabel(value);
    else if (key == QLatin1String("year"))
        shown = QString(value).replace(QLatin1String(".."), QStringLiteral("–"));
    else if (key == QLatin1String("term"))
        shown = termLabel(value.toInt());
    else if (const auto m = plenum.match(value); key == QLatin1String("milestone") && m.hasMatch())
        shown = zh ? core::shortNameZh(core::MilestoneKind::CcPlenum, m.captured(1).toInt(), m.captured(2).toInt())
                   : core::shortNameEn(core::MilestoneKind::CcPlenum, m.captured(1).toInt(), m.captured(2).toInt());
    else if (const auto c = congress.match(value); key == QLatin1String("milestone") && c.hasMatch())
        shown = zh ? core::shortNameZh(core::MilestoneKind::NationalCongress, c.captured(1).toInt(), 0)
                   : core::shortNameEn(core::MilestoneKind::NationalCongress, c.captured(1).toInt(), 0);
    static const QMap<QString, const char *> names = {
        { QStringLiteral("type"), QT_TRANSLATE_NOOP("plenum::ui::SearchPanel", "Type") },
        { QStringLiteral("year"), QT_TRANSLATE_NOOP("plenum::ui::SearchPanel", "Year") },
        { QStringLiteral("milestone"), QT_TRANSLATE_NOOP("plenum::ui::SearchPanel", "Milestone") },
        { QStringLiteral("term"), QT_TRANSLATE_NOOP("plenum::ui::SearchPanel", "Central Committee") },
        { QStringLiteral("concept"), QT_TRANSLATE_NOOP("plenum::ui::SearchPanel", "Concept") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("plenum::ui::SearchPanel", "Kind") },
    };
    return SearchPanel::tr("%1: %2").arg(SearchPanel::tr(names.value(key, "Filter")), shown);
}

SearchPanel::SearchPanel(ErrorReporter &errors, QWidget *parent)
    : QWidget(parent)
    , m_errors(errors)
    , m_field(new QLineEdit)
    , m_expand(new QCheckBox(tr("Also search other names (aliases)")))
    , m_status(new QLabel)
    , m_expansions(new QLabel)
    , m_facets(new QLabel)
    , m_facetToggle(new QToolButton)
    , m_filters(new QHBoxLayout)
    , m_results(new QListView)
    , m_model(new SearchResultModel(this))
    , m_debounce(new QTimer(this))
{
    qRegisterMetaType<core::search::SearchResults>();
    m_field->setPlaceholderText(tr("Search 社会治理, \"grid management\", 十八届三中全会 … (Ctrl+K)"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    m_expand->setChecked(true);
    for (QLabel *label : { m_status, m_facets }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    // One line, elided (the whole list in its tooltip), so the results keep the room.
    m_expansions->setTextFormat(Qt::PlainText);
    m_expansions->setObjectName(QStringLiteral("data")); // the aliases, in the knowledge base's words
    m_expansions->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_facets->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setAccessibleName(tr("Search results"));
    buildLayout();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::readAhead);
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
        m_worker->pageWanted();
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

// Options and filters above the status lines and the results, which get all the room left.
void SearchPanel::buildLayout()
{
    // Facets stay folded until asked for, so the results keep the room (8 rows at 1280×800).
    m_facetToggle->setText(tr("Refine"));
    m_facetToggle->setToolTip(tr("Narrow the results by type, Central Committee or year"));
    m_facetToggle->setCheckable(true);
    m_facetToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_facetToggle->setArrowType(Qt::RightArrow);
    m_facetToggle->setAutoRaise(true);
    m_facets->hide();
    auto *options = new QHBoxLayout;
    options->setContentsMargins(0, 0, 0, 0);
    options->addWidget(m_expand);
    options->addStretch();
    options->addWidget(m_facetToggle);
    m_filters->setContentsMargins(0, 0, 0, 0);
    m_filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(options);
    layout->addLayout(m_filters);
    layout->addWidget(m_status);
    layout->addWidget(m_expansions);
    layout->addWidget(m_facets);
    layout->addWidget(m_results, 1);
    connect(m_facetToggle, &QToolButton::toggled, this, [this](bool open) {
        m_facets->setVisible(open && !m_facets->text().isEmpty());
        m_facetToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::showFilters);
}

SearchPanel::~SearchPanel()
{
    stopWorker();
}

void SearchPanel::stopWorker()
{
    if (!m_thread)
        return;
    m_worker->stop();
    ++m_serial;
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
    m_expansionsFull.clear();
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
    // The index opens (and builds, on a first run) while the user looks at the window.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->prepare(); }, Qt::QueuedConnection);
    if (!m_field->text().trimmed().isEmpty())
        searchNow();
}

// As soon as the text changes, the worker begins reading what its search will read first (a
// word with its aliases: all their postings), so that the search after the pause in typing ranks
// from memory. A Chinese word comes in one commit of the input method; the next change stops it.
void SearchPanel::readAhead()
{
    const QString text = m_field->text();
    if (!m_worker)
        return;
    if (text.trimmed().isEmpty()) {
        m_worker->supersede(++m_serial); // what was being read or searched is of no use now
        return;
    }
    m_readAhead = ++m_serial;
    m_readAheadText = text;
    m_readAheadExpand = m_expand->isChecked();
    m_worker->supersede(m_readAhead);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, serial = m_readAhead, text, expand = m_readAheadExpand] {
            worker->readAhead(serial, text, expand);
        },
        Qt::QueuedConnection);
}

int SearchPanel::typingPause() const
{
    return m_debounce->interval();
}

void SearchPanel::searchNow()
{
    m_debounce->stop();
    if (!m_worker)
        return;
    const QString text = m_field->text();
    // The search of the text being read ahead continues that reading: same serial, queued behind it.
    const bool continues
        = m_readAhead == m_serial && m_readAheadText == text && m_readAheadExpand == m_expand->isChecked();
    const quint64 serial = continues ? m_serial : ++m_serial;
    m_readAhead = 0;
    if (!continues)
        m_worker->supersede(serial);
    m_total = -1;
    if (text.trimmed().isEmpty()) {
        m_model->setHits({});
        m_expansionsFull.clear();
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
            used.append(QStringLiteral("%1 → %2").arg(e.matched, e.added.mid(0, 4).join(QStringLiteral(" / "))));
        m_expansionsFull
            = used.isEmpty() ? QString() : tr("Also searched for: %1").arg(used.join(QStringLiteral("; ")));
        // First, so that eliding the line never hides why items without the words are listed.
        if (!results.linkedTo.isEmpty() && !results.query.expansions.isEmpty())
            m_expansionsFull = tr("Also listing what links to %1").arg(results.query.expansions.first().matched)
                + (m_expansionsFull.isEmpty() ? QString() : QStringLiteral("; ") + m_expansionsFull);
        showExpansions();
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
            [](const QString &k) { return termLabel(k.toInt()); }));
        lines.append(
            facetLinks(tr("Year:"), results.byYear, QStringLiteral("year"), [](const QString &k) { return k; }));
        lines.removeAll(QString());
        m_facets->setText(lines.join(QStringLiteral("<br>")));
        m_facets->setVisible(m_facetToggle->isChecked() && !lines.isEmpty());
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

QStringList SearchPanel::activeFilters() const
{
    QStringList filters;
    for (auto it = filterPattern().globalMatch(m_field->text()); it.hasNext();)
        filters.append(it.next().captured(1));
    return filters;
}

void SearchPanel::removeFilter(const QString &filter)
{
    QString text = m_field->text();
    for (auto it = filterPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(1) == filter) {
            text.remove(match.capturedStart(1), match.capturedLength(1));
            break;
        }
    }
    m_field->setText(text.simplified());
    searchNow();
}

// One button per filter in the query: its name in the interface language, a click removes it.
void SearchPanel::showFilters()
{
    while (m_filters->count() > 1) {
        QLayoutItem *item = m_filters->takeAt(0);
        delete item->widget();
        delete item;
    }
    const QStringList filters = activeFilters();
    for (qsizetype i = 0; i < filters.size(); ++i) {
        auto *chip = new QToolButton;
        chip->setText(filterLabel(filters.at(i)) + QStringLiteral("  ✕"));
        chip->setToolTip(tr("Remove this filter"));
        chip->setAccessibleName(tr("Remove filter %1").arg(filterLabel(filters.at(i))));
        chip->setObjectName(QStringLiteral("filter:") + filters.at(i));
        connect(chip, &QToolButton::clicked, this, [this, filter = filters.at(i)] { removeFilter(filter); });
        m_filters->insertWidget(static_cast<int>(i), chip);
    }
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

void SearchPanel::showExpansions()
{
    m_expansions->setToolTip(m_expansionsFull);
    m_expansions->setText(m_expansions->fontMetrics().elidedText(m_expansionsFull, Qt::ElideRight,
        std::max(60, m_expansions->width() > 100 ? m_expansions->width() : width() - 8)));
}

void SearchPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showExpansions();
}

QString SearchPanel::expansionsText() const
{
    return m_expansionsFull;
}
QString SearchPanel::facetsText() const
{
    return m_facets->text();
}

} // namespace plenum::ui

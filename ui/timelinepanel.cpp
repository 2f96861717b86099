#include "ui/timelinepanel.h"

#include "queries/conceptqueries.h"
#include "storage/repository.h"
#include "ui/guard.h"
#include "ui/labels.h"
#include "ui/timelineview.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace plenum::ui {

TimelinePanel::TimelinePanel(ErrorReporter &errors, QWidget *parent)
    : QWidget(parent)
    , m_errors(errors)
    , m_view(new TimelineView)
    , m_concepts(new QComboBox)
{
    auto *controls = new QHBoxLayout;
    auto *label = new QLabel(tr("&Highlight concept:"));
    label->setBuddy(m_concepts);
    m_concepts->setObjectName(QStringLiteral("data")); // the concepts' own names, both languages
    m_concepts->setMinimumContentsLength(28);
    m_concepts->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *fit = new QToolButton;
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole timeline (Home)"));
    auto *hint = new QLabel(tr("Wheel or +/− to zoom · drag or Shift+←/→ to pan · ←/→ to step · Enter to open"));
    hint->setEnabled(false);
    controls->addWidget(label);
    controls->addWidget(m_concepts);
    controls->addWidget(fit);
    controls->addStretch();
    controls->addWidget(hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);

    connect(fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(m_view, &TimelineView::milestoneActivated, this, &TimelinePanel::milestoneActivated);
    connect(m_concepts, &QComboBox::currentIndexChanged, this,
        [this] { highlightConcept(m_concepts->currentData().toString()); });
}

void TimelinePanel::setRepository(core::Repository *repo)
{
    // Read first: a read that fails leaves the timeline as it was.
    const QList<core::Milestone> milestones = repo ? repo->milestones() : QList<core::Milestone>();
    QList<core::ConceptSummary> concepts = repo ? core::conceptSummaries(*repo) : QList<core::ConceptSummary>();
    const QCollator collator = interfaceCollator();
    std::stable_sort(concepts.begin(), concepts.end(), [&](const auto &a, const auto &b) {
        return collator.compare(primaryName(a.nameEn, a.nameZh), primaryName(b.nameEn, b.nameZh)) < 0;
    });
    m_repo = repo;
    const QSignalBlocker blocker(m_concepts);
    m_concepts->clear();
    m_concepts->addItem(tr("(none)"), QString());
    if (!repo)
        return;
    m_view->setMilestones(milestones);
    for (const auto &c : concepts)
        m_concepts->addItem(bilingual(c.nameEn, c.nameZh), c.id);
    m_view->setHighlight({}, {});
}

QString TimelinePanel::highlightedConcept() const
{
    return m_concepts->currentData().toString();
}

void TimelinePanel::highlightConcept(const QString &id)
{
    const int index = std::max(0, m_concepts->findData(id));
    if (m_concepts->currentIndex() != index) {
        const QSignalBlocker blocker(m_concepts);
        m_concepts->setCurrentIndex(index);
    }
    if (!m_repo || id.isEmpty()) {
        m_view->setHighlight({}, {});
        return;
    }
    QList<TimelineView::HistoryStep> steps;
    if (!guard(m_errors, tr("Cannot show the history of %1").arg(id), [&] {
            for (const auto &s : core::conceptHistory(*m_repo, id))
                steps.append({ s.milestoneId, s.first });
        })) {
        m_view->setHighlight({}, {});
        return;
    }
    m_view->setHighlight(m_concepts->currentText(), steps);
}

} // namespace plenum::ui

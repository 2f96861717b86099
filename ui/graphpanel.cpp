#include "ui/graphpanel.h"

#include "ui/graphview.h"
#include "ui/guard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace plenum::ui {

GraphPanel::GraphPanel(ErrorReporter &errors, QWidget *parent)
    : QWidget(parent)
    , m_errors(errors)
    , m_graph(new GraphView)
    , m_depth(new QSpinBox)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    auto *depthLabel = new QLabel(tr("&Depth:"));
    depthLabel->setBuddy(m_depth);
    m_depth->setRange(1, 2);
    m_depth->setValue(1);
    controls->addWidget(depthLabel);
    controls->addWidget(m_depth);
    controls->addStretch();
    controls->addWidget(new QLabel(tr("Click to open · double-click to centre · wheel to zoom · drag to pan")));
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_graph, 1);
    connect(m_depth, &QSpinBox::valueChanged, this, &GraphPanel::depthChanged);
    connect(m_graph, &GraphView::centreRequested, this, &GraphPanel::showNeighbourhood);
}

void GraphPanel::setRepository(core::Repository *repo)
{
    m_graph->setRepository(repo);
}

void GraphPanel::showNeighbourhood(const QString &id)
{
    guard(
        m_errors, tr("Cannot show the links of %1").arg(id), [&] { m_graph->showNeighbourhood(id, m_depth->value()); });
}

} // namespace plenum::ui

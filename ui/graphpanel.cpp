#include "ui/graphpanel.h"

#include "ui/graphview.h"
#include "ui/guard.h"
#include "ui/labels.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

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
    , m_types(new QMenu(this))
    , m_relations(new QMenu(this))
    , m_search(new QLineEdit)
{
    for (core::ItemType t : core::kAllItemTypes) {
        QAction *a = m_types->addAction(typeLabel(core::typeName(t)));
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(static_cast<int>(t));
    }
    for (core::Relation r : core::kAllRelations) {
        QAction *a = m_relations->addAction(relationLabel(core::relationName(r)));
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(core::relationName(r));
    }
    connect(m_types, &QMenu::triggered, this, &GraphPanel::applyFilters);
    connect(m_relations, &QMenu::triggered, this, &GraphPanel::applyFilters);
    m_search->setPlaceholderText(tr("Find in graph"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find in graph"));
    m_search->setMaximumWidth(220);
    connect(m_search, &QLineEdit::textChanged, m_graph, &GraphView::setSearch);
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    auto *depthLabel = new QLabel(tr("&Depth:"));
    depthLabel->setBuddy(m_depth);
    m_depth->setRange(1, 2);
    m_depth->setValue(1);
    controls->addWidget(depthLabel);
    controls->addWidget(m_depth);
    controls->addWidget(menuButton(tr("&Types"), m_types));
    controls->addWidget(menuButton(tr("&Relations"), m_relations));
    controls->addWidget(m_search);
    auto *fit = new QToolButton;
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Fit the graph to the view (Home)"));
    connect(fit, &QToolButton::clicked, m_graph, &GraphView::fitToView);
    controls->addWidget(fit);
    controls->addStretch();
    auto *hint = new QLabel(tr("Click to open · double-click to centre · wheel to zoom · drag to pan"));
    hint->setEnabled(false);
    hint->setWordWrap(true);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_graph, 1);
    layout->addWidget(hint);
    connect(m_depth, &QSpinBox::valueChanged, this, &GraphPanel::depthChanged);
    connect(m_graph, &GraphView::centreRequested, this, &GraphPanel::showNeighbourhood);
}

QToolButton *GraphPanel::menuButton(const QString &text, QMenu *menu)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    return button;
}

void GraphPanel::applyFilters()
{
    QSet<core::ItemType> types;
    for (const QAction *a : m_types->actions())
        if (!a->isChecked())
            types.insert(static_cast<core::ItemType>(a->data().toInt()));
    QSet<QString> relations;
    for (const QAction *a : m_relations->actions())
        if (!a->isChecked())
            relations.insert(a->data().toString());
    m_graph->setHidden(types, relations);
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

#include "ui/milestonetreemodel.h"

#include "linking/milestonenames.h"
#include "ui/labels.h"
#include "ui/roles.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <map>

namespace plenum::ui {

namespace {
// Top-level rows carry internalId 0; a milestone row carries its term's row + 1.
constexpr quintptr kTopLevel = 0;

QString dateRange(const QString &start, const QString &end)
{
    if (start == end || end.isEmpty())
        return start;
    if (start.left(4) == end.left(4))
        return QStringLiteral("%1 – %2").arg(start, end.mid(5));
    return QStringLiteral("%1 – %2").arg(start, end);
}
} // namespace

MilestoneTreeModel::MilestoneTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void MilestoneTreeModel::setMilestones(const QList<core::Milestone> &milestones)
{
    beginResetModel();
    std::map<int, Term> byTerm;
    for (const auto &m : milestones) {
        Term &t = byTerm[m.term];
        t.number = m.term;
        t.milestones.append(m);
    }
    m_terms.clear();
    for (auto &[number, term] : byTerm) {
        std::stable_sort(term.milestones.begin(), term.milestones.end(), [](const auto &a, const auto &b) {
            const bool ac = a.kind == core::MilestoneKind::NationalCongress,
                       bc = b.kind == core::MilestoneKind::NationalCongress;
            // Sessions are numbered in order, so a plenum no source dates still sits in its place.
            return ac != bc ? ac : std::tie(a.session, a.startDate) < std::tie(b.session, b.startDate);
        });
        m_terms.append(std::move(term));
    }
    endResetModel();
}

// A term runs from its congress to the next one; the current term its five years.
QString MilestoneTreeModel::termYears(int row) const
{
    const Term &t = m_terms.at(row);
    if (t.milestones.isEmpty())
        return {};
    const int from = t.milestones.first().startDate.left(4).toInt();
    int to = t.milestones.last().endDate.left(4).toInt();
    if (row + 1 < m_terms.size() && !m_terms.at(row + 1).milestones.isEmpty())
        to = m_terms.at(row + 1).milestones.first().startDate.left(4).toInt();
    else if (t.milestones.first().kind == core::MilestoneKind::NationalCongress)
        to = std::max(to, from + 5);
    return QStringLiteral("%1 – %2").arg(from).arg(to);
}

QModelIndex MilestoneTreeModel::indexOf(const QString &id) const
{
    for (int t = 0; t < m_terms.size(); ++t)
        for (int r = 0; r < m_terms[t].milestones.size(); ++r)
            if (m_terms[t].milestones[r].id == id)
                return createIndex(r, 0, quintptr(t + 1));
    return {};
}

QModelIndex MilestoneTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex MilestoneTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int MilestoneTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_terms.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return static_cast<int>(m_terms.at(parent.row()).milestones.size());
}

int MilestoneTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant MilestoneTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel) {
        const Term &t = m_terms.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return QLocale().language() == QLocale::Chinese
                    ? QStringLiteral("第%1届中央委员会").arg(core::chineseNumeral(t.number))
                    : tr("%1 Central Committee · 第%2届中央委员会")
                          .arg(core::englishOrdinal(t.number), core::chineseNumeral(t.number));
            return termYears(index.row());
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case IdRole:
            return QString();
        default:
            return {};
        }
    }
    const core::Milestone &m = m_terms.at(static_cast<qsizetype>(index.internalId() - 1)).milestones.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return QLocale().language() == QLocale::Chinese
                ? QStringLiteral("%1 · %2").arg(core::shortNameZh(m.kind, m.term, m.session), m.nameZh)
                : QStringLiteral("%1 · %2").arg(
                    core::shortNameEn(m.kind, m.term, m.session), core::shortNameZh(m.kind, m.term, m.session));
        return m.isDated() ? dateRange(m.startDate, m.endDate) : tr("dates unknown");
    case Qt::ToolTipRole:
        return bilingual(m.nameEn, m.nameZh, QStringLiteral("\n"));
    case Qt::FontRole:
        if (m.kind == core::MilestoneKind::NationalCongress) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole:
        return m.id;
    case TypeRole:
        return QStringLiteral("milestone");
    case DateRole:
        return m.startDate;
    default:
        return {};
    }
}

QVariant MilestoneTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Milestone") : tr("Dates");
}

} // namespace plenum::ui

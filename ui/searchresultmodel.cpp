#include "ui/searchresultmodel.h"

#include "ui/labels.h"
#include "ui/roles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace plenum::ui {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setHits(const QList<core::search::SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    m_total = -1;
    m_waiting = false;
    endResetModel();
}

void SearchResultModel::appendHits(const QList<core::search::SearchHit> &hits)
{
    m_waiting = false;
    if (hits.isEmpty()) {
        m_total = m_hits.size(); // nothing more to fetch
        return;
    }
    beginInsertRows({}, static_cast<int>(m_hits.size()), static_cast<int>(m_hits.size() + hits.size() - 1));
    m_hits += hits;
    endInsertRows();
}

void SearchResultModel::setTotal(qint64 total)
{
    m_total = total;
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_waiting && m_total > m_hits.size();
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_waiting = true;
    emit moreWanted(static_cast<int>(m_hits.size()));
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return titleInInterfaceOrder(hit.title);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2").arg(typeLabel(core::typeName(hit.type)), hit.id);
    case IdRole:
        return hit.id;
    case TypeRole:
        return core::typeName(hit.type);
    case SnippetRole:
        return hit.snippet;
    default:
        return {};
    }
}

QString SearchResultDelegate::snippetHtml(const QString &snippet)
{
    QString out;
    qsizetype at = 0;
    while (at < snippet.size()) {
        const qsizetype open = snippet.indexOf(QChar(0x0002), at);
        if (open < 0) {
            out += snippet.mid(at).toHtmlEscaped();
            break;
        }
        out += snippet.mid(at, open - at).toHtmlEscaped();
        qsizetype close = snippet.indexOf(QChar(0x0003), open);
        if (close < 0)
            close = snippet.size();
        out += QStringLiteral("<b>%1</b>").arg(snippet.mid(open + 1, close - open - 1).toHtmlEscaped());
        at = close + 1;
    }
    return out;
}

QString SearchResultDelegate::html(const QModelIndex &index) const
{
    return QStringLiteral("<div><b>%1</b> <span style=\"color:gray\">%2</span></div><div>%3</div>")
        .arg(index.data(Qt::DisplayRole).toString().toHtmlEscaped(),
            typeLabel(index.data(TypeRole).toString()).toHtmlEscaped(),
            snippetHtml(index.data(SearchResultModel::SnippetRole).toString()));
}

namespace {
// A result is at most its title line and one line of snippet, so many fit on a small screen;
// the title is elided to one line, the snippet cut at the end of its first line.
constexpr int kLines = 2;

void prepare(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index, int width)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(1);
    QFont bold = option.font;
    bold.setBold(true);
    const QString type = typeLabel(index.data(TypeRole).toString());
    const int typeWidth = QFontMetrics(option.font).horizontalAdvance(type + QStringLiteral("  "));
    const QString title = QFontMetrics(bold).elidedText(
        index.data(Qt::DisplayRole).toString(), Qt::ElideRight, std::max(40, width - typeWidth - 4));
    doc.setHtml(QStringLiteral("<div><b>%1</b> <span style=\"color:gray\">%2</span></div><div>%3</div>")
                    .arg(title.toHtmlEscaped(), type.toHtmlEscaped(),
                        SearchResultDelegate::snippetHtml(index.data(SearchResultModel::SnippetRole).toString())));
    doc.setTextWidth(width);
}

int rowHeight(const QStyleOptionViewItem &option, const QTextDocument &doc)
{
    const int lines = kLines * QFontMetrics(option.font).lineSpacing() + 4;
    return std::min(static_cast<int>(doc.size().height()), lines) + 6;
}
} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QTextDocument doc;
    prepare(doc, option, index, option.rect.width() - 8);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(4, 2));
    painter->setClipRect(QRect(0, 0, option.rect.width() - 8, option.rect.height() - 4));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    prepare(doc, option, index, std::max(200, option.rect.width() - 8));
    return { static_cast<int>(doc.idealWidth()), rowHeight(option, doc) };
}

} // namespace plenum::ui

#pragma once

#include "search/searchindex.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

namespace plenum::ui {

/// Search hits: title, type and a snippet whose matches are marked with U+0002 … U+0003.
class SearchResultModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum { SnippetRole = Qt::UserRole + 20 };
    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QList<core::search::SearchHit> &hits);
    /// Adds the next page of hits (lazy loading as the list scrolls).
    void appendHits(const QList<core::search::SearchHit> &hits);
    /// All matches of the query, known once counts arrive (-1 before).
    void setTotal(qint64 total);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    /// The view scrolled to the end: the hits from OFFSET on are wanted.
    void moreWanted(int offset);

private:
    QList<core::search::SearchHit> m_hits;
    qint64 m_total = -1;
    bool m_waiting = false; // a page was asked for and has not arrived
};

/// Draws a hit as its title and type on one line and the snippet, matches in bold, below.
class SearchResultDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    /// The snippet as safe HTML: stored text escaped, matches in <b>.
    static QString snippetHtml(const QString &snippet);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString html(const QModelIndex &index) const;
};

} // namespace plenum::ui

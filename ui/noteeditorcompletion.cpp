#include "ui/noteeditorcompletion.h"

#include "ui/labels.h"

#include <QCoreApplication>
#include <QStandardItemModel>

namespace plenum::ui {

namespace {

struct NoteCompletion {
    Q_DECLARE_TR_FUNCTIONS(NoteCompletion)
};

// The names of ITEM in the order a link should prefer them: the interface language's first.
QStringList namesOf(const core::ItemCompletion &item)
{
    QStringList names;
    for (const QString &name :
        chineseInterface() ? QStringList { item.nameZh, item.nameEn } : QStringList { item.nameEn, item.nameZh })
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    names += item.aliases;
    names.append(item.id);
    return names;
}

QString citationLabel(const core::CitationCompletion &ref)
{
    QString author = ref.firstAuthor;
    if (ref.authorCount > 1)
        author = NoteCompletion::tr("%1 et al.").arg(author);
    const QString year = ref.year ? QString::number(*ref.year) : NoteCompletion::tr("n.d.");
    return NoteCompletion::tr("%1 %2 — %3").arg(author, year, ref.title).trimmed();
}

} // namespace

void fillItemCompletions(QStandardItemModel *model, const QList<core::ItemCompletion> &items)
{
    model->clear();
    const QString separator = chineseInterface() ? QStringLiteral("、") : QStringLiteral(", ");
    for (const core::ItemCompletion &item : items) {
        const QStringList names = namesOf(item);
        const QString name
            = item.nameEn.isEmpty() && item.nameZh.isEmpty() ? item.id : bilingual(item.nameEn, item.nameZh);
        QString shown = NoteCompletion::tr("%1  — %2").arg(name, typeLabel(item.type));
        if (!item.aliases.isEmpty())
            shown += NoteCompletion::tr("  · also %1").arg(item.aliases.join(separator));
        auto *row = new QStandardItem(shown);
        row->setToolTip(shown + QStringLiteral("\n") + item.id);
        row->setData(names.join(QLatin1Char('\n')), kCompletionMatchRole);
        row->setData(names, kCompletionNamesRole);
        row->setData(item.id, kCompletionIdRole);
        model->appendRow(row);
    }
}

void fillCitationCompletions(QStandardItemModel *model, const QList<core::CitationCompletion> &references)
{
    model->clear();
    for (const core::CitationCompletion &ref : references) {
        const QString label = citationLabel(ref);
        auto *row = new QStandardItem(QStringLiteral("@%1    %2").arg(ref.key, label));
        row->setToolTip(label);
        // Found by its key, its first author, its year or a word of its title.
        row->setData(QStringList { ref.key, ref.firstAuthor, label }.join(QLatin1Char('\n')), kCompletionMatchRole);
        row->setData(QStringList { ref.key }, kCompletionNamesRole);
        row->setData(ref.id, kCompletionIdRole);
        model->appendRow(row);
    }
}

QString completionText(const QModelIndex &index, const QString &prefix)
{
    const QStringList names = index.data(kCompletionNamesRole).toStringList();
    if (!prefix.isEmpty()) {
        for (const QString &name : names)
            if (name.startsWith(prefix, Qt::CaseInsensitive))
                return name;
        for (const QString &name : names)
            if (name.contains(prefix, Qt::CaseInsensitive))
                return name;
    }
    return names.value(0);
}

} // namespace plenum::ui

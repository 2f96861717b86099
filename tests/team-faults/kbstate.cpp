#include "kbstate.h"

#include "facade/knowledgebase.h"
#include "storage/itemtags.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace plenum::teamtest {

namespace {

std::unique_ptr<core::KnowledgeBase> openExisting(const QString &kbPath, bool readOnly)
{
    return core::KnowledgeBase::open(kbPath, false, core::KnowledgeBase::Content::Empty,
        readOnly ? core::KnowledgeBase::Access::ReadOnly : core::KnowledgeBase::Access::Auto);
}

QString canonical(core::Repository &repo, const core::Item &item)
{
    QJsonObject o;
    o[QStringLiteral("type")] = core::typeName(item.type);
    o[QStringLiteral("fields")] = item.fields;
    o[QStringLiteral("sources")] = QJsonArray::fromStringList(item.sources);
    QJsonArray aliases;
    for (const core::Alias &a : item.aliases)
        aliases.append(QJsonArray { a.text, a.language });
    o[QStringLiteral("aliases")] = aliases;
    o[QStringLiteral("tags")] = QJsonArray::fromStringList(core::tagsOf(repo, item.id));
    QJsonArray links;
    for (const core::Link &l : repo.outgoingLinks(item.id)) {
        if (l.origin != core::LinkOrigin::Manual)
            continue; // automatic links are derived again by each side's linker
        links.append(QJsonArray { l.targetId, core::relationName(l.relation), l.note, l.position ? *l.position : -1 });
    }
    o[QStringLiteral("links")] = links;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QString whereDiffers(const QString &a, const QString &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    const qsizetype from = std::max<qsizetype>(0, i - 60);
    return QStringLiteral("from character %1:\n  …%2\n  …%3").arg(i).arg(a.mid(from, 240), b.mid(from, 240));
}

std::map<QString, QString> libraryState(const QString &kbPath)
{
    auto kb = openExisting(kbPath, true);
    auto &repo = kb->repository();
    std::map<QString, QString> state;
    for (core::ItemType type : core::kAllItemTypes)
        for (const QString &id : repo.itemIds(type))
            state[id] = canonical(repo, repo.item(id));
    return state;
}

QString firstDifference(const std::map<QString, QString> &a, const std::map<QString, QString> &b)
{
    for (const auto &[id, line] : a) {
        const auto it = b.find(id);
        if (it == b.end())
            return QStringLiteral("only in the first: %1 (%2 vs %3 items)").arg(id).arg(a.size()).arg(b.size());
        if (it->second != line)
            return QStringLiteral("%1 differs: %2").arg(id, whereDiffers(line, it->second));
    }
    for (const auto &[id, line] : b)
        if (a.find(id) == a.end())
            return QStringLiteral("only in the second: %1 (%2 vs %3 items)").arg(id).arg(a.size()).arg(b.size());
    return {};
}

void addStatements(const QString &kbPath, const QString &prefix, int count, int textBytes)
{
    auto kb = openExisting(kbPath, false);
    auto &db = kb->database();
    const QString filler = QString(textBytes, QLatin1Char('x'));
    core::Transaction tx(db);
    auto entity = db.prepare("INSERT INTO entities (id, type, sources) VALUES (?1, 'statement', '[\"team-test\"]')");
    auto statement = db.prepare(
        "INSERT INTO statements (id, text, language, kind, date) VALUES (?1, ?2, 'en', 'paraphrase', '2013-11-12')");
    for (int i = 0; i < count; ++i) {
        const QString id = prefix + QString::number(i);
        entity.bind(1, id).run();
        statement.bindAll(id, QStringLiteral("%1 %2: %3").arg(prefix).arg(i).arg(filler)).run();
    }
    // Every tenth statement supports the next one: links whose target may arrive later in a pull.
    auto link
        = db.prepare("INSERT INTO links (source_id, target_id, relation, note) VALUES (?1, ?2, 'supports', 'next')");
    for (int i = 0; i + 1 < count; i += 10)
        link.bindAll(prefix + QString::number(i), prefix + QString::number(i + 1)).run();
    tx.commit();
}

void setStatementText(const QString &kbPath, const QString &id, const QString &text)
{
    auto kb = openExisting(kbPath, false);
    core::Item item = kb->repository().item(id);
    item.fields[QStringLiteral("text")] = text;
    kb->repository().updateItem(item);
}

void deleteItem(const QString &kbPath, const QString &id)
{
    auto kb = openExisting(kbPath, false);
    kb->repository().deleteItem(id);
}

QString statementText(const QString &kbPath, const QString &id)
{
    auto kb = openExisting(kbPath, true);
    const auto item = kb->repository().findItem(id);
    return item ? item->text(QStringLiteral("text")) : QString();
}

} // namespace plenum::teamtest

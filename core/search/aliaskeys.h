#pragma once

#include "search/queryparser.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace plenum::core {
class Database;
}

namespace plenum::core::search {

/// The names and aliases of the knowledge base's concepts, milestones and documents, by folded key
/// (foldKey()), as alias expansion looks them up; and each congress or plenum by the forms writers
/// use (milestoneforms::forms()). Those forms, some 46,000 for the bundled milestones, are folded
/// and kept once per process, for every knowledge base (FormKeys in aliaskeys.cpp); a load
/// reads only the knowledge base's own names, aliases and milestones.
class AliasKeys {
public:
    /// Reads them from the knowledge base attached to DB as `kb`.
    void load(Database &db);
    /// The item a name, alias or milestone form folding to KEY names: names and aliases first.
    [[nodiscard]] std::optional<AliasEntry> find(const QString &key) const;
    [[nodiscard]] const QSet<QString> &milestoneIds() const noexcept { return m_milestoneIds; }

private:
    QHash<QString, QString> m_keys; // folded name or alias → entity id
    QHash<QString, QStringList> m_names; // entity id → names and aliases
    QHash<quint64, QString> m_byForm; // a congress's or plenum's kind, term and session → its id
    QSet<QString> m_milestoneIds;
};

} // namespace plenum::core::search

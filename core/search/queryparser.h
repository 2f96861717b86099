#pragma once

#include "model/item.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace plenum::core::search {

/// Restrictions written as key:value in a query.
struct QueryFilters {
    QList<ItemType> types; ///< type:statement (several allowed: any of them); empty = all types
    QStringList milestones; ///< milestone:cc18-3: items linked to the milestone (and the milestone itself)
    QStringList concepts; ///< concept:social-governance: items linked to the concept (and the concept itself)
    std::optional<int> yearFrom; ///< year:2013..2017, year:2013, year:2013.., year:..2017
    std::optional<int> yearTo;
    QString language; ///< lang:zh or lang:en; empty = any

    [[nodiscard]] bool isEmpty() const
    {
        return types.isEmpty() && milestones.isEmpty() && concepts.isEmpty() && !yearFrom && !yearTo
            && language.isEmpty();
    }
};

/// An item whose names and aliases match some query words, as the alias lookup returns it.
struct AliasEntry {
    QString entityId;
    QStringList names; ///< every name and alias of the item
};

/// Finds the item whose name or alias folds (see foldKey) to the given key.
using AliasLookup = std::function<std::optional<AliasEntry>(const QString &foldedKey)>;

/// One alias expansion applied to a query, for the UI to show and the user to turn off.
struct Expansion {
    QString matched; ///< the query words that matched a name or alias
    QString entityId; ///< the item they name
    QStringList added; ///< the other names and aliases searched as alternatives
};

/// One quoted phrase of a ParsedQuery's expression, in the order FTS5 numbers them.
struct QueryPhrase {
    QString text; ///< as quoted in the expression (tokenized by the index's tokenizer in query mode)
    bool prefix = false; ///< ends with * (its last token is a prefix)
    int clause = -1; ///< the AND clause it belongs to (its alternatives share it); -1 for a NOT phrase
};

/// A user query turned into FTS5 syntax plus filters.
struct ParsedQuery {
    QString expression; ///< FTS5 MATCH text; empty when no positive search term was left
    QString namesExpression; ///< the same restricted to titles, names and aliases
    QueryFilters filters;
    QList<QueryPhrase> phrases; ///< every phrase of expression, in order
    QList<Expansion> expansions;
    QStringList ignored; ///< input that was dropped: lone operators, unknown filter values, terms without letters
    bool truncated = false; ///< the input was longer than the parser accepts and its tail was dropped
};

/// Longest query text considered, in characters, and most search terms in one expression.
inline constexpr int kMaxQueryChars = 1000;
inline constexpr int kMaxQueryTerms = 32;

/// The only function that turns user text into an FTS5 expression. Words are ANDed; "phrases",
/// OR (binding tighter than AND), NOT word / -word, word* (prefix) and the filters type:, milestone:,
/// concept:, year:, lang: are understood. Every input gives a valid expression or an empty one:
/// user text reaches FTS5 only inside quoted strings. ALIASES, when set, expands words that name an
/// item into that item's other names.
ParsedQuery parseQuery(const QString &text, const AliasLookup &aliases = {});

} // namespace plenum::core::search

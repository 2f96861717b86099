#pragma once

#include "search/postings.h"
#include "storage/database.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace plenum::core::search {

// The postings of every name and alias of the knowledge base's concepts, milestones and documents,
// kept with the index in search_names (ADR 0031): the phrases a word's alias expansion searches,
// so that the first search of a concept with its aliases reads them instead of walking FTS5.

/// The key a phrase's postings are stored under: its tokens in query mode, joined by spaces (two
/// phrases with the same tokens match the same rows the same number of times); empty for a phrase
/// without tokens.
QString nameKey(const QString &phraseText);

/// The names and aliases of the attached knowledge base's concepts, milestones and documents, by
/// key (nameKey()), each with one of the texts that has it.
std::map<QString, QString> wantedNames(Database &db);

/// Collects, while rows are indexed, the rows each name of a set matches as an FTS5 phrase would
/// (the same tokens at consecutive positions of one column), with the weighted frequency
/// plenum_postings() gives them, and merges them into search_names in the caller's transaction.
class NameWriter {
public:
    /// NAMES: key → text. COMPLETE (a rebuild): flush() writes every name, those no row matched too.
    NameWriter(Database &db, const std::map<QString, QString> &names, bool complete);
    NameWriter(const NameWriter &) = delete;
    NameWriter &operator=(const NameWriter &) = delete;

    /// Adds the row ROWID with these columns (rows not yet in search_names).
    void add(std::int64_t rowid, const QString &title, const QString &aliases, const QString &body);
    /// Writes what was collected, merged with what search_names holds.
    void flush();

private:
    struct Name {
        QString key;
        std::vector<std::string> tokens;
        std::vector<std::pair<std::int64_t, std::uint32_t>> rows; // (row id, weighted frequency)
    };
    void matchColumn(int column, const std::string &utf8);

    Database &m_db;
    bool m_complete;
    std::vector<Name> m_names;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byFirstToken;
    // The column being matched: tokens in order with their positions, and where each position starts.
    std::vector<std::string> m_tokens;
    std::vector<int> m_positions;
    std::vector<std::size_t> m_starts;
    std::vector<std::pair<std::size_t, std::uint32_t>> m_rowHits; // (name, weighted frequency)
};

/// Brings search_names to the names WANTED (NameWriter's NAMES) in the caller's transaction: reads
/// the postings of names it lacks from search_fts, deletes those of names no longer wanted.
/// Returns the names read.
/// STORED: the keys search_names holds (storedNameKeys()).
int storeNames(Database &db, const std::map<QString, QString> &wanted, const std::map<QString, QString> &stored);

/// The keys search_names holds, each as its own text (NameWriter's NAMES for the rows of a catch-up).
std::map<QString, QString> storedNameKeys(Database &db);

/// Whether search_names is in step with the index: written by the same transaction that wrote
/// its rows last (search_meta's names_serial equals its serial).
bool namesInStep(Database &db);

/// The stored postings of the phrase whose nameKey() is KEY, with row lengths from LENGTHS (asked
/// only when KEY is stored), or null. Throws Error Corrupt when they name a row the index lacks.
std::shared_ptr<PhrasePostings> storedName(
    Database &db, const QString &key, const std::function<const RowLengths &()> &lengths);

/// What differs between search_names, when in step, and the index: the rows of each name, walked
/// in search_fts; with NAMES_CURRENT (no change of the knowledge base is pending) also the names
/// the knowledge base has. One sentence per problem (SearchIndex::verify()).
QStringList namesProblems(Database &db, bool namesCurrent);

/// Every key search_names holds with its postings' (row id, weighted frequency), ascending (tests,
/// verification).
std::map<QString, std::vector<std::pair<std::int64_t, std::uint32_t>>> storedNames(Database &db);

} // namespace plenum::core::search

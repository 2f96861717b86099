#pragma once

#include "database.h"
#include "kbimporter.h"
#include "repository.h"

#include <memory>

namespace plenum::core {

/// An open knowledge base: the connection, migrated to the current schema, and its repository.
class KnowledgeBase {
public:
    enum class Content {
        Bundled,  ///< a new file gets the bundled knowledge base; an existing one gets its updates
        Empty     ///< a new file stays empty; nothing bundled is ever added
    };

    /// Opens PATH, creating it when CREATE is true and it is missing. Throws Error naming the file.
    static std::unique_ptr<KnowledgeBase> open(const QString &path, bool create, Content content = Content::Bundled);

    /// The per-user knowledge base location (QStandardPaths AppDataLocation/plenum.db).
    static QString defaultPath();

    KnowledgeBase(const KnowledgeBase &) = delete;
    KnowledgeBase &operator=(const KnowledgeBase &) = delete;

    [[nodiscard]] Database &database() noexcept { return m_db; }
    [[nodiscard]] Repository &repository() noexcept { return m_repo; }
    /// True when this open created the file.
    [[nodiscard]] bool created() const noexcept { return m_created; }
    /// What refreshing the bundled content did during open (all zero when nothing was due).
    [[nodiscard]] const kb::ImportSummary &bundleSummary() const noexcept { return m_bundle; }

private:
    explicit KnowledgeBase(Database db);

    Database m_db;
    Repository m_repo;
    bool m_created = false;
    kb::ImportSummary m_bundle;
};

} // namespace plenum::core

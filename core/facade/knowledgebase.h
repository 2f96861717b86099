#pragma once

#include "interchange/kbimporter.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <memory>

namespace plenum::core {

/// An open knowledge base: the connection, migrated to the current schema, and its repository.
class KnowledgeBase {
public:
    enum class Content {
        Bundled, ///< a new file gets the bundled knowledge base; an existing one gets its updates
        Empty ///< a new file stays empty; nothing bundled is ever added
    };

    enum class Access {
        Auto, ///< read-write, or read-only (see isReadOnly()) when the file or its folder cannot be written
        ReadOnly ///< never written, even when it could be
    };

    enum class PageCheck {
        Now, ///< open() looks for damaged pages before it returns (Database::checkPages())
        Deferred ///< on a thread of its own while the caller goes on; see confirmPages()
    };

    /// Opens PATH, creating it when CREATE is true and it is missing. Throws Error naming the file;
    /// for a damaged file (Corrupt, NotADatabase) the message names the latest backup (backup::latest()).
    static std::unique_ptr<KnowledgeBase> open(const QString &path, bool create, Content content = Content::Bundled,
        Access access = Access::Auto, PageCheck pages = PageCheck::Now);

    /// Waits for the page check of an open with PageCheck::Deferred (the first write waits for it
    /// too); throws what open() would have thrown for damaged pages, naming the latest backup.
    void confirmPages();

    /// The per-user knowledge base location (QStandardPaths AppDataLocation/plenum.db).
    static QString defaultPath();

    KnowledgeBase(const KnowledgeBase &) = delete;
    KnowledgeBase &operator=(const KnowledgeBase &) = delete;

    [[nodiscard]] Database &database() noexcept { return m_db; }
    [[nodiscard]] Repository &repository() noexcept { return m_repo; }
    /// True when the knowledge base was opened read-only: every write throws Error ReadOnly.
    [[nodiscard]] bool isReadOnly() const noexcept { return m_db.isReadOnly(); }
    /// True when this open created the file.
    [[nodiscard]] bool created() const noexcept { return m_created; }
    /// What refreshing the bundled content did during open (all zero when nothing was due).
    [[nodiscard]] const kb::ImportSummary &bundleSummary() const noexcept { return m_bundle; }

private:
    explicit KnowledgeBase(Database db);
    static std::unique_ptr<KnowledgeBase> openChecked(
        const QString &path, bool create, Content content, Access access, PageCheck pages);

    Database m_db;
    Repository m_repo;
    bool m_created = false;
    kb::ImportSummary m_bundle;
};

} // namespace plenum::core

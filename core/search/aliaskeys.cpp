#include "search/aliaskeys.h"

#include "linking/milestoneforms.h"
#include "model/vocabulary.h"
#include "storage/database.h"
#include "text/searchtext.h"

#include <mutex>
#include <vector>

namespace plenum::core::search {

namespace {

quint64 formId(MilestoneKind kind, int term, int session)
{
    return quint64(int(kind)) << 40 | quint64(quint32(term)) << 20 | quint64(quint32(session) & 0xFFFFF);
}

// The folded forms of every congress and plenum asked for so far in this process, by key: the
// forms depend on the kind, term and session alone. Added to, never changed.
class FormKeys {
public:
    static FormKeys &instance()
    {
        static FormKeys keys;
        return keys;
    }
    void ensure(MilestoneKind kind, int term, int session)
    {
        const quint64 id = formId(kind, term, session);
        const std::lock_guard lock(m_mutex);
        if (m_folded.contains(id))
            return;
        m_folded.insert(id);
        for (const QString &form : milestoneforms::forms(kind, term, session))
            if (QString key = foldKey(form); !key.isEmpty()) {
                std::vector<quint64> &ids = m_byKey[key];
                if (ids.empty() || ids.back() != id)
                    ids.push_back(id);
            }
    }
    /// The forms' ids KEY folds from, in the order they were first asked for.
    std::vector<quint64> find(const QString &key) const
    {
        const std::lock_guard lock(m_mutex);
        return m_byKey.value(key);
    }

private:
    mutable std::mutex m_mutex;
    QSet<quint64> m_folded;
    QHash<QString, std::vector<quint64>> m_byKey;
};

} // namespace

void AliasKeys::load(Database &db)
{
    m_keys.clear();
    m_names.clear();
    m_byForm.clear();
    m_milestoneIds.clear();
    auto q
        = db.prepare("SELECT id, name_en FROM kb.concepts UNION ALL SELECT id, name_zh FROM kb.concepts"
                     " UNION ALL SELECT id, name_en FROM kb.milestones UNION ALL SELECT id, name_zh FROM kb.milestones"
                     " UNION ALL SELECT a.entity_id, a.alias FROM kb.aliases a JOIN kb.entities e ON e.id = a.entity_id"
                     "   WHERE e.type IN ('concept', 'milestone', 'document')");
    while (q.next()) {
        const QString id = q.text(0);
        const QString name = q.text(1);
        const QString key = foldKey(name);
        if (key.isEmpty())
            continue;
        m_keys.insert(key, id);
        QStringList &names = m_names[id];
        if (!names.contains(name))
            names.append(name);
    }
    // Congresses and plenums also by the forms writers use and the linker recognises ("Third
    // Plenary Session of the 18th Central Committee"); the first milestone of a kind, term and
    // session has them.
    auto m = db.prepare("SELECT id, kind, coalesce(term, 0), coalesce(session, 0) FROM kb.milestones");
    while (m.next()) {
        const QString id = m.text(0);
        m_milestoneIds.insert(id);
        const std::optional<MilestoneKind> kind = milestoneKindFromName(m.text(1));
        if (!kind || *kind == MilestoneKind::OtherEvent || m.integer(2) <= 0)
            continue;
        const auto term = int(m.integer(2));
        const auto session = int(m.integer(3));
        FormKeys::instance().ensure(*kind, term, session);
        if (const quint64 form = formId(*kind, term, session); !m_byForm.contains(form))
            m_byForm.insert(form, id);
    }
}

std::optional<AliasEntry> AliasKeys::find(const QString &key) const
{
    QString id = m_keys.value(key);
    if (id.isEmpty())
        for (const quint64 form : FormKeys::instance().find(key))
            if (id = m_byForm.value(form); !id.isEmpty())
                break;
    if (id.isEmpty())
        return std::nullopt;
    return AliasEntry { id, m_names.value(id) };
}

} // namespace plenum::core::search

// The search query parser: every input must give an expression FTS5 accepts (or none).
#include "fuzzsupport.h"

#include "search/queryparser.h"
#include "search/searchtokenizer.h"
#include "storage/database.h"

#include <cstdlib>

using namespace plenum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static core::Database db = [] {
        auto d = core::Database::openMemory();
        core::search::registerTokenizer(d);
        d.exec("CREATE VIRTUAL TABLE t USING fts5(title, aliases, body, tokenize = 'plenum')");
        d.exec("INSERT INTO t VALUES ('社会治理', 'social governance', '创新社会治理体制 innovation')");
        return d;
    }();
    const auto parsed = core::search::parseQuery(fuzz::text(data, size), [](const QString &key) {
        return key == QLatin1String("治理")
            ? std::optional<core::search::AliasEntry>(core::search::AliasEntry { QStringLiteral("social-governance"),
                { QStringLiteral("社会治理"), QStringLiteral("say \"so\" OR gov*") } })
            : std::nullopt;
    });
    for (const QString &expression : { parsed.expression, parsed.namesExpression }) {
        if (expression.isEmpty())
            continue;
        try {
            auto q = db.prepare("SELECT count(*) FROM t WHERE t MATCH ?1");
            q.bindAll(expression);
            (void)q.next();
        } catch (const core::Error &) {
            std::abort(); // the parser let through something FTS5 rejects
        }
    }
    return 0;
}

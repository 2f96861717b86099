// Paper importer: parse any text as a paper, then a dry-run import into an empty knowledge base.
#include "fuzzsupport.h"

#include "interchange/paperimporter.h"
#include "interchange/paperparser.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/repository.h"

using namespace plenum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static core::Database db = [] {
        auto d = core::Database::openMemory();
        core::migrator::migrate(d);
        return d;
    }();
    static core::Repository repo(db);
    const QString text = fuzz::text(data, size);
    fuzz::expectingErrors([&] { (void)core::parsePaper(text, QStringLiteral("fuzz.md")); });
    fuzz::expectingErrors([&] {
        core::PaperImportOptions options;
        options.dryRun = true;
        (void)core::importPaper(repo, text, QStringLiteral("fuzz.md"), options);
    });
    return 0;
}

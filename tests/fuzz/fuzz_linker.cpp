// The linker's recognizer over the bundled knowledge base's names and aliases.
#include "fuzzsupport.h"

#include "facade/knowledgebase.h"
#include "linking/aliasregistry.h"

#include <QTemporaryDir>

using namespace plenum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    static auto kb = core::KnowledgeBase::open(dir.filePath(QStringLiteral("kb.db")), true);
    static const core::AliasRegistry registry = core::AliasRegistry::build(kb->repository());
    (void)registry.recognize(fuzz::text(data, size));
    return 0;
}

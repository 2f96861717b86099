#include "model/progress.h"

#include "model/error.h"

namespace plenum::core {

void reportProgress(const Progress &progress, std::int64_t done, std::int64_t total, const char *what)
{
    if (progress && !progress(done, total))
        throw Error(ErrorCode::Cancelled,
            QStringLiteral("The %1 was cancelled; nothing was changed.").arg(QString::fromUtf8(what)));
}

} // namespace plenum::core

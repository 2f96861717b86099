#pragma once

#include <QStringList>
#include <QTextStream>

namespace plenum::cli {

/// `plenum-cli search QUERY… [--type T] [--limit N] [--no-expand]`: ranked hits with snippets,
/// alias expansions and facets. Usage errors throw core::Error with ErrorCode::Usage.
int searchCommand(
    const QString &dbPath, bool json, bool readOnly, QStringList args, QTextStream &out, QTextStream &err);

/// `plenum-cli reindex`: rebuilds the search index, progress on ERR.
int reindexCommand(
    const QString &dbPath, bool json, bool readOnly, const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace plenum::cli

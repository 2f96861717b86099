#pragma once

#include <QStringList>
#include <QTextStream>

namespace plenum::cli {

/// Exit codes of plenum-cli.
enum ExitCode { Success = 0, UsageError = 1, DataError = 2 };

/// Runs plenum-cli with ARGS (without the program name). Results go to OUT, messages to ERR.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace plenum::cli

#pragma once

#include <QString>

#include <stdexcept>

namespace plenum::core {

/// What went wrong, coarse enough for a caller to choose an exit code or a dialog.
enum class ErrorCode {
    Usage, ///< the caller asked for something malformed
    Arguments, ///< a command line that does not parse (unknown option, missing value): a Usage error
               ///< that plenum-cli answers with its usage text
    NotFound, ///< no item, file or folder by that name
    InvalidData, ///< input that does not follow its format or the schema's rules
    FileError, ///< the file system refused (missing folder, permissions, I/O)
    NotADatabase, ///< the file is not a SQLite database, or not a Plenum one
    NewerVersion, ///< the database was written by a newer Plenum
    Locked, ///< another program holds the database
    ReadOnly, ///< the database or its folder cannot be written
    Corrupt, ///< SQLite reports damage
    Conflict, ///< a change would overwrite someone's edit or break a uniqueness rule
    Cancelled, ///< the user stopped long work
    Internal ///< an SQLite failure that none of the above explains
};

/// The one exception type core throws. The message is a complete sentence for the user.
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const QString &message);

    /// The category of failure.
    [[nodiscard]] ErrorCode code() const noexcept { return m_code; }
    /// The message as Qt text (what() gives the same in UTF-8).
    [[nodiscard]] QString message() const { return QString::fromUtf8(what()); }

private:
    ErrorCode m_code;
};

} // namespace plenum::core

#pragma once

#include <QByteArray>
#include <QString>

namespace plenum::core {

/// The bytes of the file at PATH, for an import. A folder, a FIFO, a socket or a device is refused
/// before it is opened (a FIFO would block the import forever); throws NotFound or FileError
/// with a sentence naming PATH.
QByteArray readInputFile(const QString &path);

} // namespace plenum::core

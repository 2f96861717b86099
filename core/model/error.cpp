#include "model/error.h"

namespace plenum::core {

Error::Error(ErrorCode code, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
{
}

} // namespace plenum::core

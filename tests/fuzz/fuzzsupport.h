#pragma once
// Shared by the libFuzzer targets (docs/reliability.md): turn bytes into the text types the
// entry points take, and treat core::Error as the expected outcome of bad input. Anything else
// escaping (another exception, a sanitizer report, an abort) is a finding.
#include "model/error.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace plenum::fuzz {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QString text(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(bytes(data, size));
}

template <typename F> void expectingErrors(F &&f)
{
    try {
        f();
    } catch (const core::Error &) {
    }
}

} // namespace plenum::fuzz

#include "interchange/bibformats.h"

namespace plenum::fuzz {

/// The records a parser read.
inline const QList<core::bib::Entry> &entriesOf(const core::bib::ParseResult &r)
{
    return r.entries;
}

/// A bibliography format: parse the bytes, write what was read, parse that again.
template <typename Parse, typename Write>
int bibliographyRoundTrip(Parse parse, Write write, const std::uint8_t *data, std::size_t size)
{
    expectingErrors([&] {
        QList<QJsonObject> references;
        const auto parsed = parse(bytes(data, size), QStringLiteral("fuzz"));
        for (const auto &e : entriesOf(parsed))
            references.append(e.fields);
        (void)parse(write(references), QStringLiteral("fuzz-roundtrip"));
    });
    return 0;
}

} // namespace plenum::fuzz

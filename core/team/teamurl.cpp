#include "team/teamsync.h"

#include "model/error.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace plenum::core::team {

namespace {

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString quoted(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

void readQuery(TeamUrl &url, const QString &query)
{
    const QUrlQuery items(query);
    for (const auto &[key, raw] : items.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("library"))
            url.library = raw;
        else if (key == QLatin1String("sslmode"))
            url.sslMode = raw;
        else if (key == QLatin1String("sslrootcert"))
            url.sslRootCert = raw;
        else if (key == QLatin1String("host"))
            url.host = raw;
        else if (key == QLatin1String("port"))
            url.port = raw.toInt();
        else if (key == QLatin1String("timeout")) {
            bool ok = false;
            url.timeout = raw.toInt(&ok);
            if (!ok || url.timeout < 1 || url.timeout > 3600)
                throw Error(ErrorCode::Usage,
                    QStringLiteral("The team URL's timeout must be a whole number of seconds from 1 to 3600."));
        } else
            throw Error(ErrorCode::Usage,
                QStringLiteral("The team URL has an unknown parameter “%1” (known: library, sslmode, "
                               "sslrootcert, host, port, timeout).")
                    .arg(key));
    }
}

} // namespace

TeamUrl TeamUrl::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?(\[[^\]]*\]|[^/:?]*)(?::([0-9]{1,5}))?/([^?]*)(?:\?(.*))?$)"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        throw Error(ErrorCode::Usage,
            QStringLiteral("“%1” is not a team URL: expected "
                           "postgresql://member@host:port/database?library=NAME.")
                .arg(text.section(QLatin1Char('@'), -1)));
    TeamUrl url;
    url.member = decoded(m.captured(1));
    url.password = decoded(m.captured(2));
    url.host = decoded(m.captured(3));
    if (url.host.startsWith(QLatin1Char('[')))
        url.host = url.host.mid(1, url.host.size() - 2);
    if (!m.captured(4).isEmpty())
        url.port = m.captured(4).toInt();
    url.database = decoded(m.captured(5));
    readQuery(url, m.captured(6));
    if (url.port <= 0 || url.port > 65535)
        throw Error(ErrorCode::Usage, QStringLiteral("The team URL's port must be between 1 and 65535."));
    if (url.database.isEmpty())
        throw Error(ErrorCode::Usage, QStringLiteral("The team URL names no database (…/DATABASE?library=NAME)."));
    if (url.host.isEmpty())
        url.host = QStringLiteral("localhost");
    return url;
}

QString TeamUrl::text() const
{
    const auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    const bool socket = host.startsWith(QLatin1Char('/'));
    QString out = QStringLiteral("postgresql://");
    if (!member.isEmpty())
        out += enc(member) + QLatin1Char('@');
    if (!socket)
        out += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : enc(host);
    out += QStringLiteral(":%1/").arg(port) + enc(database);
    QStringList params;
    if (socket)
        params << QStringLiteral("host=") + enc(host);
    if (!library.isEmpty())
        params << QStringLiteral("library=") + enc(library);
    if (!sslMode.isEmpty())
        params << QStringLiteral("sslmode=") + enc(sslMode);
    if (!sslRootCert.isEmpty())
        params << QStringLiteral("sslrootcert=") + enc(sslRootCert);
    if (timeout > 0)
        params << QStringLiteral("timeout=%1").arg(timeout);
    if (!params.isEmpty())
        out += QLatin1Char('?') + params.join(QLatin1Char('&'));
    return out;
}

QString TeamUrl::connectionString() const
{
    QStringList parts;
    parts << QStringLiteral("host=") + quoted(host) << QStringLiteral("port=%1").arg(port)
          << QStringLiteral("dbname=") + quoted(database);
    if (!member.isEmpty())
        parts << QStringLiteral("user=") + quoted(member);
    if (!password.isEmpty())
        parts << QStringLiteral("password=") + quoted(password);
    if (!sslMode.isEmpty())
        parts << QStringLiteral("sslmode=") + quoted(sslMode);
    if (!sslRootCert.isEmpty())
        parts << QStringLiteral("sslrootcert=") + quoted(sslRootCert);
    // A dead server or a cut cable must end in an error, not a hang: connect and keepalive limits,
    // and unacknowledged data given up after the answer timeout. PgConnection enforces the rest.
    const int seconds = timeout > 0 ? timeout : kAnswerSeconds;
    parts << QStringLiteral("connect_timeout=%1").arg(timeout > 0 ? timeout : kConnectSeconds)
          << QStringLiteral("tcp_user_timeout=%1").arg(seconds * 1000) << QStringLiteral("client_encoding='UTF8'")
          << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=10")
          << QStringLiteral("keepalives_interval=5") << QStringLiteral("keepalives_count=3")
          << QStringLiteral("application_name='plenum'");
    return parts.join(QLatin1Char(' '));
}

} // namespace plenum::core::team

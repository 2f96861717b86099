#pragma once

#include "facade/knowledgebase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace plenum::cli {

/// The error commands throw for malformed arguments: core::Error(ErrorCode::Arguments), which
/// run() prints with the usage text (exit code 1, like every usage error).
inline core::Error usageError(const QString &message)
{
    return core::Error(core::ErrorCode::Arguments, message);
}

/// What a command gets: global options, its own arguments, and the output streams.
struct Context {
    QString dbPath;
    bool json = false;
    bool readOnly = false; // --read-only
    QStringList args; // after the command name
    QTextStream &out;
    QTextStream &err;

    bool takeFlag(const QString &flag) { return args.removeAll(flag) > 0; }

    QString takeOne(const QString &what)
    {
        for (const QString &a : args)
            if (a.startsWith(QLatin1String("--")))
                throw usageError(QStringLiteral("unknown option %1").arg(a));
        if (args.size() != 1)
            throw usageError(args.isEmpty() ? QStringLiteral("missing %1").arg(what)
                                            : QStringLiteral("expected one %1, got %2").arg(what).arg(args.size()));
        return args.takeFirst();
    }

    void expectNoArgs() const
    {
        if (!args.isEmpty())
            throw usageError(QStringLiteral("unexpected argument %1").arg(args.first()));
    }

    std::unique_ptr<core::KnowledgeBase> open(
        bool create = false, core::KnowledgeBase::Content content = core::KnowledgeBase::Content::Bundled)
    {
        auto kb = core::KnowledgeBase::open(dbPath, create, content,
            readOnly ? core::KnowledgeBase::Access::ReadOnly : core::KnowledgeBase::Access::Auto);
        if (kb->isReadOnly() && !readOnly)
            err << "plenum-cli: " << dbPath << " cannot be written (read-only file or folder); opened read-only.\n";
        return kb;
    }

    void printJson(const QJsonValue &value)
    {
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    }

    /// The value after OPTION (removed with it); empty when OPTION is absent.
    QString takeValue(const QString &option)
    {
        const qsizetype i = args.indexOf(option);
        if (i < 0)
            return {};
        if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--")))
            throw usageError(QStringLiteral("%1 needs a value").arg(option));
        const QString value = args.at(i + 1);
        args.remove(i, 2);
        return value;
    }
};

} // namespace plenum::cli

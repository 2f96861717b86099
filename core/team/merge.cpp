#include "team/merge.h"

#include "model/error.h"

#include <git2.h>

#include <QSet>

namespace plenum::core::team {

namespace {

void initLibgit2()
{
    static const int once = git_libgit2_init();
    (void)once;
}

git_merge_file_input input(const QByteArray &text, const char *label)
{
    git_merge_file_input in;
    git_merge_file_input_init(&in, GIT_MERGE_FILE_INPUT_VERSION);
    in.ptr = text.constData();
    in.size = static_cast<size_t>(text.size());
    in.path = label;
    return in;
}

bool isNoteBody(const QJsonObject &object, const QString &field)
{
    return field == QLatin1String("body") && object.value(QStringLiteral("type")).toString() == QLatin1String("note");
}

} // namespace

std::optional<QString> mergeText(const QString &base, const QString &local, const QString &remote, QString &marked)
{
    initLibgit2();
    const QByteArray b = base.toUtf8(), l = local.toUtf8(), r = remote.toUtf8();
    const git_merge_file_input ib = input(b, "base"), il = input(l, "local"), ir = input(r, "remote");
    git_merge_file_options options;
    git_merge_file_options_init(&options, GIT_MERGE_FILE_OPTIONS_VERSION);
    options.our_label = "local";
    options.their_label = "remote";
    git_merge_file_result result {};
    if (git_merge_file(&result, &ib, &il, &ir, &options) != 0)
        throw Error(ErrorCode::Internal, QStringLiteral("The note merge failed (libgit2)."));
    const QString text = QString::fromUtf8(result.ptr, static_cast<qsizetype>(result.len));
    const bool clean = result.automergeable != 0;
    git_merge_file_result_free(&result);
    if (clean)
        return text;
    marked = text;
    return std::nullopt;
}

MergeResult mergeObjects(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote)
{
    MergeResult out;
    out.merged = local;
    QSet<QString> keys;
    for (const QJsonObject *o : { &base, &local, &remote })
        for (auto it = o->begin(); it != o->end(); ++it)
            keys.insert(it.key());
    for (const QString &key : keys) {
        const QJsonValue b = base.value(key), l = local.value(key), r = remote.value(key);
        if (l == r || r == b)
            continue; // the same on both sides, or only the local side changed: keep local
        if (l == b) { // only the remote side changed
            if (r.isUndefined())
                out.merged.remove(key);
            else
                out.merged.insert(key, r);
            continue;
        }
        FieldConflict c { key, b, l, r, {} };
        if (isNoteBody(remote, key) && l.isString() && r.isString()) {
            if (const auto text = mergeText(b.toString(), l.toString(), r.toString(), c.merged)) {
                out.merged.insert(key, *text);
                continue;
            }
        }
        out.conflicts.append(c);
    }
    return out;
}

} // namespace plenum::core::team

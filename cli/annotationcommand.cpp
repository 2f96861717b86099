#include "cli/annotationcommand.h"

#include "cli/clicommands.h"
#include "cli/clicontext.h"
#include "cli/textoutput.h"
#include "storage/attachments.h"

namespace plenum::cli {

int cmdAnnotations(Context &ctx)
{
    const QString key = ctx.takeOne(QStringLiteral("item ID"));
    auto kb = ctx.open();
    auto &repo = kb->repository();
    const QString id = repo.resolve(key);
    if (id.isEmpty())
        throw core::Error(core::ErrorCode::NotFound, QStringLiteral("No item with ID or alias \"%1\".").arg(key));
    const QList<core::Annotation> list = core::annotationsOfItem(repo.database(), id);
    if (ctx.json) {
        QJsonArray rows;
        for (const core::Annotation &a : list)
            rows.append(QJsonObject { { QStringLiteral("id"), static_cast<qint64>(a.id) },
                { QStringLiteral("attachment"), static_cast<qint64>(a.attachmentId) },
                { QStringLiteral("page"), a.page }, { QStringLiteral("color"), a.color },
                { QStringLiteral("color_name"), core::highlightColourName(a.color) },
                { QStringLiteral("text"), a.text }, { QStringLiteral("comment"), a.comment },
                { QStringLiteral("origin"), a.origin },
                { QStringLiteral("statement"), a.statementId.isEmpty() ? QJsonValue() : QJsonValue(a.statementId) } });
        ctx.printJson(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("annotations"), rows } });
        return Success;
    }
    TextTable table({ QStringLiteral("page"), QStringLiteral("colour"), QStringLiteral("text"),
        QStringLiteral("comment"), QStringLiteral("origin"), QStringLiteral("statement") });
    for (const core::Annotation &a : list)
        table.addRow({ QString::number(a.page), core::highlightColourName(a.color), a.text, a.comment, a.origin,
            a.statementId });
    ctx.out << table.render();
    return Success;
}

} // namespace plenum::cli

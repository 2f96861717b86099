#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace plenum::core {

/// A paragraph or heading of a web page, Word file or text, in reading order.
struct SourceBlock {
    QString text;
    int heading = 0; ///< 1–6 for a heading, 0 for a paragraph
};

/// What a saved web page or Word file says, before it becomes a document.
struct SourceDocument {
    QString file;
    QString format; ///< "html", "mhtml", "docx", "text"
    QString title;
    QString date; ///< "YYYY-MM-DD" when the metadata gives one
    QString source; ///< the publisher or site ("新华社", "中国政府网")
    QString url;
    QList<SourceBlock> blocks;
    QStringList problems; ///< what could not be read
};

} // namespace plenum::core

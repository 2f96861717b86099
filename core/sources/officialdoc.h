#pragma once

#include "sources/sourcedocument.h"

namespace plenum::core {

/// One numbered part of an official document, a statement of its own.
struct OfficialPart {
    QString locator; ///< "Part XIII §49", "Art. 12", "Part II ¶3", "Preamble ¶1"
    QString locatorZh; ///< "第十三部分（四十九）", "第十二条", "第二部分第3段", "序言第1段"
    QString heading; ///< the title of the part or section it is under
    QString text;
};

/// A Chinese official document (决定, 公报, 报告, 意见, 条例 …) read into its structure.
struct OfficialDocument {
    QString title;
    QString kind; ///< documents.kind: decision, communique, report, resolution, proposal, plan, regulation, other
    QString issuer; ///< "中共中央", "国务院"
    QString date; ///< "YYYY-MM-DD"
    QString number; ///< the document number, "国发〔2016〕9号"
    QString adoptedBy; ///< "中国共产党第十八届中央委员会第三次全体会议"
    QList<OfficialPart> parts;
};

/// True when BLOCKS read as an official document: a title naming its kind (决定, 公报 …) or a
/// document number, and its body numbered 一、 or 第X条.
bool looksOfficial(const SourceDocument &doc);

/// Reads the structure: 一、 parts, （一） sections (or (1) items numbered through the whole text,
/// as the plenum decisions do), 1. and (1) items, 第X章 chapters and 第X条 articles; unnumbered
/// paragraphs get "¶n" within the last number. Issuer, date and number from the title, the
/// "（…通过）" line, the signature and the 〔year〕n号 pattern.
OfficialDocument parseOfficial(const SourceDocument &doc);

/// The value of a Chinese numeral (一, 十三, 四十九, 一百零五, also in Arabic digits); 0 when none.
int chineseNumeral(const QString &text);

/// N in Roman numerals ("XIII").
QString romanNumeral(int n);

} // namespace plenum::core

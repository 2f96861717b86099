#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace plenum::core {

/// A numbered (or named) heading, its level taken from the numbering rather than the '#' count.
struct PaperSection {
    QString number; ///< "3.2"; empty for unnumbered headings
    QString title;
    int level = 1;
    int line = 0;
};

/// An in-text citation marker such as [4] or [2-3], in code points within its paragraph.
struct PaperMarker {
    int number = 0;
    int start = 0;
    int end = 0;
    QString text; ///< the whole bracket as written
};

/// A body paragraph (rejoined when a page break split it) with its place in the section tree.
struct PaperParagraph {
    QString section; ///< number (or title) of the enclosing section; empty before the first
    int index = 0; ///< 1-based within the section
    QString text;
    int line = 0;
    QList<PaperMarker> markers;
    bool rejoined = false; ///< true when two pieces split by a page break were joined
    int page = 0; ///< the page it starts on (PDF import); 0 when the source has no pages

    /// "§3.2 ¶1" (or "¶1" before the first section), after "p. 3, " when the page is known.
    [[nodiscard]] QString locator() const;
};

/// A figure or table caption line ("Figure 1 …"); converted papers usually lose the figure itself.
struct PaperFigure {
    QString label; ///< "Figure 1", "图 2"
    QString caption;
    QString section;
    int line = 0;
    int page = 0; ///< the page it is on (PDF import); 0 when unknown
};

/// A footnote kept apart from the body (PDF import), numbered in the order it appears.
struct PaperNote {
    int page = 0;
    QString text;
};

/// One entry of the reference list, parsed into reference fields (docs/format.md).
struct PaperReference {
    int number = 0;
    QString raw;
    QJsonObject fields;
    int line = 0;
    QStringList problems; ///< parts that could not be read
    std::optional<int> duplicateOf; ///< number of an earlier entry with the same title, authors and year
};

/// Something in the file the parser did not understand, with its line.
struct PaperIssue {
    int line = 0;
    QString message;
};

/// Everything read from a paper converted from PDF to Markdown or plain text.
struct ParsedPaper {
    QString file;
    QString title;
    QString language; ///< "en" or "zh"
    QStringList authors;
    QString affiliation;
    QStringList emails;
    QStringList keywords;
    QString abstract;
    QString doi;
    QList<PaperSection> sections;
    QList<PaperParagraph> paragraphs;
    QList<PaperFigure> figures;
    QList<PaperNote> notes;
    QList<PaperReference> references;
    QList<PaperIssue> issues;
};

/// Reads a paper: title, authors, affiliation and e-mail, keywords, abstract, DOI, numbered sections
/// (levels normalized from the numbers), paragraphs (rejoining ones a page-break line split),
/// figure captions, citation markers and the reference list (English or Chinese: 摘要, 关键词, 参考文献).
/// Throws InvalidData naming the file when it has no title or no body at all.
ParsedPaper parsePaper(const QString &text, const QString &fileName);

/// Parses one reference-list entry in APA-like ("Authors. (Year). Title. Container, vol, no, pp.")
/// or GB/T 7714 ("作者. 题名[J]. 刊名, 年, 卷(期): 页码.") shape; PROBLEMS gets what was missing.
QJsonObject parseReferenceEntry(const QString &text, QStringList *problems);

/// Author names from a reference entry's author part ("Flynn M L", "Hlasny, Vladimir, Cho, Minsu", "张三, 李四").
QJsonArray parseAuthorList(const QString &text);

} // namespace plenum::core

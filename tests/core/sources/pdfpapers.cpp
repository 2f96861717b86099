#include "pdfpapers.h"

namespace plenum::test {

namespace {

const QStringList kZhSentences = { QStringLiteral("党的十八届三中全会提出推进国家治理体系和治理能力现代化"),
    QStringLiteral("基层社会治理是国家治理的基石，社区是社会治理的基本单元"),
    QStringLiteral("数字技术的广泛应用改变了政府与居民之间的互动方式"),
    QStringLiteral("网格化管理在各地的实践中形成了不同的模式与经验"),
    QStringLiteral("从社会管理到社会治理的转变体现了治理理念的深刻变化"),
    QStringLiteral("居民参与的程度直接影响着社区治理的效果与可持续性") };

const QStringList kEnSentences = {
    QStringLiteral("The 2013 Third Plenum called for the modernization of the state gov\u00ADernance system"),
    QStringLiteral(
        "Grassroots governance is the foundation of national governance, and the community is its basic unit"),
    QStringLiteral(
        "Digital technology has changed the way officials and residents interact in an efficient but uneven manner"),
    QStringLiteral("Grid management has produced different models and experiences across the pro\u00ADvinces"),
    QStringLiteral("The shift from social management to social governance reflects a profound change in "
                   "admin\u00ADistrative thinking"),
    QStringLiteral("The degree of resident participation affects the office of community governance and its "
                   "sustain\u00ADability")
};

QString paragraph(const QStringList &sentences, int n, bool chinese, const QString &marker)
{
    QString text = chinese ? QStringLiteral("第%1段指出，").arg(n) : QStringLiteral("Paragraph %1 argues that ").arg(n);
    for (int i = 0; i < 4; ++i) {
        text += sentences[(n + i) % sentences.size()];
        if (i == 1)
            text += marker;
        text += chinese ? QStringLiteral("。") : QStringLiteral(". ");
    }
    return text.trimmed();
}

QList<PdfFixtureBlock> paper(bool zh, int per)
{
    const QStringList &s = zh ? kZhSentences : kEnSentences;
    QList<PdfFixtureBlock> b;
    if (zh) {
        b = { { Kind::Title, QStringLiteral("数字治理背景下基层社会治理的转型路径研究") },
            { Kind::FrontMatter, QStringLiteral("王明, 李华") },
            { Kind::FrontMatter, QStringLiteral("中国人民大学公共管理学院, 北京 100872") },
            { Kind::FrontMatter, QStringLiteral("摘要：本文考察了数字技术条件下基层社会治理的转型路径。") },
            { Kind::FrontMatter, QStringLiteral("关键词：基层治理；数字化；社会治理") } };
    } else {
        b = { { Kind::Title,
                  QStringLiteral("Digital Governance and the Transformation of Grassroots Social Governance") },
            { Kind::FrontMatter, QStringLiteral("Wang Ming, Li Hua") },
            { Kind::FrontMatter, QStringLiteral("School of Public Administration, Renmin University, Beijing 100872") },
            { Kind::FrontMatter,
                QStringLiteral("Abstract: This paper examines how digital technology changes grassroots governance.") },
            { Kind::FrontMatter,
                QStringLiteral("Keywords: grassroots governance; digitalization; social governance") } };
    }
    const QStringList headings = zh ? QStringList { "1 引言", "2 理论框架", "2.1 治理与善治", "3 结论" }
                                    : QStringList { "1 Introduction", "2 Framework", "2.1 Governance", "3 Conclusion" };
    const QStringList markers = { "[1]", "[2]", "[2,3]", "[1-3]" };
    int n = 0;
    for (qsizetype h = 0; h < headings.size(); ++h) {
        b.append({ Kind::Heading, headings[h] });
        for (int i = 0; i < per; ++i) {
            ++n;
            b.append({ Kind::Paragraph, paragraph(s, n, zh, markers[h]) });
            if (n == 2)
                b.append({ Kind::Footnote,
                    zh ? QStringLiteral("1 本文为国家社会科学基金项目的阶段性成果。")
                       : QStringLiteral("1 This work was supported by the National Social Science Fund.") });
        }
    }
    b.append({ Kind::Heading, zh ? QStringLiteral("参考文献") : QStringLiteral("References") });
    if (zh) {
        b.append({ Kind::Paragraph, QStringLiteral("[1] 俞可平. 治理与善治[M]. 北京: 社会科学文献出版社, 2000.") });
        b.append({ Kind::Paragraph,
            QStringLiteral("[2] 王浦劬. 国家治理、政府治理和社会治理的基本含义及其相互关系辨析[J]. 社会学评论, 2014, "
                           "2(3): 12-20.") });
        b.append({ Kind::Paragraph,
            QStringLiteral("[3] 郁建兴, 任杰. 社会治理共同体及其实现机制[J]. 政治学研究, 2020(1): 45-56.") });
    } else {
        b.append({ Kind::Paragraph,
            QStringLiteral("[1] Yu, K. (2000). Governance and Good Governance. Social Sciences Academic Press.") });
        b.append({ Kind::Paragraph,
            QStringLiteral(
                "[2] Wang, P. (2014). The meaning of state governance. Sociological Review, 2(3), 12-20.") });
        b.append({ Kind::Paragraph,
            QStringLiteral(
                "[3] Yu, J., & Ren, J. (2020). The community of social governance. Political Studies, 1(1), 45-56.") });
    }
    return b;
}

} // namespace

QList<PdfFixtureBlock> chinesePaper(int paragraphsPerSection)
{
    return paper(true, paragraphsPerSection);
}

QList<PdfFixtureBlock> englishPaper(int paragraphsPerSection)
{
    return paper(false, paragraphsPerSection);
}

PdfFixtureOptions journalOptions(bool chinese)
{
    PdfFixtureOptions o;
    o.columns = 2;
    o.pageHeight = 600;
    o.runningHeader
        = chinese ? QStringLiteral("社会治理研究 2024年第3期") : QStringLiteral("Journal of Social Governance 2024, 3");
    o.firstLineIndent = chinese ? 2 : 0;
    // Qt's PDF engine loses the digits of Latin runs set in Noto Serif CJK (no ToUnicode entry).
    if (!chinese)
        o.family = QStringLiteral("DejaVu Serif");
    return o;
}

} // namespace plenum::test

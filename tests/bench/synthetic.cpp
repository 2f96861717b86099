#include "synthetic.h"

#include <QStringList>

namespace plenum::bench {

namespace {

// Ordered roughly by how often policy texts use them: the generator weights term k by 1/(k+1).
const char *const kZh[] = {
    "治理",
    "社会",
    "发展",
    "改革",
    "管理",
    "服务",
    "建设",
    "推进",
    "坚持",
    "创新",
    "社会治理",
    "基层",
    "体系",
    "制度",
    "法治",
    "群众",
    "社区",
    "现代化",
    "国家治理",
    "依法治国",
    "公共服务",
    "全面深化改革",
    "治理能力",
    "网格化管理",
    "矛盾纠纷",
    "社会组织",
    "枫桥经验",
    "平安建设",
    "综合治理",
    "基层治理",
    "共建共治共享",
    "社会管理",
    "政府职能",
    "放管服",
    "人民调解",
    "信访",
    "志愿服务",
    "乡村振兴",
    "城乡社区",
    "社会保障",
    "公共安全",
    "应急管理",
    "数字政府",
    "协商民主",
    "党的领导",
    "以人民为中心",
    "国家安全",
    "风险防控",
    "社会工作",
    "慈善组织",
    "网格员",
    "诉源治理",
    "多元化解",
    "自治法治德治",
    "社会信用体系",
    "一站式",
    "市域社会治理",
    "城市管理",
    "流动人口",
    "户籍制度",
    "住房保障",
    "养老服务",
    "基本公共服务均等化",
};
const char *const kEn[] = {
    "governance",
    "social",
    "development",
    "reform",
    "management",
    "services",
    "community",
    "law",
    "system",
    "grassroots",
    "modernization",
    "party",
    "public",
    "innovation",
    "grid management",
    "social governance",
    "rule of law",
    "capacity",
    "mediation",
    "petitions",
    "social organizations",
    "Fengqiao experience",
    "urban",
    "rural",
    "security",
    "risk",
    "volunteers",
    "stability",
    "credit system",
    "digital government",
    "consultative democracy",
    "emergency management",
    "household registration",
    "elderly care",
};
const char *const kZhFill[]
    = { "的", "和", "加强", "完善", "健全", "深化", "推动", "构建", "提高", "落实", "在", "要" };
const char *const kEnFill[]
    = { "the", "of", "and", "to", "in", "for", "a", "strengthens", "improves", "calls for", "builds", "with" };
const char *const kSyllablesZh[] = { "桐", "乡", "诸", "暨", "枫", "桥", "余", "杭", "临", "安", "德", "清", "海", "宁",
    "平", "湖", "嘉", "善", "象", "山", "奉", "化", "慈", "溪" };
const char *const kSyllablesEn[] = { "tong", "xiang", "zhu", "ji", "feng", "qiao", "yu", "hang", "lin", "an", "de",
    "qing", "hai", "ning", "ping", "hu", "jia", "shan", "xiang", "feng" };
constexpr int kPlaces = 4000;

std::discrete_distribution<int> zipf(std::size_t n)
{
    std::vector<double> w;
    for (std::size_t k = 0; k < n; ++k)
        w.push_back(1.0 / double(k + 1));
    return std::discrete_distribution<int>(w.begin(), w.end());
}

} // namespace

SyntheticCorpus::SyntheticCorpus(std::uint64_t seed)
    : m_rng(seed)
{
    for (const char *w : kZh)
        m_zh.push_back(QString::fromUtf8(w));
    for (const char *w : kEn)
        m_en.push_back(QString::fromUtf8(w));
    m_zhDist = zipf(m_zh.size());
    m_enDist = zipf(m_en.size());
    std::mt19937_64 names(seed + 1);
    const int nz = int(std::size(kSyllablesZh));
    const int ne = int(std::size(kSyllablesEn));
    for (int i = 0; i < kPlaces; ++i) {
        // Three syllables and a suffix: 桐乡诸县, tongxiangzhu county.
        const int a = int(names() % nz), b = int(names() % nz), c = int(names() % nz);
        m_placesZh.push_back(QString::fromUtf8(kSyllablesZh[a]) + QString::fromUtf8(kSyllablesZh[b])
            + QString::fromUtf8(kSyllablesZh[c]) + QStringLiteral("县"));
        m_placesEn.push_back(QString::fromUtf8(kSyllablesEn[a % ne]) + QString::fromUtf8(kSyllablesEn[b % ne])
            + QString::fromUtf8(kSyllablesEn[c % ne]) + QStringLiteral("ton"));
    }
}

QString SyntheticCorpus::pickZipf(const std::vector<QString> &words, std::discrete_distribution<int> &dist)
{
    return words[std::size_t(dist(m_rng))];
}

SyntheticStatement SyntheticCorpus::next()
{
    SyntheticStatement s;
    const int year = 2002 + int(m_rng() % 23);
    s.date = QStringLiteral("%1-%2-%3")
                 .arg(year)
                 .arg(int(m_rng() % 12) + 1, 2, 10, QLatin1Char('0'))
                 .arg(int(m_rng() % 28) + 1, 2, 10, QLatin1Char('0'));
    const int terms = 5 + int(m_rng() % 8);
    const bool place = m_rng() % 4 == 0;
    const int placeIndex = int(m_rng() % kPlaces);
    if (m_rng() % 10 < 7) {
        s.language = QStringLiteral("zh");
        if (place)
            s.text += m_placesZh[std::size_t(placeIndex)];
        for (int i = 0; i < terms; ++i) {
            s.text += QString::fromUtf8(kZhFill[m_rng() % std::size(kZhFill)]);
            s.text += pickZipf(m_zh, m_zhDist);
            if (m_rng() % 12 == 0)
                s.text += QStringLiteral("（") + pickZipf(m_en, m_enDist) + QStringLiteral("）");
            if (m_rng() % 4 == 0)
                s.text += QStringLiteral("，");
        }
        s.text += QStringLiteral("。");
    } else {
        s.language = QStringLiteral("en");
        QStringList words;
        if (place)
            words << QStringLiteral("In") << m_placesEn[std::size_t(placeIndex)] << QStringLiteral("county,");
        for (int i = 0; i < terms; ++i) {
            words << QString::fromUtf8(kEnFill[m_rng() % std::size(kEnFill)]) << pickZipf(m_en, m_enDist);
            if (m_rng() % 15 == 0)
                words << QStringLiteral("(") + pickZipf(m_zh, m_zhDist) + QStringLiteral(")");
        }
        s.text = words.join(QLatin1Char(' ')) + QStringLiteral(".");
        s.text[0] = s.text[0].toUpper();
    }
    return s;
}

} // namespace plenum::bench

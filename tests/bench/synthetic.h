#pragma once

#include <QString>

#include <cstdint>
#include <random>
#include <vector>

namespace plenum::bench {

/// One generated statement.
struct SyntheticStatement {
    QString text;
    QString language; ///< "zh" or "en"
    QString date; ///< YYYY-MM-DD
};

/// Deterministic statements in the style of the knowledge base: Chinese (70 %, some with English
/// terms in brackets) and English (30 %), terms drawn from real governance vocabulary with
/// Zipf-like frequencies, plus rare place names so rare-term queries have a few hits.
class SyntheticCorpus {
public:
    explicit SyntheticCorpus(std::uint64_t seed = 20131112);
    SyntheticStatement next();
    /// A rare Chinese place name and a rare English one that the generator uses.
    [[nodiscard]] QString rareZh(int i) const { return m_placesZh.at(std::size_t(i)); }
    [[nodiscard]] QString rareEn(int i) const { return m_placesEn.at(std::size_t(i)); }

private:
    QString pickZipf(const std::vector<QString> &words, std::discrete_distribution<int> &dist);

    std::mt19937_64 m_rng;
    std::vector<QString> m_zh, m_en, m_placesZh, m_placesEn;
    std::discrete_distribution<int> m_zhDist, m_enDist;
};

} // namespace plenum::bench

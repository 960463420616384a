// JSON forms of the comparison results (compare.h), as the CLI prints them and the wasm ABI returns them.
#include "firsthand/compare.h"

namespace firsthand {
namespace {
double round3(double x) { return static_cast<double>(static_cast<long long>(x * 1000.0 + 0.5)) / 1000.0; }
const char* source_name(Source s) { return s == Source::A ? "a" : s == Source::B ? "b" : "neither"; }
}  // namespace

nlohmann::json to_json(const PairScores& s) {
  return {{"resemblance", round3(s.resemblance)},
          {"shingle_resemblance", round3(s.shingle_resemblance)},
          {"fact_resemblance", round3(s.fact_resemblance)},
          {"identical_a_in_b", round3(s.identical_a_in_b)},
          {"identical_b_in_a", round3(s.identical_b_in_a)},
          {"aligned_a_in_b", round3(s.aligned_a_in_b)},
          {"aligned_b_in_a", round3(s.aligned_b_in_a)},
          {"shared_quotes", round3(s.shared_quotes)},
          {"length_ratio", round3(s.length_ratio)},
          {"artefacts_a", s.artefacts_a},
          {"artefacts_b", s.artefacts_b},
          {"tortured_a", s.tortured_a ? nlohmann::json(*s.tortured_a) : nlohmann::json()},
          {"tortured_b", s.tortured_b ? nlohmann::json(*s.tortured_b) : nlohmann::json()},
          {"rarer_swaps_a", s.rarer_swaps_a},
          {"rarer_swaps_b", s.rarer_swaps_b}};
}

nlohmann::json to_json(const Alignment& alignment) {
  nlohmann::json pairs = nlohmann::json::array();
  for (const auto& p : alignment.pairs) {
    nlohmann::json subs = nlohmann::json::array();
    for (const auto& s : p.substitutions) subs.push_back({{"in_b", s.in_b}, {"in_a", s.in_a}});
    pairs.push_back({{"sentence_a", p.sentence_a},
                     {"sentence_b", p.sentence_b},
                     {"similarity", round3(p.similarity)},
                     {"identical", p.identical},
                     {"text_a", p.text_a},
                     {"text_b", p.text_b},
                     {"substitutions", subs}});
  }
  return {{"aligned_share_a", round3(alignment.aligned_share_a)},
          {"rarer_swaps_a", alignment.rarer_swaps_a},
          {"rarer_swaps_b", alignment.rarer_swaps_b},
          {"aligned_share_b", round3(alignment.aligned_share_b)},
          {"order_agreement", round3(alignment.order_agreement)},
          {"substituted_word_share", round3(alignment.substituted_word_share)},
          {"pairs", pairs}};
}

nlohmann::json to_json(const Comparison& c) {
  nlohmann::json j = {{"relation", relation_name(c.relation)},
                      {"source", source_name(c.source)},
                      {"confidence", round3(c.confidence)},
                      {"credited_source", c.credited_source},
                      {"reasons", c.reasons},
                      {"scores", to_json(c.scores)}};
  if (c.alignment) j["alignment"] = to_json(*c.alignment);
  return j;
}

}  // namespace firsthand

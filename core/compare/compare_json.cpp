// JSON forms of the comparison results (compare.h), as the CLI prints them and the wasm ABI returns them.
// Objects are filled from tables of fields: one loop instead of one nested initializer list per field keeps
// the wasm small.
#include <utility>

#include "firsthand/compare.h"

namespace firsthand {
namespace {
double round3(double x) { return static_cast<double>(static_cast<long long>(x * 1000.0 + 0.5)) / 1000.0; }
const char* source_name(Source s) { return s == Source::A ? "a" : s == Source::B ? "b" : "neither"; }

nlohmann::json rounded_fields(std::initializer_list<std::pair<const char*, double>> fields) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [name, value] : fields) j[name] = round3(value);
  return j;
}

// [{"in_a": ..., "in_b": ...}, ...]: word substitutions and aligned facts, each as the two texts write it.
template <class Item>
nlohmann::json in_a_and_b(const std::vector<Item>& items) {
  nlohmann::json out = nlohmann::json::array();
  for (const Item& item : items) {
    nlohmann::json entry = nlohmann::json::object();
    entry["in_a"] = item.in_a;
    entry["in_b"] = item.in_b;
    out.push_back(std::move(entry));
  }
  return out;
}

nlohmann::json count_or_null(const std::optional<std::uint32_t>& count) {
  return count ? nlohmann::json(*count) : nlohmann::json();
}
}  // namespace

nlohmann::json to_json(const PairScores& s) {
  nlohmann::json j = rounded_fields({{"resemblance", s.resemblance},
                                     {"shingle_resemblance", s.shingle_resemblance},
                                     {"fact_resemblance", s.fact_resemblance},
                                     {"identical_a_in_b", s.identical_a_in_b},
                                     {"identical_b_in_a", s.identical_b_in_a},
                                     {"aligned_a_in_b", s.aligned_a_in_b},
                                     {"aligned_b_in_a", s.aligned_b_in_a},
                                     {"shared_quotes", s.shared_quotes},
                                     {"length_ratio", s.length_ratio}});
  j["artefacts_a"] = s.artefacts_a;
  j["artefacts_b"] = s.artefacts_b;
  j["tortured_a"] = count_or_null(s.tortured_a);
  j["tortured_b"] = count_or_null(s.tortured_b);
  j["rarer_swaps_a"] = s.rarer_swaps_a;
  j["rarer_swaps_b"] = s.rarer_swaps_b;
  // The spin evidence a reader checks: changed sentence pairs, those changed only by words swapped in place,
  // and those swaps (spun_in_place reads them).
  j["changed_pairs"] = s.changed_pairs;
  j["swapped_pairs"] = s.swapped_pairs;
  j["in_place_swaps"] = s.in_place_swaps;
  // Each text's share of sentences the other retells in order, and the words both quote (the same-source and
  // same-event rules read them): known at text level only, null against a stored fingerprint.
  j["retold_in_order"] = s.soft_shares ? rounded_fields({{"a_in_b", s.soft_shares->a_in_b},
                                                         {"b_in_a", s.soft_shares->b_in_a}})
                                       : nlohmann::json(nullptr);
  j["quoted_run_words"] = s.quoted_run.words;
  j["facts"] = rounded_fields({{"a_in_b", s.facts.a_in_b}, {"b_in_a", s.facts.b_in_a}});
  j["facts"]["compared_a"] = s.facts.compared_a;
  j["facts"]["compared_b"] = s.facts.compared_b;
  j["facts"]["common"] = s.facts.common;
  j["facts"]["in_order"] = s.facts.in_order;
  return j;
}

nlohmann::json to_json(const Alignment& alignment) {
  nlohmann::json pairs = nlohmann::json::array();
  for (const auto& p : alignment.pairs) {
    nlohmann::json pair = nlohmann::json::object();
    pair["sentence_a"] = p.sentence_a;
    pair["sentence_b"] = p.sentence_b;
    pair["similarity"] = round3(p.similarity);
    pair["identical"] = p.identical;
    pair["text_a"] = p.text_a;
    pair["text_b"] = p.text_b;
    pair["substitutions"] = in_a_and_b(p.substitutions);
    pairs.push_back(std::move(pair));
  }
  nlohmann::json j = rounded_fields({{"aligned_share_a", alignment.aligned_share_a},
                                     {"aligned_share_b", alignment.aligned_share_b},
                                     {"order_agreement", alignment.order_agreement},
                                     {"substituted_word_share", alignment.substituted_word_share}});
  j["rarer_swaps_a"] = alignment.rarer_swaps_a;
  j["rarer_swaps_b"] = alignment.rarer_swaps_b;
  j["changed_pairs"] = alignment.changed_pairs;
  j["swapped_pairs"] = alignment.swapped_pairs;
  j["in_place_swaps"] = in_a_and_b(alignment.in_place_swaps);
  j["pairs"] = std::move(pairs);
  j["facts"] = in_a_and_b(alignment.facts);
  return j;
}

nlohmann::json to_json(const Comparison& c) {
  nlohmann::json j = nlohmann::json::object();
  j["relation"] = relation_name(c.relation);
  j["source"] = source_name(c.source);
  j["confidence"] = round3(c.confidence);
  j["credited_source"] = c.credited_source;
  j["reasons"] = c.reasons;
  j["scores"] = to_json(c.scores);
  if (c.alignment) j["alignment"] = to_json(*c.alignment);
  return j;
}

}  // namespace firsthand

// JSON form of the verdict, as the CLI prints it and the wasm ABI returns it to the popup.
#include "firsthand/verdict.h"

namespace firsthand {

nlohmann::json to_json(const LikelyOriginal& o) {
  return {{"label", o.label}, {"title", o.title}, {"site", o.site}, {"url", o.url},
          {"date", o.date},   {"known", o.known}, {"reasons", o.reasons}};
}

nlohmann::json to_json(const Verdict& v) {
  nlohmann::json related = nlohmann::json::array();
  for (const auto& r : v.related)
    related.push_back({{"label", r.label}, {"title", r.title}, {"site", r.site}, {"date", r.date},
                       {"comparison", to_json(r.comparison)}});
  return {{"kind", verdict_kind_name(v.kind)},
          {"confidence", static_cast<double>(static_cast<long long>(v.confidence * 1000 + 0.5)) / 1000},
          {"summary", v.summary},
          {"likely_original", v.likely_original ? to_json(*v.likely_original) : nlohmann::json()},
          {"reasons", v.reasons},
          {"hints", v.hints},
          {"clutter_share", static_cast<double>(static_cast<long long>(v.clutter_share * 1000 + 0.5)) / 1000},
          {"related", related}};
}

}  // namespace firsthand

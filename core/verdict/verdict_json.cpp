// JSON form of the verdict, as the CLI prints it and the wasm ABI returns it to the popup. Objects are
// filled field by field: nested initializer lists cost wasm size.
#include "firsthand/verdict.h"

namespace firsthand {
namespace {
double round3(double x) { return static_cast<double>(static_cast<long long>(x * 1000 + 0.5)) / 1000; }
}  // namespace

nlohmann::json to_json(const LikelyOriginal& o) {
  nlohmann::json j = nlohmann::json::object();
  j["label"] = o.label;
  j["title"] = o.title;
  j["site"] = o.site;
  j["url"] = o.url;
  j["date"] = o.date;
  j["known"] = o.known;
  j["reasons"] = o.reasons;
  return j;
}

nlohmann::json to_json(const Verdict& v) {
  nlohmann::json related = nlohmann::json::array();
  for (const auto& r : v.related) {
    nlohmann::json entry = nlohmann::json::object();
    entry["label"] = r.label;
    entry["title"] = r.title;
    entry["site"] = r.site;
    entry["url"] = r.url;
    entry["date"] = r.date;
    entry["comparison"] = to_json(r.comparison);
    if (!r.paragraphs.empty()) entry["paragraphs"] = r.paragraphs;
    related.push_back(std::move(entry));
  }
  nlohmann::json j = nlohmann::json::object();
  j["kind"] = verdict_kind_name(v.kind);
  j["confidence"] = round3(v.confidence);
  j["summary"] = v.summary;
  j["likely_original"] = v.likely_original ? to_json(*v.likely_original) : nlohmann::json();
  j["reasons"] = v.reasons;
  j["hints"] = v.hints;
  j["clutter_share"] = round3(v.clutter_share);
  j["related"] = std::move(related);
  j["to_compare"] = v.to_compare;
  return j;
}

}  // namespace firsthand

// Relation names as they appear in JSON, fixtures and ../shared/seeds/expected.json.
#include "firsthand/compare.h"

namespace firsthand {
namespace {
constexpr std::pair<Relation, const char*> kNames[] = {
    {Relation::VerbatimCopy, "verbatim_copy"}, {Relation::Syndicated, "syndicated"},
    {Relation::SpunCopy, "spun_copy"},         {Relation::Rewrite, "rewrite"},
    {Relation::SameSource, "same_source"},     {Relation::Translation, "translation"},
    {Relation::IndependentSameEvent, "independent_same_event"},
    {Relation::Unrelated, "unrelated"}};
}  // namespace

const char* relation_name(Relation relation) {
  for (const auto& [r, name] : kNames)
    if (r == relation) return name;
  return "unrelated";
}

std::optional<Relation> relation_from_name(std::string_view name) {
  for (const auto& [r, n] : kNames)
    if (name == n) return r;
  return std::nullopt;
}

}  // namespace firsthand

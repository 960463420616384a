// The words of a comparison's reasons (compare_reasons.h). Every sentence starts with a capital whatever
// name opens it, says "none" rather than "0%", and agrees in number with its count. Sentences are joined
// from parts by one function (a chain of std::string additions per sentence costs wasm size).
#include "compare_reasons.h"

#include <cmath>
#include <initializer_list>
#include <string_view>

namespace firsthand::reasons {
namespace {

// The parts joined, with the first letter capitalised.
std::string sentence(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out += p;
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

int rounded_percent(double share) { return static_cast<int>(std::lround(share * 100)); }

std::string percent(double share) {
  if (share > 0 && rounded_percent(share) == 0) return "under 1%";
  return std::to_string(rounded_percent(share)) + "%";
}

// "A's sentences", "this page's sentences", but "the sentences of "Title" (Site)": a possessive after a
// closing quote or parenthesis does not read.
std::string parts_of(std::string_view name, std::string_view parts) {
  if (!name.empty() && (name.back() == '"' || name.back() == ')'))
    return std::string("the ").append(parts).append(" of ").append(name);
  return std::string(name).append("'s ").append(parts);
}

std::string sentences_of(std::string_view name) { return parts_of(name, "sentences"); }

std::string counted(long n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string spin_description(const SpinSigns& spin) {
  std::string out;
  const auto add = [&out](const std::string& part) { out += (out.empty() ? "" : "; ") + part; };
  if (spin.artefacts_per_100)
    add(counted(*spin.artefacts_per_100, "translation artefact", "translation artefacts") + " per 100 sentences");
  if (spin.tortured_per_100)
    add(counted(*spin.tortured_per_100, "tortured phrase", "tortured phrases") + " per 100 sentences");
  if (spin.rarer_swaps)
    add("its words are the rarer in " + std::to_string(spin.rarer_swaps->first) + " of " +
        counted(spin.rarer_swaps->second, "word swap", "word swaps"));
  return out;
}

}  // namespace

std::string unchanged(const Names& n, double identical_share) {
  return sentence({percent(identical_share), " of ", sentences_of(n.copy), " appear unchanged in ", n.other, "."});
}

std::string reworded(const Names& n, double aligned_share, double identical_share) {
  return sentence({percent(aligned_share), " of ", sentences_of(n.copy), " reword sentences of ", n.other,
                   identical_share == 0 ? "; none is unchanged." : ", but only ",
                   identical_share == 0 ? "" : percent(identical_share), identical_share == 0 ? "" : " are unchanged."});
}

std::string shared_phrases(const Names& n, double phrase_share) {
  return sentence({percent(phrase_share), " of ", parts_of(n.copy, "three-word phrases"), " appear in ", n.other,
                   "; the sentences repeat too few distinct words to be paired one by one."});
}

std::string credits(const Names& n, const std::string& credit, const std::string& evidence) {
  return sentence({n.copy, " credits ", credit, evidence.empty() ? "" : " (\"", evidence, evidence.empty() ? "" : "\")",
                   "."});
}

std::string uncredited(const Names& n) { return sentence({n.copy, " names no source for the copied text."}); }

std::string same_facts_swapped_words(const Names& n, double fact_share) {
  return sentence({n.copy, " is about as long as ", n.other, " and keeps ", percent(fact_share),
                   " of its names and numbers in the same order, but the wording differs: words were swapped."});
}

std::string as_long(double length_ratio) {
  return sentence({"Both texts are about as long (the shorter has ", percent(length_ratio),
                   " of the longer's words): the same text with its words swapped."});
}

std::string shorter(const Names& n, double length_ratio) {
  return sentence(
      {n.copy, " is shorter (", percent(length_ratio), " as long as ", n.other, ") and follows its facts in order."});
}

std::string paraphrased(const Names& n, double length_ratio) {
  return sentence({n.copy, " is about as long as ", n.other, " (the shorter has ", percent(length_ratio),
                   " of the longer's words) and rewords it sentence by sentence, with no sign of a spinner: a paraphrase."});
}

std::string spin_shown(const Names& n, const SpinSigns& copy_spin) {
  return sentence({n.copy, " reads as machine-spun: ", spin_description(copy_spin), "."});
}

std::string swapped_in_place(const Names& n, std::uint32_t swapped_pairs, std::uint32_t changed_pairs,
                             std::uint32_t swaps) {
  return sentence({std::to_string(swapped_pairs), " of the ",
                   counted(changed_pairs, "changed sentence", "changed sentences"), " of ", n.copy, " are ", sentences_of(n.other), " with single words swapped in place (",
                   counted(swaps, "word", "words"), "), a spinner's synonyms."});
}

std::string swap_examples(const std::vector<std::pair<std::string_view, std::string_view>>& other_to_copy) {
  std::string list;
  for (const auto& [from, to] : other_to_copy)
    list.append(list.empty() ? "" : ", ").append(from).append(" -> ").append(to);
  return sentence({"Words swapped: ", list, "."});
}

std::string both_credit(const Names& n, const std::string& credit) {
  return sentence({n.copy, " and ", n.other, " both credit ", credit, ": each copies the story by ", credit,
                   ", not the other."});
}

std::string kept_credit(const Names& n, const std::string& credit) {
  return sentence({n.copy, " keeps the credit to ", credit, " that ", n.other,
                   " carries too: it says where ", n.other, "'s text came from, and ", n.copy,
                   " names no source of its own."});
}

std::string credited_beside_spun(const Names& n, const std::string& credit, const SpinSigns& other_spin) {
  return sentence({n.copy, " credits ", credit, " and ", n.other, " is machine-spun (", spin_description(other_spin),
                   "): both derive from the story by ", credit, ", not from each other."});
}

std::string credited_before_other(const Names& n, const std::string& credit) {
  return sentence({n.copy, " credits ", credit, "; ", n.other,
                   " is dated later and cannot be its source: both derive from the story by ", credit, "."});
}

std::string spun_holds_more(const Names& n, const SpinSigns& copy_spin) {
  return sentence({n.copy, " is machine-spun (", spin_description(copy_spin), ") and ", n.other,
                   " does not repeat its spin, yet ", n.copy, " holds text that ", n.other,
                   " lacks: both derive from one original."});
}

std::string source_dated_later(const Names& n, const SpinSigns& copy_spin) {
  return sentence({n.copy, " reads as a spun version of the text of ", n.other, " (", spin_description(copy_spin),
                   "), yet ", n.other, " is dated later: both derive from an earlier original."});
}

std::string differing_cuts(const Names& n, double copy_own_share, double other_own_share) {
  return sentence({"Each keeps passages the other lacks (", percent(copy_own_share), " of ", sentences_of(n.copy),
                   " and ", percent(other_own_share), " of ", sentences_of(n.other),
                   " are not in the other): both were cut from one longer original."});
}

std::string separate_reporting(const SideNames& names, bool shares_facts, double shared_quotes, double most_aligned) {
  const long quotes = std::lround(std::floor(shared_quotes));
  std::string shared;
  if (shares_facts) shared = quotes > 0 ? "names, numbers and " : "names and numbers";
  if (quotes == 1) shared += "a quote";
  else if (quotes > 1) shared += std::to_string(quotes) + " quotes";
  if (shared.empty()) shared = "a few similar sentences";
  return sentence({names.a, " and ", names.b, " share ", shared, ", but ",
                   most_aligned > 0 ? "at most " + percent(most_aligned) +
                                          " of either text's sentences have a counterpart in the other"
                                    : "no sentence of either has a counterpart in the other",
                   ": separate reporting on the same event."});
}

std::string retold_in_order(const SideNames& names, double soft_in_order) {
  return sentence({"At least ", percent(soft_in_order), " of the sentences of each of ", names.a, " and ", names.b,
                   " say what one of the other says in other words, in the same order, but they share few names "
                   "and numbers: separate reporting on the same event."});
}

std::string retold_in_part(const SideNames& names, double fuller_share) {
  return sentence({"Neither of ", names.a, " and ", names.b, " retells the other whole: at most ", percent(fuller_share),
                   " of either's sentences say what one of the other says, in the same order, where a rewrite as "
                   "long as its source retells nearly all of them."});
}

std::string quoted_run(const SideNames& names, const std::string& words) {
  return sentence({names.a, " and ", names.b, " both quote the words \u201c", words,
                   "\u201d, each cutting the quote its own way: one speaker quoted by two reports."});
}

std::string digest_retold(const Names& n, double retold_share, double kept_share) {
  return sentence({percent(retold_share), " of the sentences of ", n.copy, " each say what a sentence of ", n.other,
                   " says, in ", n.other, "'s order, and ", percent(kept_share), " of its names and numbers are in ",
                   n.other, ": a digest that retells it."});
}

std::string few_retold(const Names& n, double soft_in_order, const FactCounts& f) {
  return sentence({"As few as ", percent(soft_in_order), " of the sentences of ", n.copy, " or ", n.other,
                   " retell one of the other's in order, and each has names and numbers the other lacks (",
                   std::to_string(f.copy_only), " only in ", n.copy, ", ", std::to_string(f.other_only), " only in ",
                   n.other, "): two reports of one event, where a paraphrase retells its source sentence by sentence."});
}

std::string follows_facts(const Names& n, double kept_share, double in_order_share) {
  return sentence({percent(kept_share), " of ", parts_of(n.copy, "names and numbers"), " are in ", n.other, ", ",
                   percent(in_order_share), " of them in the same order: it follows that text's facts and adds few of its own."});
}

std::string facts_kept_apart(const Names& n, const FactCounts& f, bool one_order) {
  return sentence({"Each has names and numbers the other lacks (", std::to_string(f.copy_only), " only in ", n.copy,
                   ", ", std::to_string(f.other_only), " only in ", n.other, "); ", std::to_string(f.in_order), " of ",
                   counted(f.shared, "shared one", "shared ones"), " in one order in both: ",
                   one_order ? "both follow one original, neither contains the other."
                             : "another order, as a separate report tells it; a rewrite keeps its source's."});
}

std::string passage_not_followed(std::string_view side, std::string_view other, std::uint32_t run, std::uint32_t of) {
  return sentence({std::to_string(run), " of the ", std::to_string(of), " names and numbers of ", side,
                   " come in a row with none of the shared ones among them: a passage ", other,
                   " does not follow, where a rewrite follows its source's facts all along."});
}

std::string translated(const Names& n, double kept_share, double in_order_share) {
  return sentence({n.copy, " and ", n.other, " are in different languages, yet ", percent(kept_share), " of ",
                   parts_of(n.copy, "names and numbers"), " are in ", n.other, ", ", percent(in_order_share),
                   " of them in the same order: a translation."});
}

std::string aligned_facts(const std::vector<AlignedFact>& facts) {
  constexpr std::size_t kShown = 12;
  std::string list;
  for (std::size_t i = 0; i < facts.size() && i < kShown; ++i) list += (i ? ", " : "") + facts[i].in_a;
  if (facts.size() > kShown) list += ", ...";
  return sentence({"Facts both give in the same order (", counted(static_cast<long>(facts.size()), "fact", "facts"),
                   "): ", list, "."});
}

}  // namespace firsthand::reasons

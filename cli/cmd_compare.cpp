// `firsthand compare A B [--json] [--fingerprints]`: the relation of page A to page B, with scores and the
// aligned passages. --fingerprints compares the stored (compact) fingerprint of B instead of its text, as
// the extension does with history and packs.
#include <iostream>

#include "command.h"
#include "firsthand/compare.h"
#include "page_input.h"

namespace firsthand::cli {
namespace {

int run_compare(const Args& input);

const Command kCompare{"compare", "compare A B [--json] [--fingerprints]",
                       "how page A relates to page B (verbatim, syndicated, spun, rewrite, same source, independent)",
                       "  A, B            HTML or plain-text files (detected), or - for standard input (one of them)\n"
                       "  --json          scores, reasons and aligned passages as JSON\n"
                       "  --fingerprints  compare A with B's stored fingerprint only, as the extension does with\n"
                       "                  history and packs, instead of with B's text\n",
                       run_compare};

void print_text(const Comparison& c) {
  const char* source = c.source == Source::A ? "A" : c.source == Source::B ? "B" : "neither";
  std::cout << relation_name(c.relation) << " (confidence " << c.confidence << ", likely original: " << source << ")\n";
  for (const auto& r : c.reasons) std::cout << "  - " << r << "\n";
  const auto& s = c.scores;
  std::cout << "  sentences: identical " << s.identical_a_in_b << " of A in B, " << s.identical_b_in_a
            << " of B in A; reworded " << s.aligned_a_in_b << " / " << s.aligned_b_in_a << "; resemblance "
            << s.resemblance << "\n";
  if (!c.alignment) return;
  std::cout << "  aligned passages (" << c.alignment->pairs.size() << "):\n";
  for (const auto& p : c.alignment->pairs) {
    std::cout << "    A" << p.sentence_a << " ~ B" << p.sentence_b << (p.identical ? " (identical)" : "") << "\n";
    for (const auto& sub : p.substitutions) std::cout << "      '" << sub.in_b << "' -> '" << sub.in_a << "'\n";
  }
}

int run_compare(const Args& input) {
  Args args = input;
  const bool json = take_flag(args, "--json");
  const bool fingerprints_only = take_flag(args, "--fingerprints");
  if (args.size() != 2) return usage_error(kCompare, "expected two pages, A and B");
  auto a = load_article(args[0]);
  auto b = load_article(args[1]);
  for (const auto* r : {&a, &b})
    if (!*r) {
      std::cerr << "firsthand compare: " << r->error() << "\n";
      return 1;
    }
  Comparison c;
  if (fingerprints_only) {
    std::string stored;
    serialize(fingerprint(b.value()), stored);
    const auto fp_b = deserialize(stored);
    const Fingerprint fp_a = fingerprint(a.value());
    c = compare(ComparedSide{fp_a, a->meta}, ComparedSide{fp_b.value(), b->meta});
  } else {
    c = compare(a.value(), b.value());
  }
  if (json)
    std::cout << to_json(c).dump(2) << "\n";
  else
    print_text(c);
  return 0;
}

}  // namespace

FIRSTHAND_COMMAND(kCompare);

}  // namespace firsthand::cli

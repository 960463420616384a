// `firsthand check PAGE [--corpus DIR] [--pack FILE] [--json]`: the page's verdict against the known articles. Each
// candidate source (the corpus folder, a pack's index candidates) appends to one list.
#include <iomanip>
#include <iostream>

#include "command.h"
#include "firsthand/verdict.h"
#include "known_articles.h"
#include "pack_candidates.h"
#include "page_input.h"

namespace firsthand::cli {
namespace {

int run_check(const Args& input);

const Command kCheck{"check", "check PAGE [--corpus DIR] [--pack FILE] [--json] [--url URL]",
                     "the page's verdict: original, syndicated, copy, spun, rewrite or independent, with reasons",
                     "  PAGE          an HTML or plain-text file (detected), or - for standard input\n"
                     "  --corpus DIR  the known articles: every HTML and text file in DIR\n"
                     "  --pack FILE   the known articles: a fingerprint pack (firsthand pack build)\n"
                     "  --json        the verdict as the extension receives it\n"
                     "  --url URL     the page's address, when the file does not name it\n"
                     "  At least one of --corpus and --pack is needed; both may be given.\n",
                     run_check};

void print_text(const std::string& page, const Verdict& v) {
  std::cout << page << ": " << verdict_kind_name(v.kind) << " (confidence " << std::setprecision(2) << v.confidence
            << ")\n  " << v.summary << "\n";
  if (v.likely_original) {
    const auto& o = *v.likely_original;
    std::cout << "  Likely original: " << (o.label.empty() ? o.site : o.label);
    if (!o.title.empty()) std::cout << " - \"" << o.title << "\"";
    if (!o.site.empty() && !o.label.empty()) std::cout << " (" << o.site << ")";
    if (!o.date.empty()) std::cout << ", " << o.date;
    std::cout << "\n";
    for (const auto& r : o.reasons) std::cout << "    - " << r << "\n";
  }
  if (!v.reasons.empty()) std::cout << "  Why:\n";
  for (const auto& r : v.reasons) std::cout << "    - " << r << "\n";
  if (!v.hints.empty()) std::cout << "  Hints:\n";
  for (const auto& h : v.hints) std::cout << "    - " << h << "\n";
  if (!v.related.empty()) std::cout << "  Related:\n";
  for (const auto& r : v.related)
    std::cout << "    " << r.label << ": " << relation_name(r.comparison.relation) << "\n";
}

int run_check(const Args& input) {
  Args args = input;
  const bool json = take_flag(args, "--json");
  std::string corpus, pack, url;
  const bool has_corpus = take_option(args, "--corpus", corpus);
  const bool has_pack = take_option(args, "--pack", pack);
  take_option(args, "--url", url);
  if (args.size() != 1) return usage_error(kCheck, "expected one PAGE");
  if (!has_corpus && !has_pack) return usage_error(kCheck, "give the known articles with --corpus DIR or --pack FILE");
  auto page = load_article(args[0], url);
  if (!page) {
    std::cerr << "firsthand check: " << page.error() << "\n";
    return 1;
  }
  std::vector<KnownArticle> known;
  auto from_corpus = has_corpus ? load_corpus(corpus, args[0]) : std::vector<KnownArticle>{};
  auto from_pack = has_pack ? pack_candidates(pack, page.value()) : std::vector<KnownArticle>{};
  for (auto* source : {&from_corpus, &from_pack}) {
    if (!*source) {
      std::cerr << "firsthand check: " << source->error() << "\n";
      return 1;
    }
    for (auto& k : source->value()) known.push_back(std::move(k));
  }
  const Verdict verdict = judge(page.value(), known);
  if (json)
    std::cout << to_json(verdict).dump(2) << "\n";
  else
    print_text(args[0], verdict);
  return 0;
}

}  // namespace

FIRSTHAND_COMMAND(kCheck);

}  // namespace firsthand::cli

// `firsthand copies`: makes copies of real pages at test time (copy_maker.h: verbatim in clutter, first half,
// injected lines, hard-wrapped, credited, synonym-spun; one kind a page, picked by a hash of its name and the
// seed), judges each against its real original with `compare`, and prints per kind and half how many got the
// right relation and the right direction (the original as the source). It writes the copies, a session list
// file and their labels into the output folder, for `firsthand session` to read them beside the real pages.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "command.h"
#include "copy_maker.h"
#include "firsthand/extract.h"
#include "firsthand/page/url_host.h"
#include "firsthand/verdict/article_page.h"
#include "page_input.h"
#include "session_labels.h"
#include "session_pages.h"

namespace firsthand::cli {
namespace {
namespace fs = std::filesystem;

int run_copies(const Args& input);

const Command kCopies{
    "copies",
    "copies --out DIR [--list FILE]... [--labels FILE] [--seed N] [--wordnet DIR] [INPUT...]",
    "makes copies of real pages (clutter, first half, injected lines, hard-wrapped, credited, spun) and judges each "
    "against its original",
    "  INPUT          an HTML or text page, or a folder of them: the originals\n"
    "  --list FILE    originals, one per line: PATH, or PATH<TAB>URL (as `firsthand session` reads them)\n"
    "  --labels FILE  pages already related to others (bench/sessions/related-pages.tsv) are not copied\n"
    "  --out DIR      where the copies go, with copies.list and copies-labels.tsv for `firsthand session`, and\n"
    "                 bodies/KIND/NAME.txt: the text each copy holds, for scoring extraction\n"
    "  --seed N       picks each page's kind of copy and the spun words (default 1)\n"
    "  --wordnet DIR  WordNet's database, for the spun copies (default /usr/share/wordnet, Debian's\n"
    "                 wordnet-base); without it no spun copies are made\n",
    run_copies};

struct Tally {
  std::size_t copies = 0, relation_right = 0, direction_right = 0;
};

struct Original {
  const SessionPage* page;
  Article article;
  // A credit the page gives that names the page itself ("(AP) —" on AP's own site), dropped there as a
  // self-credit; a copy on another site keeps it, and there it truly names where the text came from.
  std::string own_credit;
};

std::string share(std::size_t n, std::size_t of) {
  char text[48];
  std::snprintf(text, sizeof text, "%zu/%zu %.3f", n, of, of ? static_cast<double>(n) / of : 0.0);
  return text;
}

// The verdict kind that a copy of this relation should get when judged against its original.
const char* expected_kind(Relation r) {
  return r == Relation::Syndicated ? "syndicated" : r == Relation::SpunCopy ? "spun_copy" : "verbatim_copy";
}

// The name in the original's address ("reuters" in https://www.reuters.com/...), which a copy of a wire's own
// story credits by keeping the wire's dateline ("(Reuters) -").
std::string site_label(std::string_view url) {
  const std::string_view host = url_host(url);
  return std::string(host.substr(0, host.find('.')));
}

struct Skipped {
  std::size_t labelled = 0, not_article = 0, undated = 0, no_copy = 0;
};

std::optional<Original> load_original(const SessionPage& page, const SessionLabels& labels, Skipped& skipped) {
  if (labels.labelled(page.name)) {  // already in a family: its copies would have unlabelled siblings
    ++skipped.labelled;
    return std::nullopt;
  }
  auto loaded_page = load_page(page.path, page.url);
  const bool loaded = static_cast<bool>(loaded_page);
  Article article = loaded ? extract(loaded_page.value()) : Article{};
  // As `firsthand session` does: the page's address stands for its canonical URL.
  if (article.meta.canonical_url.empty()) article.meta.canonical_url = page.url.empty() ? "session:" + page.name : page.url;
  if (!loaded || !check_article_page(article).article) {
    ++skipped.not_article;
    return std::nullopt;
  }
  // A copy of an undated page cannot be dated after it: identical texts without dates have no direction.
  if (article.meta.date.empty()) {
    ++skipped.undated;
    return std::nullopt;
  }
  // The credits as extract() finds them, before it drops the ones naming the page's own site or author.
  Metadata credited = extract_metadata(loaded_page.value());
  find_credits_in_body(article.paragraphs, credited);
  std::string own_credit = article.meta.credit.empty() ? credited.credit : "";
  return Original{&page, std::move(article), std::move(own_credit)};
}

// The page's kind, or the next kind that this page can give.
std::optional<MadeCopy> copy_of(const Original& o, const Synonyms* synonyms, std::uint64_t seed, CopyKind& kind) {
  const std::size_t first = stable_hash(o.page->name, seed) % std::size(kCopyKinds);
  for (std::size_t i = 0; i < std::size(kCopyKinds); ++i) {
    kind = kCopyKinds[(first + i) % std::size(kCopyKinds)];
    if (auto copy = make_copy(kind, OriginalPage{&o.article, o.page->name, o.page->url}, synonyms, seed)) return copy;
  }
  return std::nullopt;
}

int run_copies(const Args& input) {
  Args args = input;
  std::vector<std::string> lists;
  for (std::string list; take_option(args, "--list", list);) lists.push_back(list);
  std::string labels_path, out_dir, seed_text = "1", wordnet = "/usr/share/wordnet";
  take_option(args, "--labels", labels_path);
  if (!take_option(args, "--out", out_dir)) return usage_error(kCopies, "give the output folder with --out DIR");
  take_option(args, "--seed", seed_text);
  take_option(args, "--wordnet", wordnet);
  for (const auto& a : args)
    if (a.starts_with("--")) return usage_error(kCopies, "unknown option " + a);
  char* seed_end = nullptr;
  const std::uint64_t seed = std::strtoull(seed_text.c_str(), &seed_end, 10);
  if (seed_text.empty() || !std::isdigit(static_cast<unsigned char>(seed_text[0])) || *seed_end != '\0')
    return usage_error(kCopies, "--seed takes a whole number, not '" + seed_text + "'");
  auto pages = gather_session_pages(args, lists);
  if (!pages) {
    std::cerr << "firsthand copies: " << pages.error() << "\n";
    return 1;
  }
  auto loaded_labels = SessionLabels::load_if_given(labels_path);
  if (!loaded_labels) {
    std::cerr << "firsthand copies: " << loaded_labels.error() << "\n";
    return 1;
  }
  const SessionLabels& labels = loaded_labels.value();
  auto synonyms = Synonyms::load(wordnet);
  if (!synonyms) std::cout << "no spun copies: " << synonyms.error() << "\n";
  const Synonyms* spin_words = synonyms ? &synonyms.value() : nullptr;

  std::error_code ec;
  fs::create_directories(out_dir, ec);
  std::ofstream list(fs::path(out_dir) / "copies.list"), label_file(fs::path(out_dir) / "copies-labels.tsv");
  if (ec || !list || !label_file) {
    std::cerr << "firsthand copies: cannot write into " << out_dir << "\n";
    return 1;
  }
  label_file << "# Copies made by `firsthand copies` (seed " << seed << "), each against its original.\n";
  std::map<std::pair<CopyKind, bool>, Tally> tallies;  // (kind, validation half)
  std::cout << "copies judged wrong (relation or direction):\n";
  Skipped skipped;
  for (const SessionPage& page : pages.value()) {
    const auto original = load_original(page, labels, skipped);
    if (!original) continue;
    CopyKind kind{};
    const auto copy = copy_of(*original, spin_words, seed, kind);
    if (!copy) {
      ++skipped.no_copy;
      continue;
    }
    const fs::path path = fs::absolute(fs::path(out_dir) / copy->file_name);
    fs::create_directories(path.parent_path(), ec);
    std::ofstream(path, std::ios::binary) << copy->content;
    const fs::path body = fs::path(out_dir) / "bodies" / (copy->file_name + ".txt");
    fs::create_directories(body.parent_path(), ec);
    std::ofstream(body, std::ios::binary) << copy->body;
    const std::string copy_name = path.parent_path().filename().string() + "/" + path.filename().string();
    list << path.string() << "\t" << copy->url << "\t" << page.name << "\n";
    label_file << copy_name << "\tcopy-of:" << page.name << "\t" << expected_kind(copy->expected) << "\n";
    // A copy that credits its original's publisher names its source: the credited copies do, by name or host.
    for (const std::string& site : {publisher_of(OriginalPage{&original->article, page.name, page.url}),
                                    site_label(original->article.meta.canonical_url), original->own_credit})
      if (!site.empty()) label_file << copy_name << "\tcredit:" << site << "\n";

    Tally& t = tallies[{kind, page.validation}];
    ++t.copies;
    auto judged = load_article(path.string(), copy->url);
    const Comparison c = judged ? compare(judged.value(), original->article) : Comparison{};
    const bool relation_right = judged && c.relation == copy->expected;
    const bool direction_right = judged && c.source == Source::B;
    t.relation_right += relation_right;
    t.direction_right += direction_right;
    if (!relation_right || !direction_right)
      std::cout << "  " << copy_name << (page.validation ? " [val]" : " [dev]") << ": " << relation_name(c.relation)
                << " (expected " << relation_name(copy->expected) << "), source "
                << (c.source == Source::B ? "original" : c.source == Source::A ? "COPY" : "neither") << " - "
                << (c.reasons.empty() ? (judged ? "" : judged.error()) : c.reasons.front()) << "\n";
  }
  std::cout << "pages not copied: " << skipped.labelled << " already labelled related, " << skipped.not_article
            << " not articles, " << skipped.undated << " undated, " << skipped.no_copy << " giving no copy\n";
  std::cout << "per kind (development half | validation half): copies, relation right, direction right\n";
  for (const CopyKind kind : kCopyKinds) {
    const Tally& d = tallies[{kind, false}];
    const Tally& v = tallies[{kind, true}];
    std::cout << "kind " << copy_kind_name(kind) << ": dev " << d.copies << " relation " << share(d.relation_right, d.copies)
              << " direction " << share(d.direction_right, d.copies) << " | val " << v.copies << " relation "
              << share(v.relation_right, v.copies) << " direction " << share(v.direction_right, v.copies) << "\n";
  }
  return 0;
}

}  // namespace

FIRSTHAND_COMMAND(kCopies);

}  // namespace firsthand::cli

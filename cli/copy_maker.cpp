// Making each kind of copy from a real page's extracted text (copy_maker.h).
#include "copy_maker.h"

#include <cctype>
#include <chrono>
#include <cstdio>

#include "copy_template.h"
#include "firsthand/page/url_host.h"
#include "session_pages.h"

namespace firsthand::cli {
namespace {

constexpr std::size_t kWrapColumns = 70;
constexpr std::size_t kMinParagraphsToHalve = 4;
constexpr int kDaysLater = 3;
constexpr unsigned kSpinPercent = 70;  // of the words WordNet has a synonym for: a spinner swaps most of them
// A copy is labelled spun only when the swaps show: this many words at the least, and one for each this many
// paragraphs. A page with few English words WordNet knows comes out (nearly) verbatim, which is no test of
// spin; such a page gives its next kind of copy instead.
constexpr std::size_t kFewestVisibleSwaps = 3;
constexpr std::size_t kParagraphsPerSwap = 10;

std::optional<std::string> later_date(const std::string& iso) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(iso.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!date.ok()) return std::nullopt;
  const std::chrono::year_month_day later{std::chrono::sys_days{date} + std::chrono::days{kDaysLater}};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(later.year()), static_cast<unsigned>(later.month()),
                static_cast<unsigned>(later.day()));
  return out;
}

std::string paragraph_html(const std::string& text) { return "<p>" + escape_html(text) + "</p>"; }

// WordNet lists lemmas: a plural or third-person "-s" is taken off and put back on the synonym.
std::string synonym_of(const std::string& word, const Synonyms& synonyms) {
  if (const std::string* s = synonyms.of(word)) return *s;
  if (word.back() != 's') return "";
  const std::string* s = synonyms.of(word.substr(0, word.size() - 1));
  return s ? *s + "s" : "";
}

// A byline fit to sign a credit: a few words of a name, not the date and slashes some pages put beside it.
bool is_clean_byline(const std::string& byline) {
  if (byline.empty() || byline.size() > 60) return false;
  for (char c : byline)
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '/' || c == '|') return false;
  return true;
}

// Each lower-case word WordNet has a synonym for is swapped with a fixed chance, decided by the word's place;
// `swaps` counts the words swapped.
std::string spun(const std::string& text, const Synonyms& synonyms, std::uint64_t hash, std::size_t& swaps) {
  std::string out;
  std::size_t i = 0, word_index = 0;
  while (i < text.size()) {
    std::size_t j = i;
    while (j < text.size() && text[j] >= 'a' && text[j] <= 'z') ++j;
    if (j == i) {
      out += text[i++];
      continue;
    }
    const bool whole_word = (i == 0 || !std::isalpha(static_cast<unsigned char>(text[i - 1]))) &&
                            (j == text.size() || !std::isalpha(static_cast<unsigned char>(text[j])));
    const std::string word = text.substr(i, j - i);
    const std::string swap = whole_word && word.size() >= 4 ? synonym_of(word, synonyms) : "";
    const bool swapped = !swap.empty() && stable_hash(std::to_string(word_index++), hash) % 100 < kSpinPercent;
    out += swapped ? swap : word;
    swaps += swapped;
    i = j;
  }
  return out;
}

std::string flat_name(std::string name) {
  for (char& c : name)
    if (c == '/') c = '_';
  return name;
}

}  // namespace

std::string publisher_of(const OriginalPage& original) {
  if (!original.article->meta.site_name.empty()) return original.article->meta.site_name;
  return std::string(url_host(original.url.empty() ? original.article->meta.canonical_url : original.url));
}

const char* copy_kind_name(CopyKind kind) {
  switch (kind) {
    case CopyKind::Clutter: return "clutter";
    case CopyKind::FirstHalf: return "first-half";
    case CopyKind::Injected: return "injected-lines";
    case CopyKind::HardWrapped: return "hard-wrapped";
    case CopyKind::CreditByline: return "credit-byline";
    case CopyKind::CreditNote: return "credit-note";
    case CopyKind::Spun: return "synonym-spin";
  }
  return "?";
}

std::optional<MadeCopy> make_copy(CopyKind kind, const OriginalPage& original, const Synonyms* synonyms,
                                  std::uint64_t seed) {
  const Article& a = *original.article;
  const std::uint64_t hash = stable_hash(original.name, seed);
  const CopySite& site = copy_site(hash);
  MadeCopy copy;
  const std::string flat = flat_name(original.name);
  const std::string stem = flat.substr(0, flat.rfind('.'));
  copy.file_name = std::string(copy_kind_name(kind)) + "/" + stem + (kind == CopyKind::HardWrapped ? ".txt" : ".html");
  copy.url = "https://" + site.host + "/" + copy_kind_name(kind) + "/" + std::to_string(hash % 100000) + ".html";
  copy.expected = Relation::VerbatimCopy;
  const auto date = later_date(a.meta.date);
  if (!date) return std::nullopt;
  CopyPage page{a.meta.title, *date, a.meta.language, {}, "", false, hash};
  std::vector<std::string> paragraphs = a.paragraphs;
  const auto body_of = [&paragraphs] {
    std::string body;
    for (const auto& p : paragraphs) body += (body.empty() ? "" : "\n\n") + p;
    return body;
  };
  switch (kind) {
    case CopyKind::Clutter: page.heavy_clutter = true; break;
    case CopyKind::FirstHalf:
      if (paragraphs.size() < kMinParagraphsToHalve) return std::nullopt;
      paragraphs.resize((paragraphs.size() + 1) / 2);
      break;
    case CopyKind::HardWrapped:
      copy.content = render_text(a.meta.title, page.date, paragraphs, kWrapColumns);
      copy.body = body_of();
      return copy;
    case CopyKind::CreditByline:
    case CopyKind::CreditNote: {
      const std::string publisher = publisher_of(original);
      if (publisher.empty()) return std::nullopt;
      copy.expected = Relation::Syndicated;
      const std::string author = is_clean_byline(a.meta.byline) ? a.meta.byline : "Staff Reporter";
      page.credit_html = "<p class=\"credit\">" +
                         escape_html(kind == CopyKind::CreditByline
                                         ? "By " + author + ", " + publisher
                                         : "This article originally appeared on " + publisher + ".") +
                         "</p>\n";
      break;
    }
    case CopyKind::Spun:
      if (!synonyms || !a.meta.language.starts_with("en")) return std::nullopt;  // WordNet's synonyms are English
      copy.expected = Relation::SpunCopy;
    {
      std::size_t swaps = 0;
      for (std::size_t i = 0; i < paragraphs.size(); ++i) paragraphs[i] = spun(paragraphs[i], *synonyms, hash + i, swaps);
      if (swaps < kFewestVisibleSwaps || swaps * kParagraphsPerSwap < paragraphs.size()) return std::nullopt;
      break;
    }
    case CopyKind::Injected: break;
  }
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    page.body_html.push_back(paragraph_html(paragraphs[i]));
    if (kind != CopyKind::Injected || i + 1 == paragraphs.size()) continue;
    page.body_html.push_back(i % 2 == 0 ? "<p><strong>Read more:</strong> <a href=\"/story/" + std::to_string(i) +
                                              "\">" + invented_headline(hash + i) + "</a></p>"
                                        : std::string("<p>Advertisement</p>"));
  }
  copy.content = render_html(page, site, copy.url);
  copy.body = body_of();
  return copy;
}

}  // namespace firsthand::cli

// The sentences each site repeats on its pages (the about-the-company paragraph of its press releases, contact
// lines, a newsletter plea, a disclaimer): per site, on how many of the pages read a sentence stood. Two pages
// that share only such sentences share their site's template, not a text: the verdict aligns no passage on
// them. Kept by the reading history beside its index and saved with it (the history pack's site-sentences
// section); hashes only, no text.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "firsthand/fingerprint/normalize.h"

namespace firsthand {

// Where a text's issuer boilerplate starts: the press release's "About NAME" section at its end (the company
// paragraph, then contacts and disclaimers), which every release of that issuer repeats, whoever republishes
// it. The heading is "About" and one to four words, followed by the same words (the paragraph describing the
// issuer opens with its name: "About Acme Corp. Acme Corp. is ..."), in the text's second half. The sentence
// index where it starts, or the sentence count when the text has none.
std::uint32_t boilerplate_start(const TokenizedText& text);

class StandingText {
 public:
  // A sentence on this many pages of one site is the site's standing text.
  static constexpr std::uint32_t kPagesOfSite = 2;
  // Entries kept; beyond it the sentences seen on the fewest pages are forgotten first (one-page sentences,
  // nearly all of them), so the standing ones stay: 8 bytes an entry, 256 KB at most.
  static constexpr std::size_t kMaxEntries = 1 << 15;
  static constexpr std::uint32_t kFormatVersion = 1;

  // Counts one page of `host` with these whole-sentence hashes (passage_summary.h). A page four fifths of
  // whose sentences the site already holds is the same text again (read twice, or at a second address) and is not
  // counted: otherwise a republished article would become its own site's template.
  void count_page(std::string_view host, const std::vector<std::uint32_t>& sentence_hashes);
  bool is_standing(std::string_view host, std::uint32_t sentence_hash) const;
  // One flag a sentence: standing text of either site.
  std::vector<bool> standing_sentences(std::string_view host, std::string_view other_host,
                                       const std::vector<std::uint32_t>& sentence_hashes) const;
  std::size_t size() const { return entries_.size(); }
  void clear() { entries_.clear(); }

  // The saved form: u32 version, u32 count, then each entry as a little-endian u64, ascending.
  std::string serialize() const;
  // Nothing when the bytes are damaged or of an unknown version (the history then starts a new count).
  static std::optional<StandingText> deserialize(std::string_view bytes);

 private:
  std::uint32_t pages(std::uint64_t key) const;
  void prune();
  // Ascending: (24-bit site hash, 32-bit sentence hash) in the top 56 bits, the page count (saturating) in the
  // low 8.
  std::vector<std::uint64_t> entries_;
};

}  // namespace firsthand

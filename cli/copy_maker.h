// The copies `firsthand copies` makes from a real page, at test time (nothing third-party is stored): the
// page's extracted text verbatim in another site's clutter, its first half only, with "Read more" and ad lines
// injected between paragraphs, hard-wrapped plain text, credited syndication (a credit paragraph naming the
// original's publisher, two wordings) and synonym spin. Each copy is dated after its original.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "firsthand/compare.h"
#include "firsthand/extract/article.h"
#include "synonyms.h"

namespace firsthand::cli {

enum class CopyKind : std::uint8_t { Clutter, FirstHalf, Injected, HardWrapped, CreditByline, CreditNote, Spun };
inline constexpr CopyKind kCopyKinds[] = {CopyKind::Clutter,     CopyKind::FirstHalf,    CopyKind::Injected,
                                          CopyKind::HardWrapped, CopyKind::CreditByline, CopyKind::CreditNote,
                                          CopyKind::Spun};
const char* copy_kind_name(CopyKind kind);  // "clutter", "first-half", ...

struct OriginalPage {
  const Article* article = nullptr;
  std::string name, url;  // the session name ("html/042b...html") and the page's address, if known
};

struct MadeCopy {
  std::string file_name;  // "first-half/html__042b...html": the kind's folder, then the original's name
  std::string content, url;
  std::string body;       // the copied text as the copy holds it (paragraphs, blank-line separated), without its clutter
  Relation expected;      // the relation of the copy to its original; the original is always the source
};

// The original's publisher as a credit names it: its site name, else its host.
std::string publisher_of(const OriginalPage& original);

// The copy of `kind`, or nothing when this page cannot give one: the page must be dated, a credit needs the original's site name or
// address, a first half at least four paragraphs, a spin the synonyms, an English page and swaps that show (at least three words,
// and one for each ten paragraphs: a spin that changed almost nothing is a verbatim copy by every count).
std::optional<MadeCopy> make_copy(CopyKind kind, const OriginalPage& original, const Synonyms* synonyms,
                                  std::uint64_t seed);

}  // namespace firsthand::cli

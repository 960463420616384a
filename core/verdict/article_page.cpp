// The article-page check (article_page.h), after Readability's isProbablyReaderable: an article has prose
// paragraphs of some length, and enough of them. Read from the extracted article, so it costs one pass over
// its paragraphs: a home page, a listing or search results extract to headlines and teaser lines, a forum to
// short posts, a stub to a few lines. The extension applies the same rule with the same figures to the live
// DOM before gathering anything (extension/content/article_check.js; docs/article-check.md): a change to a
// figure changes both.
#include "firsthand/verdict/article_page.h"

#include <cmath>

namespace firsthand {
namespace {

// Readability's figures: paragraphs shorter than 140 characters do not count, and the longer ones add the
// square root of their excess until 20. Readability counts characters; bytes are close for most scripts and
// count a CJK character three times, as its denser text deserves.
constexpr std::size_t kMinProseBytes = 140;
constexpr double kMinProseScore = 20;
constexpr std::size_t kMinArticleParagraphs = 2;

}  // namespace

ArticlePageCheck check_article_page(const Article& article) {
  if (article.paragraphs.size() < kMinArticleParagraphs) return {false, "too little article text"};
  double score = 0;
  for (const std::string& p : article.paragraphs)
    if (p.size() >= kMinProseBytes) score += std::sqrt(static_cast<double>(p.size() - kMinProseBytes));
  if (score < kMinProseScore) return {false, "no run of prose paragraphs: a front page, a listing or a stub"};
  return {true, ""};
}

}  // namespace firsthand

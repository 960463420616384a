// The article-page check (article_page.h).
#include "firsthand/verdict/article_page.h"

namespace firsthand {
namespace {

// Below this much body text a page is a front page, a list or a stub: no badge, no verdict.
constexpr std::size_t kMinArticleBodyBytes = 500;
constexpr std::size_t kMinArticleParagraphs = 2;

}  // namespace

ArticlePageCheck check_article_page(const Article& article) {
  if (article.body_bytes() < kMinArticleBodyBytes || article.paragraphs.size() < kMinArticleParagraphs)
    return {false, "too little article text"};
  return {true, ""};
}

}  // namespace firsthand

// Whether an extracted page is an article worth a verdict and a history entry: home pages, section fronts,
// search results, listings, forums and stubs get neither (the extension shows no badge for them).
#pragma once
#include <string>

#include "firsthand/extract/article.h"

namespace firsthand {

struct ArticlePageCheck {
  bool article = false;
  std::string reason;  // why it is not an article (empty when it is)
};

ArticlePageCheck check_article_page(const Article& article);

}  // namespace firsthand

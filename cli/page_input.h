// Reads a page for any command: a file or "-" for stdin, HTML or plain text (detected), into an Article.
#pragma once
#include <string>

#include "firsthand/extract/article.h"
#include "firsthand/page.h"
#include "firsthand/result.h"

namespace firsthand::cli {

Result<std::string> read_input(const std::string& path);  // "-" reads stdin; refuses input past the limit
Result<Page> load_page(const std::string& path, const std::string& url = "");
// The same from bytes already in memory (a JSON Lines record, a WARC response); `name` prefixes errors.
Result<Page> page_from_bytes(const std::string& bytes, const std::string& name);
Result<Article> load_article(const std::string& path, const std::string& url = "");

}  // namespace firsthand::cli

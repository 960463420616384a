// `firsthand extract PAGE [--json] [--url URL]`: the clean article text, or JSON with metadata and paragraphs.
#include <iostream>

#include "command.h"
#include "page_input.h"

namespace firsthand::cli {
namespace {

int run_extract(const Args& input);

const Command kExtract{"extract", "extract PAGE [--json] [--url URL]",
                       "print the clean article text, or --json with metadata and the body's paragraphs",
                       "  PAGE        an HTML or plain-text file (detected), or - for standard input\n"
                       "  --json      metadata (title, byline, site, date, credit) and the body's paragraphs as JSON\n"
                       "  --url URL   the page's address, when the file does not name it (resolves links, names the site)\n",
                       run_extract};

int run_extract(const Args& input) {
  Args args = input;
  const bool json = take_flag(args, "--json");
  std::string url;
  take_option(args, "--url", url);
  if (args.size() != 1) return usage_error(kExtract, "expected one PAGE");
  auto article = load_article(args[0], url);
  if (!article) {
    std::cerr << "firsthand extract: " << article.error() << "\n";
    return 1;
  }
  if (json)
    std::cout << to_json(article.value()).dump(2) << "\n";
  else
    std::cout << article->text() << "\n";
  return 0;
}

}  // namespace

FIRSTHAND_COMMAND(kExtract);

}  // namespace firsthand::cli

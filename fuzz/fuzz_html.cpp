// Fuzzes the native HTML path: input sniffing, the gumbo producer (with its nesting guard), extraction, and
// the page model's JSON round trip (what the browser sends must rebuild the same tree).
#include "firsthand/extract.h"
#include "firsthand/page/input_kind.h"
#include "firsthand/page/page_json.h"
#include "fuzz_support.h"
#include "html_producer.h"

using namespace firsthand;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const auto html = fuzz::as_text(data, size);
  (void)detect_input_kind(html);
  auto page = page_from_html(html);
  fuzz::require(page.ok(), "page_from_html failed below the size limit");
  fuzz::check_article(extract(page.value()));
  auto back = page_from_json(page_to_json(page.value()));
  fuzz::require(back.ok(), "page JSON of a produced page does not load");
  fuzz::require(back->nodes.size() == page->nodes.size(), "page JSON round trip changed the node count");
  return 0;
}

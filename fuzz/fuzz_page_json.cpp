// Fuzzes the DOM-JSON input of the wasm ABI: what a (possibly hostile) content script or page hands the core.
#include "firsthand/extract.h"
#include "firsthand/page/page_json.h"
#include "fuzz_support.h"

using namespace firsthand;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  auto page = page_from_json_text(fuzz::as_text(data, size));
  if (!page) {
    fuzz::require(!page.error().empty(), "page JSON refused without a message");
    return 0;
  }
  for (const Node& node : page->nodes) fuzz::require(fuzz::valid_utf8(node.text), "node text is not valid UTF-8");
  fuzz::check_article(extract(page.value()));
  return 0;
}

// Fuzzes the plain-text producer (visible-text dumps) and text-body extraction.
#include "firsthand/extract.h"
#include "firsthand/page/text_producer.h"
#include "fuzz_support.h"

using namespace firsthand;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  const Page page = page_from_text(fuzz::as_text(data, size));
  fuzz::check_article(extract(page));
  return 0;
}

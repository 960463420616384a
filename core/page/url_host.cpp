// The host of a page's address (see url_host.h).
#include "firsthand/page/url_host.h"

namespace firsthand {

std::string_view url_host(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view host = url.substr(scheme + 3);
  if (host.starts_with('[')) return host.substr(0, host.find(']') + 1);  // npos + 1 == 0: an unclosed literal
  host = host.substr(0, host.find_first_of("/?#:"));
  if (host.starts_with("www.")) host.remove_prefix(4);
  return host;
}

bool is_local_host(std::string_view host) {
  return host == "localhost" || host.starts_with('[') ||
         host.find_first_not_of("0123456789.") == std::string_view::npos;
}

}  // namespace firsthand

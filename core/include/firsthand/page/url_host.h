// The host of a page's address, the one way the core and the CLI read it: credits are checked against it,
// same-site pages are told by it, copies made at test time are signed with it.
#pragma once
#include <string_view>

namespace firsthand {

// The host without "www.", port, path, query or fragment: "https://www.reuters.com:443/x?y" -> "reuters.com".
// Nothing when the address has no scheme. An IPv6 literal comes back with its brackets ("[::1]").
std::string_view url_host(std::string_view url);

// Whether a host names no publisher: localhost or an IP literal (pages saved and served locally, test servers).
bool is_local_host(std::string_view host);

}  // namespace firsthand

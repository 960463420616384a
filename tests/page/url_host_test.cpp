// The host of a page's address: what credits, same-site checks and made copies compare.
#include <catch2/catch.hpp>

#include "firsthand/page/url_host.h"

using firsthand::is_local_host;
using firsthand::url_host;

TEST_CASE("url_host keeps the host alone, without www., port, path, query or fragment", "[page]") {
  CHECK(url_host("https://www.reuters.com:443/world/x?y=1#z") == "reuters.com");
  CHECK(url_host("http://hosted.ap.org/article") == "hosted.ap.org");
  CHECK(url_host("https://example.org?q") == "example.org");
  CHECK(url_host("https://example.org#top") == "example.org");
  CHECK(url_host("https://wwwexample.org/") == "wwwexample.org");  // "www" only as a whole first label
}

TEST_CASE("url_host gives nothing without a scheme and keeps IPv6 literals whole", "[page]") {
  CHECK(url_host("").empty());
  CHECK(url_host("www.reuters.com/world").empty());
  CHECK(url_host("http://[::1]:8080/page") == "[::1]");
  CHECK(url_host("http://[::1").empty());  // an unclosed literal is no host
}

TEST_CASE("is_local_host: localhost and IP literals name no publisher", "[page]") {
  CHECK(is_local_host("localhost"));
  CHECK(is_local_host("127.0.0.1"));
  CHECK(is_local_host("[::1]"));
  CHECK(is_local_host(""));
  CHECK_FALSE(is_local_host("reuters.com"));
  CHECK_FALSE(is_local_host("1und1.de"));
}

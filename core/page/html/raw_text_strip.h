// Drops what the page model would throw away anyway before gumbo tokenises it: the bodies of <script> (except
// JSON-LD, which metadata reads), <style> and <noscript> elements, and comments; a <script type="text/template">
// followed by a <noscript> copy of what it renders gives way to the copy's markup. On the AEB pages these are over half the
// bytes, and gumbo walks every one of them through its tokenizer state machine, so this halves parse time.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace firsthand {

// The markup without script/style/noscript bodies and comments, or nothing when there are none (no copy). The start
// and end tags stay, so the tree gumbo builds is the same minus those bodies. A body without its end tag is
// left alone (gumbo then treats the rest of the page as raw text, as a browser would).
std::optional<std::string> strip_raw_text(std::string_view html);

}  // namespace firsthand

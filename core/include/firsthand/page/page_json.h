// The page model's JSON form, the wire format between the extension's content script and the wasm core.
// Flat, so arbitrarily deep pages never recurse:
//   {"version":1, "source":"dom"|"html"|"text", "url":"...",
//    "nodes":[ [parent, "tag", {"attr":"value",...}],   an element
//              [parent, "text"] ]}                         a text node
// Node i of the array gets id i+1 (the document is id 0); a parent must come before its children.
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "firsthand/page.h"
#include "firsthand/result.h"

namespace firsthand {

nlohmann::json page_to_json(const Page& page);
// Validates everything (types, parent order, limits); never throws.
Result<Page> page_from_json(const nlohmann::json& json);
Result<Page> page_from_json_text(std::string_view json_text);

}  // namespace firsthand

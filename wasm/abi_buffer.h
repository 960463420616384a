// FhBuffer: the one shape in which the C ABI hands results (JSON text or pack bytes) back to JavaScript.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "abi.h"

struct FhBuffer {
  std::string bytes;
};

namespace firsthand::abi {

FhBuffer* make_buffer(std::string bytes);
// Serialises with invalid UTF-8 replaced, so a hostile page can never make dump() fail.
FhBuffer* json_buffer(const nlohmann::json& json);
FhBuffer* error_buffer(const std::string& message);

}  // namespace firsthand::abi

// Result buffers of the C ABI and their accessors.
#include "abi_buffer.h"

namespace firsthand::abi {

FhBuffer* make_buffer(std::string bytes) { return new FhBuffer{std::move(bytes)}; }

FhBuffer* json_buffer(const nlohmann::json& json) {
  return make_buffer(json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

FhBuffer* error_buffer(const std::string& message) {
  return json_buffer({{"ok", false}, {"error", message}});
}

}  // namespace firsthand::abi

extern "C" {

const std::uint8_t* fh_buffer_data(const FhBuffer* buffer) {
  return buffer ? reinterpret_cast<const std::uint8_t*>(buffer->bytes.data()) : nullptr;
}

std::size_t fh_buffer_size(const FhBuffer* buffer) { return buffer ? buffer->bytes.size() : 0; }

void fh_free(FhBuffer* buffer) { delete buffer; }

}  // extern "C"

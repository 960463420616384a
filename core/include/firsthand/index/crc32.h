// CRC-32 (IEEE 802.3, the zlib/PNG polynomial) used to check each section of a pack file. Written here so the
// core keeps no dependency beyond RE2 and nlohmann/json and builds unchanged for WebAssembly.
#pragma once
#include <cstdint>
#include <string_view>

namespace firsthand {

// `previous` chains calls: crc32(b, crc32(a)) == crc32(a + b).
std::uint32_t crc32(std::string_view bytes, std::uint32_t previous = 0);

}  // namespace firsthand

// Reading and writing little-endian integers byte by byte, so pack files mean the same on every host and
// unaligned reads of untrusted bytes are never undefined behaviour.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace firsthand::le {

template <class T>
void put(std::string& out, T value) {
  for (std::size_t i = 0; i < sizeof(T); ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFFu));
}

template <class T>
T get(std::string_view bytes, std::size_t at) {  // caller checks at + sizeof(T) <= bytes.size()
  T value = 0;
  for (std::size_t i = 0; i < sizeof(T); ++i)
    value |= static_cast<T>(static_cast<T>(static_cast<unsigned char>(bytes[at + i])) << (8 * i));
  return value;
}

}  // namespace firsthand::le

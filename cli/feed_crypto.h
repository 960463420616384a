// The cryptography of pack feeds, all of it libsodium's (Ed25519 signatures, SHA-256, base64): key files,
// detached signatures over a feed's manifest and packs, and the key fingerprint readers compare.
#pragma once
#include <string>
#include <string_view>

#include "firsthand/result.h"

namespace firsthand::cli {

inline constexpr std::size_t kPublicKeyBytes = 32;
inline constexpr std::size_t kSignatureBytes = 64;

struct KeyPair {
  std::string public_key;  // 32 raw bytes
  std::string secret_key;  // 64 raw bytes (libsodium's seed + public key)
};

KeyPair generate_key_pair();
// Key files are one text line, "firsthand-ed25519-public-key BASE64" or "firsthand-ed25519-secret-key BASE64".
std::string public_key_file_text(const std::string& public_key);
std::string secret_key_file_text(const std::string& secret_key);
Result<std::string> read_public_key_file(const std::string& path);
Result<KeyPair> read_secret_key_file(const std::string& path);

std::string sign_detached(std::string_view message, const std::string& secret_key);  // 64 raw bytes
bool verify_detached(std::string_view message, std::string_view signature, const std::string& public_key);

std::string sha256_hex(std::string_view bytes);
std::string to_base64(std::string_view bytes);
Result<std::string> from_base64(std::string_view text, std::size_t expected_bytes);
// What a reader compares with the publisher's: the first 10 bytes of SHA-256(public key) in hex, in groups of
// four ("3f2a 9c01 ..."). The extension computes the same (extension/background/feed_verify.js).
std::string key_fingerprint(const std::string& public_key);

}  // namespace firsthand::cli

// libsodium behind the feed commands (see feed_crypto.h). sodium_init runs once, before the first call.
#include "feed_crypto.h"

#include <sodium.h>

#include <cstdlib>
#include <iostream>

#include "pack_files.h"

namespace firsthand::cli {
namespace {

constexpr std::string_view kPublicKeyTag = "firsthand-ed25519-public-key ";
constexpr std::string_view kSecretKeyTag = "firsthand-ed25519-secret-key ";

void ensure_sodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) {
    std::cerr << "firsthand: libsodium could not initialise\n";
    std::abort();
  }
}

const unsigned char* bytes_of(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
unsigned char* bytes_of(std::string& s) { return reinterpret_cast<unsigned char*>(s.data()); }

// The base64 payload of a key file with `tag`, decoded to `bytes` bytes.
Result<std::string> read_key_file(const std::string& path, std::string_view tag, std::size_t bytes,
                                  const std::string& what) {
  auto text = read_whole_file(path);
  if (!text) return text;
  std::string_view line = text.value();
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  if (line.substr(0, tag.size()) != tag)
    return Result<std::string>::failure(path + ": not a Firsthand " + what + " file");
  auto key = from_base64(line.substr(tag.size()), bytes);
  if (!key) return Result<std::string>::failure(path + ": " + key.error());
  return key;
}

}  // namespace

KeyPair generate_key_pair() {
  ensure_sodium();
  KeyPair pair{std::string(crypto_sign_PUBLICKEYBYTES, '\0'), std::string(crypto_sign_SECRETKEYBYTES, '\0')};
  crypto_sign_keypair(bytes_of(pair.public_key), bytes_of(pair.secret_key));
  return pair;
}

std::string public_key_file_text(const std::string& public_key) {
  return std::string(kPublicKeyTag) + to_base64(public_key) + "\n";
}

std::string secret_key_file_text(const std::string& secret_key) {
  return std::string(kSecretKeyTag) + to_base64(secret_key) + "\n";
}

Result<std::string> read_public_key_file(const std::string& path) {
  return read_key_file(path, kPublicKeyTag, crypto_sign_PUBLICKEYBYTES, "public key");
}

Result<KeyPair> read_secret_key_file(const std::string& path) {
  auto secret = read_key_file(path, kSecretKeyTag, crypto_sign_SECRETKEYBYTES, "secret key");
  if (!secret) return Result<KeyPair>::failure(secret.error());
  KeyPair pair{std::string(crypto_sign_PUBLICKEYBYTES, '\0'), secret.value()};
  crypto_sign_ed25519_sk_to_pk(bytes_of(pair.public_key), bytes_of(pair.secret_key));
  return pair;
}

std::string sign_detached(std::string_view message, const std::string& secret_key) {
  ensure_sodium();
  std::string signature(crypto_sign_BYTES, '\0');
  crypto_sign_detached(bytes_of(signature), nullptr, bytes_of(message), message.size(), bytes_of(secret_key));
  return signature;
}

bool verify_detached(std::string_view message, std::string_view signature, const std::string& public_key) {
  ensure_sodium();
  if (signature.size() != crypto_sign_BYTES || public_key.size() != crypto_sign_PUBLICKEYBYTES) return false;
  return crypto_sign_verify_detached(bytes_of(signature), bytes_of(message), message.size(), bytes_of(public_key)) == 0;
}

std::string sha256_hex(std::string_view bytes) {
  ensure_sodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, bytes_of(bytes), bytes.size());
  std::string hex(2 * sizeof digest + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), digest, sizeof digest);
  hex.pop_back();
  return hex;
}

std::string to_base64(std::string_view bytes) {
  ensure_sodium();
  std::string text(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(text.data(), text.size(), bytes_of(bytes), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  text.pop_back();  // the terminating NUL
  return text;
}

Result<std::string> from_base64(std::string_view text, std::size_t expected_bytes) {
  ensure_sodium();
  std::string bytes(expected_bytes, '\0');
  std::size_t decoded = 0;
  const char* end = nullptr;
  if (sodium_base642bin(bytes_of(bytes), bytes.size(), text.data(), text.size(), nullptr, &decoded, &end,
                        sodium_base64_VARIANT_ORIGINAL) != 0 ||
      end != text.data() + text.size() || decoded != expected_bytes)
    return Result<std::string>::failure("not base64 of " + std::to_string(expected_bytes) + " bytes");
  return bytes;
}

std::string key_fingerprint(const std::string& public_key) {
  const std::string hex = sha256_hex(public_key).substr(0, 20);
  std::string grouped;
  for (std::size_t i = 0; i < hex.size(); i += 4) {
    if (i) grouped += ' ';
    grouped.append(hex, i, 4);
  }
  return grouped;
}

}  // namespace firsthand::cli

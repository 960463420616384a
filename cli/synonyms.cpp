// Reading WordNet's database files into a word -> synonym table (synonyms.h). An index line is
// "lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset...", its offsets most frequent sense first;
// a data line at byte `offset` is "offset lex_filenum ss_type w_cnt(hex) word lex_id word lex_id ...".
#include "synonyms.h"

#include <fstream>
#include <iterator>
#include <sstream>
#include <vector>

namespace firsthand::cli {
namespace {

bool is_plain_word(const std::string& w) {
  if (w.size() < 3) return false;
  for (char c : w)
    if (c < 'a' || c > 'z') return false;
  return true;
}

std::string without_marker(std::string w) {  // adjectives may carry a syntax marker: "galore(ip)"
  const auto paren = w.find('(');
  return paren == std::string::npos ? w : w.substr(0, paren);
}

// The first plain word of the synset at `offset` other than `lemma`.
std::string synonym_at(const std::string& data, std::size_t offset, const std::string& lemma) {
  if (offset >= data.size()) return "";
  std::istringstream line(data.substr(offset, data.find('\n', offset) - offset));
  std::string field, lex_filenum, ss_type, count_hex;
  line >> field >> lex_filenum >> ss_type >> count_hex;
  const unsigned long count = std::strtoul(count_hex.c_str(), nullptr, 16);
  for (unsigned long i = 0; i < count && line >> field; ++i) {
    std::string lex_id;
    line >> lex_id;
    const std::string word = without_marker(field);
    if (word != lemma && is_plain_word(word)) return word;
  }
  return "";
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Result<std::string>::failure(path + ": cannot open (install Debian's wordnet-base)");
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

Result<Synonyms> Synonyms::load(const std::string& dir) {
  Synonyms s;
  for (const char* pos : {"adj", "adv", "verb", "noun"}) {  // earlier parts of speech win a word found in two
    auto data = read_file(dir + "/data." + pos);
    if (!data) return Result<Synonyms>::failure(data.error());
    std::ifstream index(dir + "/index." + pos);
    if (!index) return Result<Synonyms>::failure(dir + "/index." + pos + ": cannot open");
    for (std::string text; std::getline(index, text);) {
      if (text.empty() || text[0] == ' ') continue;  // the licence header lines start with spaces
      std::istringstream line(text);
      std::string lemma, part, synset_count, pointer_count;
      line >> lemma >> part >> synset_count >> pointer_count;
      if (!is_plain_word(lemma) || s.synonym_.count(lemma)) continue;
      std::string field;
      for (int p = std::atoi(pointer_count.c_str()); p > 0; --p) line >> field;
      line >> field >> field;  // sense_cnt, tagsense_cnt
      if (!(line >> field)) continue;
      if (std::string synonym = synonym_at(data.value(), std::strtoul(field.c_str(), nullptr, 10), lemma); !synonym.empty())
        s.synonym_.emplace(lemma, std::move(synonym));
    }
  }
  return s;
}

const std::string* Synonyms::of(const std::string& word) const {
  const auto it = synonym_.find(word);
  return it == synonym_.end() ? nullptr : &it->second;
}

}  // namespace firsthand::cli

// The module's one reading history (known_articles.h).
#include "known_articles.h"

namespace firsthand::abi {

KnownArticles& known_articles() {
  static KnownArticles state;
  return state;
}

}  // namespace firsthand::abi

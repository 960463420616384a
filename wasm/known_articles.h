// What the wasm core knows between calls: one reading history (firsthand/verdict/reading_history.h) for the
// whole module, shared by fh_analyze and the history and pack functions.
#pragma once
#include "firsthand/verdict/reading_history.h"

namespace firsthand::abi {

using KnownArticles = ReadingHistory;

KnownArticles& known_articles();

}  // namespace firsthand::abi

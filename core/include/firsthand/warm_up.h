// Pays the core's one-time costs up front, for an engine that would rather spend them at load than on the
// first page it analyses: compiles every RE2 pattern, builds every static table (the tortured-phrase
// dictionary among them), then runs a small built-in page through parsing, extraction, fingerprinting and
// a comparison, so that everything a first analysis touches has run once (under WebAssembly, the engine
// compiles a function on its first call). Idempotent: only the first call does anything. Analyses give the
// same results with or without it.
#pragma once

namespace firsthand {

void warm_up();

}  // namespace firsthand

// Stage 7 of 7, warm_up: the whole pipeline run once on a generated page, so the first real page pays no
// one-time cost. The last stage: it may include every other.
//
// Pays the core's one-time costs up front, for an engine that would rather spend them at load than on the
// first page it analyses: compiles every RE2 pattern, builds every static table (the tortured-phrase
// dictionary among them), and runs a generated news page (about 80 KB of markup) through parsing,
// extraction, fingerprinting and a comparison, so that everything a first analysis touches has run, and the
// parser and the extraction have run long enough for a WebAssembly engine to compile them with its
// optimising tier (see warm_up.cpp). Idempotent: only the first call does anything. Analyses give the same
// results with or without it.
#pragma once

namespace firsthand {

void warm_up();

}  // namespace firsthand

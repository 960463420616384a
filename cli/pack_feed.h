// `firsthand pack keygen | publish | verify`: signed pack feeds that readers subscribe to (pack_feed.cpp).
#pragma once
#include "command.h"

namespace firsthand::cli {

int run_keygen(Args args);
int run_publish(Args args);
int run_verify(Args args);

}  // namespace firsthand::cli

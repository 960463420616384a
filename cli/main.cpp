// Entry point of the firsthand CLI: dispatches to the registered subcommands (command.h).
#include <cstdio>
#include <cstring>
#include <iostream>

#include "command.h"

namespace firsthand::cli {

namespace {
std::vector<Command>& registry() {
  static std::vector<Command> all;  // function-local so registration from other files' statics is safe
  return all;
}
}  // namespace

const std::vector<Command>& commands() { return registry(); }

bool register_command(const Command& command) {
  registry().push_back(command);
  return true;
}

bool take_flag(Args& args, const std::string& flag) {
  for (auto it = args.begin(); it != args.end(); ++it)
    if (*it == flag) {
      args.erase(it);
      return true;
    }
  return false;
}

bool take_option(Args& args, const std::string& name, std::string& value) {
  for (auto it = args.begin(); it != args.end(); ++it)
    if (*it == name && it + 1 != args.end()) {
      value = *(it + 1);
      args.erase(it, it + 2);
      return true;
    }
  return false;
}

int usage_error(const Command& command, const std::string& message) {
  std::cerr << "firsthand " << command.name << ": " << message << "\nusage: firsthand " << command.usage << "\n";
  return 2;
}

}  // namespace firsthand::cli

namespace {

void print_help(std::ostream& out) {
  out << "firsthand: is this page the original article, a syndication, a scrape, a spun copy or a rewrite?\n\n"
         "usage: firsthand COMMAND [ARGS]\n\ncommands:\n";
  for (const auto& c : firsthand::cli::commands()) out << "  " << c.usage << "\n      " << c.summary << "\n";
  out << "\nPAGE is an HTML or plain-text file, or - for standard input.\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    print_help(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? 2 : 0;
  }
  for (const auto& c : firsthand::cli::commands())
    if (c.name == std::string(argv[1])) return c.run(firsthand::cli::Args(argv + 2, argv + argc));
  std::cerr << "firsthand: unknown command '" << argv[1] << "'\n";
  print_help(std::cerr);
  return 2;
}

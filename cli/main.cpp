// Entry point of the firsthand CLI: dispatches to the registered subcommands (command.h).
#include <algorithm>
#include <iostream>
#include <string>

#include "command.h"
#include "help.h"

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
  std::cerr << "firsthand " << command.name << ": " << message << "\nusage: firsthand " << command.usage
            << "\n(firsthand " << command.name << " --help for more)\n";
  return 2;
}

}  // namespace firsthand::cli

namespace {

bool is_help(const std::string& arg) { return arg == "--help" || arg == "-h"; }

const firsthand::cli::Command* find_command(const std::string& name) {
  for (const auto& c : firsthand::cli::commands())
    if (c.name == name) return &c;
  return nullptr;
}

int unknown_command(const std::string& name) {
  std::cerr << "firsthand: unknown command '" << name << "'\n";
  firsthand::cli::print_help(std::cerr);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  const firsthand::cli::Args args(argv + 1, argv + argc);
  if (args.empty()) {
    firsthand::cli::print_help(std::cerr);
    return 2;
  }
  const std::string& first = args[0];
  if (is_help(first) || (first == "help" && args.size() == 1)) {
    firsthand::cli::print_help(std::cout);
    return 0;
  }
  if (first == "--version" || first == "version") {
    std::cout << "firsthand " << FIRSTHAND_VERSION << "\n";
    return 0;
  }
  if (first == "--man") {
    firsthand::cli::print_man_page(std::cout);
    return 0;
  }
  if (first == "--completion") {
    if (args.size() != 2 || args[1] != "bash") {
      std::cerr << "firsthand --completion: the one shell supported is bash: firsthand --completion bash\n";
      return 2;
    }
    firsthand::cli::print_bash_completion(std::cout);
    return 0;
  }
  if (first == "help") {
    const auto* command = find_command(args[1]);
    if (!command) return unknown_command(args[1]);
    firsthand::cli::print_command_help(*command, std::cout);
    return 0;
  }
  const auto* command = find_command(first);
  if (!command) return unknown_command(first);
  const firsthand::cli::Args rest(args.begin() + 1, args.end());
  // Help wins over everything else on the line: `extract --help` must never read a file named "--help".
  if (std::any_of(rest.begin(), rest.end(), is_help)) {
    firsthand::cli::print_command_help(*command, std::cout);
    return 0;
  }
  return command->run(rest);
}

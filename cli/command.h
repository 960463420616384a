// Subcommand registry: each cli/cmd_*.cpp registers one command with FIRSTHAND_COMMAND, so main.cpp never
// changes when a command is added.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace firsthand::cli {

using Args = std::vector<std::string>;

struct Command {
  const char* name;
  const char* usage;    // one line: "extract PAGE [--json] [--url URL]"
  const char* summary;  // one line: what it does
  const char* details;  // `firsthand COMMAND --help`: the arguments and options, one per line, indented
  int (*run)(const Args& args);  // args after the command name; returns the exit code
};

bool register_command(const Command& command);
const std::vector<Command>& commands();

// Small helpers shared by the commands' argument parsing.
bool take_flag(Args& args, const std::string& flag);                  // removes `flag` if present
bool take_option(Args& args, const std::string& name, std::string& value);  // removes `name VALUE`
int usage_error(const Command& command, const std::string& message);  // prints usage to stderr, returns 2
void print_command_help(const Command& command, std::ostream& out);  // usage, summary, details, exit codes

}  // namespace firsthand::cli

#define FIRSTHAND_CONCAT_INNER(a, b) a##b
#define FIRSTHAND_CONCAT(a, b) FIRSTHAND_CONCAT_INNER(a, b)
#define FIRSTHAND_COMMAND(...) \
  static const bool FIRSTHAND_CONCAT(registered_command_, __LINE__) = ::firsthand::cli::register_command({__VA_ARGS__})

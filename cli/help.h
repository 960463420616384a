// The CLI's help in its three forms, all written from the one registry of commands (command.h) and the same
// sentences: `firsthand --help` (and `COMMAND --help`), the man page (`firsthand --man`, docs/firsthand.1)
// and bash completion (`firsthand --completion bash`), so none of them can list what the others lack.
#pragma once
#include <iosfwd>

namespace firsthand::cli {

void print_help(std::ostream& out);           // every command's usage and summary, PAGE, exit status
void print_man_page(std::ostream& out);       // the same, with each command's details, as roff (man 1)
void print_bash_completion(std::ostream& out);  // a bash script: commands, subcommands, each one's options

}  // namespace firsthand::cli

// Help, man page and bash completion from the registry (help.h). The man page and the completion take the
// commands, subcommands and options from the very strings `--help` prints: a command's usage line, its
// summary and its details (one argument or option a line, indented).
#include "help.h"

#include <map>
#include <ostream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "command.h"

namespace firsthand::cli {
namespace {

constexpr const char* kTagline =
    "is this page the original article, a syndication, a scrape, a spun copy or a rewrite?";
constexpr const char* kPageNote = "PAGE is an HTML or plain-text file, or - for standard input.";
// The same for every command, so scripts can tell a bad invocation from a page that could not be analysed.
constexpr std::pair<int, const char*> kExitStatus[] = {
    {0, "done"},
    {1, "an input could not be read or analysed (the message says why)"},
    {2, "bad arguments (the usage goes to standard error)"}};

// "exit status: 0 done; 1 ...; 2 ...", the line every --help ends with.
std::string exit_codes_line() {
  std::string line = "exit status:";
  for (const auto& [code, meaning] : kExitStatus)
    line += (code ? "; " : " ") + std::to_string(code) + " " + meaning;
  return line;
}
constexpr const char* kGlobalOptions[] = {"--help", "-h", "--version", "--man", "--completion"};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The options a text names (--json, --max-false-per-1000, ...), in order of first mention, each once.
std::vector<std::string> options_in(const std::string& text) {
  static const std::regex option(R"((^|[\s\[|])(--[a-z][a-z0-9-]*))");
  std::vector<std::string> found;
  std::set<std::string> seen;
  for (std::sregex_iterator it(text.begin(), text.end(), option), end; it != end; ++it)
    if (seen.insert((*it)[2]).second) found.push_back((*it)[2]);
  return found;
}

// A command's subcommands ("pack build ... | pack info FILE" gives build and info) with their own text: their
// part of the usage line and the details lines from "  pack build" down to the next subcommand's.
std::map<std::string, std::string> subcommands_of(const Command& command) {
  std::map<std::string, std::string> subs;
  const std::string prefix = std::string(command.name) + " ";
  const std::regex sub("^" + prefix + "([a-z]+)\\b");
  std::smatch m;
  std::string usage = command.usage;
  for (std::size_t start = 0; start <= usage.size();) {
    const std::size_t bar = usage.find(" | ", start);
    const std::string part = usage.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
    if (std::regex_search(part, m, sub)) subs[m[1]] += part + "\n";
    if (bar == std::string::npos) break;
    start = bar + 3;
  }
  std::string current;
  for (const auto& line : lines_of(command.details)) {
    const std::string body = line.size() > 2 ? line.substr(2) : "";
    if (line.rfind("   ", 0) != 0) current = std::regex_search(body, m, sub) && subs.count(m[1]) ? std::string(m[1]) : "";
    if (!current.empty()) subs[current] += line + "\n";
  }
  return subs;
}

// roff: a backslash and a hyphen are escaped everywhere, a line that starts with . or ' is guarded.
std::string roff(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

}  // namespace

void print_command_help(const Command& command, std::ostream& out) {
  out << "usage: firsthand " << command.usage << "\n\n" << command.summary << "\n\n" << command.details << "\n"
      << exit_codes_line() << "\n";
}

void print_help(std::ostream& out) {
  out << "firsthand: " << kTagline << "\n\n"
      << "usage: firsthand COMMAND [ARGS]\n       firsthand COMMAND --help | help COMMAND | --version\n"
         "       firsthand --man | --completion bash   (the man page; bash completion)\n\ncommands:\n";
  for (const auto& c : commands()) out << "  " << c.usage << "\n      " << c.summary << "\n";
  out << "\n" << kPageNote << "\n" << exit_codes_line() << "\n";
}

void print_man_page(std::ostream& out) {
  out << ".\\\" Written by `firsthand --man` from the same text as `firsthand --help`: do not edit by hand.\n"
      << ".TH FIRSTHAND 1 \"\" \"firsthand " << FIRSTHAND_VERSION << "\" \"User Commands\"\n"
      << ".SH NAME\nfirsthand \\- " << roff(kTagline) << "\n"
      << ".SH SYNOPSIS\n.B firsthand\n\\fICOMMAND\\fR [\\fIARGS\\fR]\n.br\n.B firsthand\n"
      << "\\fICOMMAND\\fR \\fB\\-\\-help\\fR | \\fBhelp\\fR \\fICOMMAND\\fR | \\fB\\-\\-version\\fR | "
         "\\fB\\-\\-man\\fR | \\fB\\-\\-completion bash\\fR\n"
      << ".SH DESCRIPTION\n" << roff(kPageNote) << "\n"
      << "\\fB\\-\\-man\\fR prints this page; \\fB\\-\\-completion bash\\fR prints a bash completion script.\n"
      << ".SH COMMANDS\n";
  for (const auto& c : commands()) {
    out << ".SS " << roff(c.name) << "\n.B firsthand " << roff(c.usage) << "\n.PP\n" << roff(c.summary) << "\n"
        << ".PP\n.RS 4\n.nf\n";
    for (const auto& line : lines_of(c.details)) out << roff(line.size() > 2 ? line.substr(2) : line) << "\n";
    out << ".fi\n.RE\n";
  }
  out << ".SH EXIT STATUS\n";
  for (const auto& [code, meaning] : kExitStatus) out << ".TP\n.B " << code << "\n" << roff(meaning) << "\n";
}

// One function, _firsthand: the first word completes to a command (or a global option); after a command with
// subcommands, the second to a subcommand; then options of that command or subcommand, and file names.
void print_bash_completion(std::ostream& out) {
  std::string names;
  for (const auto& c : commands()) names += std::string(c.name) + " ";
  out << "# bash completion for firsthand, written by `firsthand --completion bash` from its --help text.\n"
      << "_firsthand() {\n"
      << "  local cur=${COMP_WORDS[COMP_CWORD]} words=\n"
      << "  if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
      << "    words=\"" << names << "help";
  for (const char* option : kGlobalOptions) out << " " << option;
  out << "\"\n  else\n    case \"${COMP_WORDS[1]}\" in\n      help) words=\"" << names << "\" ;;\n"
      << "      --completion) words=\"bash\" ;;\n";
  for (const auto& c : commands()) {
    const auto subs = subcommands_of(c);
    std::string options;
    for (const auto& option : options_in(std::string(c.usage) + "\n" + c.details)) options += option + " ";
    out << "      " << c.name << ")\n";
    if (subs.empty()) {
      out << "        words=\"" << options << "--help\" ;;\n";
      continue;
    }
    out << "        if [ \"$COMP_CWORD\" -eq 2 ]; then words=\"";
    for (const auto& [name, text] : subs) out << name << " ";
    out << "--help\"\n        else\n          case \"${COMP_WORDS[2]}\" in\n";
    for (const auto& [name, text] : subs) {
      out << "            " << name << ") words=\"";
      for (const auto& option : options_in(text)) out << option << " ";
      out << "--help\" ;;\n";
    }
    out << "          esac\n        fi ;;\n";
  }
  out << "    esac\n  fi\n"
      << "  if [[ $cur == -* ]] || [ \"$COMP_CWORD\" -le 1 ]; then\n"
      << "    mapfile -t COMPREPLY < <(compgen -W \"$words\" -- \"$cur\")\n"
      << "  else\n"
      << "    mapfile -t COMPREPLY < <(compgen -W \"$words\" -- \"$cur\"; compgen -f -- \"$cur\")\n"
      << "  fi\n"
      << "}\n"
      << "complete -o filenames -F _firsthand firsthand\n";
}

}  // namespace firsthand::cli

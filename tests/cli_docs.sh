#!/usr/bin/env bash
# The man page and bash completion the CLI writes from its own help text: the man page names every command
# and every option that `firsthand --help` and each `COMMAND --help` name, and its exit status section;
# docs/firsthand.1 is the page the built tool writes (regenerate: build/cli/firsthand --man > docs/firsthand.1);
# the completion script, sourced in bash, completes every command, every subcommand and each one's options;
# `cmake --install` puts the tool, the page and the script in their places.
# usage: cli_docs.sh FIRSTHAND SOURCE_DIR BUILD_DIR
set -euo pipefail
firsthand=$1
source_dir=$2
build_dir=$3
fail() { echo "FAIL: $*"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$firsthand" --man >"$work/firsthand.1"
cmp -s "$work/firsthand.1" "$source_dir/docs/firsthand.1" \
  || fail "docs/firsthand.1 is not what 'firsthand --man' writes (regenerate it: firsthand --man > docs/firsthand.1)"
man_text=$(sed 's/\\-/-/g; s/\\f[BIRP]//g' "$work/firsthand.1")
grep -q '^\.SH EXIT STATUS' "$work/firsthand.1" || fail "the man page has no EXIT STATUS section"

commands=$("$firsthand" --help | sed -n '/^commands:/,/^$/p' | grep -E '^  [a-z]' | awk '{print $1}')
[ "$(wc -w <<<"$commands")" -ge 5 ] || fail "--help lists too few commands: $commands"
# shellcheck disable=SC1090  # the script under test
source <(bash -c "'$firsthand' --completion bash")
complete_words() {  # the words of a command line; prints the completions of its last word
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  _firsthand
  printf '%s\n' "${COMPREPLY[@]}"
}
first_words=$(complete_words firsthand '')
checked=0
for command in $commands; do
  grep -q "^\.SS $command$" "$work/firsthand.1" || fail "the man page has no section for '$command'"
  grep -qx "$command" <<<"$first_words" || fail "completion does not offer the command '$command'"
  help=$("$firsthand" "$command" --help)
  subcommands=$(grep -oE "(^|\| )$command [a-z]+" <<<"$(grep '^usage:' <<<"$help")" | awk '{print $NF}' || true)
  for option in $(grep -oE '(^|[[:space:][|])--[a-z][a-z0-9-]*' <<<"$help" | sed 's/^[^-]*//' | sort -u); do
    grep -qF -- "$option" <<<"$man_text" || fail "the man page does not name $command's option $option"
    if [ -z "$subcommands" ]; then
      grep -qx -- "$option" <<<"$(complete_words firsthand "$command" --)" || fail "completion lacks $command $option"
    else
      offered=0
      for sub in $subcommands; do
        if grep -qx -- "$option" <<<"$(complete_words firsthand "$command" "$sub" --)"; then offered=1; fi
      done
      [ "$offered" -eq 1 ] || fail "no subcommand of $command completes $option"
    fi
    checked=$((checked + 1))
  done
  for sub in $subcommands; do
    grep -qx "$sub" <<<"$(complete_words firsthand "$command" '')" || fail "completion does not offer '$command $sub'"
    grep -qF "$command $sub" <<<"$man_text" || fail "the man page does not name '$command $sub'"
  done
done
grep -qx -- '--out' <<<"$(complete_words firsthand pack build --)" || fail "pack build does not complete --out"
if grep -qx -- '--title' <<<"$(complete_words firsthand pack build --)"; then fail "pack build completes publish's --title"; fi
grep -qx -- '--title' <<<"$(complete_words firsthand pack publish --)" || fail "pack publish does not complete --title"
for option in --help --version --man --completion; do
  grep -qx -- "$option" <<<"$(complete_words firsthand --)" || fail "completion does not offer $option"
done
[ "$checked" -ge 20 ] || fail "only $checked options checked"

cmake --install "$build_dir" --prefix "$work/prefix" --component Unspecified >/dev/null
for installed in bin/firsthand share/man/man1/firsthand.1 share/bash-completion/completions/firsthand; do
  [ -s "$work/prefix/$installed" ] || fail "cmake --install did not install $installed"
done
echo "cli man page, completion and install: ok ($checked options of $(wc -w <<<"$commands") commands)"

# Sourced by the scripts that read every real page set of ../shared (bench/sessions/list_pages.py's lists):
# `need_real_pages SHARED_DIR` prints "SKIPPED: ..." and exits 0 where those pages are absent (a user's clone
# has none), as find_shared.sh does for the AEB scripts.
need_real_pages() {
  local extraction=$1/bench/extraction
  if [[ ! -d $extraction/aeb || ! -d $extraction/trafilatura-eval ]]; then
    echo "SKIPPED: the real pages ($extraction) are not beside the repository"
    exit 0
  fi
}

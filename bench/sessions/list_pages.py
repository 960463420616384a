#!/usr/bin/env python3
"""Writes the list files of `firsthand session` for the real page sets of ../shared: one page a line, with the
page's address where the set records it (PATH<TAB>URL), so self-credits can be checked against the host.
Usage: list_pages.py SHARED_DIR OUT_DIR; writes aeb.list, trafilatura.list, readability.list, seeds.list."""
import json
import os
import sys


def write(path, rows):
    with open(path, "w", encoding="utf-8") as out:
        for file, url in rows:
            out.write(file + ("\t" + url if url else "") + "\n")


def main(shared, out_dir):
    extraction = os.path.join(shared, "bench", "extraction")
    aeb = os.path.join(extraction, "aeb")
    truth = json.load(open(os.path.join(aeb, "ground-truth.json"), encoding="utf-8"))
    write(os.path.join(out_dir, "aeb.list"),
          sorted((os.path.join(aeb, "html", key + ".html"), entry.get("url", "")) for key, entry in truth.items()))
    traf = os.path.join(extraction, "trafilatura-eval")
    evaldata = json.load(open(os.path.join(traf, "evaldata.json"), encoding="utf-8"))
    rows = []
    for url, entry in evaldata.items():
        for folder in ("eval", "cache"):
            path = os.path.join(traf, folder, entry["file"])
            if os.path.exists(path):
                rows.append((path, url))
                break
    write(os.path.join(out_dir, "trafilatura.list"), sorted(rows))
    pages = os.path.join(extraction, "readability-pages", "pages")
    write(os.path.join(out_dir, "readability.list"),
          sorted((os.path.join(pages, name, "source.html"), "") for name in os.listdir(pages)
                 if os.path.exists(os.path.join(pages, name, "source.html"))))
    seeds = os.path.join(shared, "seeds")
    write(os.path.join(out_dir, "seeds.list"),
          sorted((os.path.join(seeds, name), "") for name in os.listdir(seeds) if name.endswith(".txt")))


if __name__ == "__main__":
    main(os.path.abspath(sys.argv[1]), sys.argv[2])

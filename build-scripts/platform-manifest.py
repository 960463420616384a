#!/usr/bin/env python3
"""Writes one browser's manifest.json from the one source, extension/manifest.json (the thin platform layer
uBlock Origin keeps per browser, derived here instead of kept by hand): Chromium gets the background as a
service worker and no Gecko settings, which it would report as an unrecognised key; Firefox gets the
background as an event-page script list, which Chromium rejects in MV3 ("'background.scripts' requires
manifest version of 2 or lower"), and keeps its Gecko settings. The content script's carrier differs too:
strings in pieces for Chromium, which JSON-serialises messages (the source's), UTF-8 bytes for Firefox, which
structured-clones them.
usage: platform-manifest.py chrome|firefox SOURCE_MANIFEST OUTPUT_MANIFEST"""
import json
import sys

# Firefox's content-script files in place of the source's (Chromium's).
CARRIERS = {"content/carrier_strings.js": "content/carrier_bytes.js"}


def for_browser(manifest, browser):
    manifest = dict(manifest)
    background = dict(manifest["background"])
    if browser == "chrome":
        background.pop("scripts", None)
        manifest.pop("browser_specific_settings", None)
    elif browser == "firefox":
        background.pop("service_worker", None)
        manifest["content_scripts"] = [
            {**entry, "js": [CARRIERS.get(js, js) for js in entry["js"]]} for entry in manifest["content_scripts"]]
    else:
        raise SystemExit(f"platform-manifest: unknown browser {browser!r} (chrome or firefox)")
    manifest["background"] = background
    return manifest


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__.splitlines()[-1])
    browser, source, output = sys.argv[1:]
    with open(source, encoding="utf-8") as f:
        manifest = json.load(f)
    with open(output, "w", encoding="utf-8") as f:
        json.dump(for_browser(manifest, browser), f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()

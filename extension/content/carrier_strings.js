// Content script (Chromium's carrier, chosen in build-scripts/platform-manifest.py): Chromium JSON-serialises
// extension messages, so a byte array would arrive as an object with a key per byte; strings go as they are,
// in pieces. One message of a whole 500 KB page took 70 ms to post against 13 ms in 64K pieces, whose delivery
// also overlaps the posting of the next; 16K pieces did better again (54 against 58 ms for that page's 737K
// characters), and pieces keep a 50 MB page under the 64 MB limit on one message.
const FIRSTHAND_PIECE_CHARS = 1 << 14;

function firsthandPost(port, field, text) {
  for (let at = 0; at === 0 || at < text.length; at += FIRSTHAND_PIECE_CHARS) {
    port.postMessage({ field, piece: text.slice(at, at + FIRSTHAND_PIECE_CHARS) });
  }
}

#!/usr/bin/env python3
"""Draws the extension's toolbar icons (extension/icons/icon-N.png): a blue disc with a white ring and a white
centre, the "first source" mark. Pure Python (zlib), antialiased by 4x4 supersampling; run once, output committed."""
import struct
import sys
import zlib
from pathlib import Path

BLUE = (11, 87, 208)
WHITE = (255, 255, 255)


def colour_at(x, y, size):
    """Colour and coverage of one sample point, in a unit-less frame centred on the icon."""
    cx = cy = size / 2
    r = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 / (size / 2)
    if r > 0.97:
        return None
    if 0.52 < r < 0.70 or r < 0.26:
        return WHITE
    return BLUE


def render(size):
    rows = []
    samples = 4
    for py in range(size):
        row = bytearray([0])  # PNG filter type 0
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    c = colour_at(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples, size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1
            n = samples * samples
            if acc[3]:
                row += bytes([acc[0] // acc[3], acc[1] // acc[3], acc[2] // acc[3], 255 * acc[3] // n])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, pixels):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels, 9)) + chunk(b"IEND", b"")


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "extension" / "icons")
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 128):
        (out / f"icon-{size}.png").write_bytes(png(size, render(size)))


if __name__ == "__main__":
    main()

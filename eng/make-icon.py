#!/usr/bin/env python3
"""Draws eng/icon.png, the packages' icon: a white speech bubble on a teal rounded square.

Our own drawing, made from geometry alone (no artwork, no image library), 4x supersampled for
smooth edges. Run it again after changing a shape or a colour: python3 eng/make-icon.py
"""
import os
import struct
import zlib

SIZE = 128          # NuGet shows icons at 128x128 or smaller.
SAMPLES = 4         # per axis, for anti-aliasing
TEAL = (15, 118, 110)
WHITE = (255, 255, 255)


def inside_rounded_rect(x, y, left, top, right, bottom, radius):
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return left <= x <= right and top <= y <= bottom and (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def inside_triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


def colour_at(x, y):
    """The colour of one sample, or None outside the tile (transparent)."""
    if not inside_rounded_rect(x, y, 0, 0, SIZE, SIZE, 24):
        return None
    bubble = inside_rounded_rect(x, y, 22, 28, 106, 86, 16) or inside_triangle(x, y, (40, 80), (62, 84), (34, 104))
    # Three dots inside the bubble: an answer being written.
    dot = any((x - cx) ** 2 + (y - 57) ** 2 <= 7 ** 2 for cx in (44, 64, 84))
    return WHITE if bubble and not dot else TEAL


def pixel(px, py):
    rgb, alpha = [0, 0, 0], 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            c = colour_at(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
            if c is not None:
                alpha += 1
                for i in range(3):
                    rgb[i] += c[i]
    if alpha == 0:
        return (0, 0, 0, 0)
    return tuple(round(v / alpha) for v in rgb) + (round(255 * alpha / SAMPLES ** 2),)


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
    with open(path, "wb") as f:
        f.write(png(SIZE, SIZE, rows))
    print(f"wrote {path}")

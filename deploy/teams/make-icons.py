#!/usr/bin/env python3
"""Writes color.png (192x192, full colour) and outline.png (32x32, white on transparent) for the Teams app.

Deterministic (same bytes every run, standard library only). Run from anywhere: python3 deploy/teams/make-icons.py
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ACCENT = (0x1F, 0x6F, 0xB2)


def png(width, height, pixels):
    """pixels(x, y) -> (r, g, b, a); returns RGBA PNG bytes."""
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixels(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def bubble(x, y, size):
    """A speech bubble: a box with rounded corners in the upper part and a tail at the lower left (scaled to size)."""
    u, v = (x + 0.5) / size, (y + 0.5) / size
    left, right, top, bottom, radius = 0.18, 0.82, 0.2, 0.66, 0.08
    in_box = left <= u <= right and top <= v <= bottom
    # Outside the box's corner squares the box is a plain rectangle; inside them, only the quarter circle counts.
    cx = min(max(u, left + radius), right - radius)
    cy = min(max(v, top + radius), bottom - radius)
    in_box = in_box and (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2
    in_tail = 0.3 <= u <= 0.46 and 0.66 <= v <= 0.8 and (u - 0.3) <= (0.8 - v) * 1.15
    return in_box or in_tail


def color(x, y):
    return (255, 255, 255, 255) if bubble(x, y, 192) else (*ACCENT, 255)


def outline(x, y):
    return (255, 255, 255, 255) if bubble(x, y, 32) else (0, 0, 0, 0)


for name, size, fn in (("color.png", 192, color), ("outline.png", 32, outline)):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(png(size, size, fn))

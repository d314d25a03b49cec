"""Draws jira/src/main/resources/images/experiment-issuetype.png (128x128): a white flask with teal liquid on a purple
rounded square. Pure Python (zlib), 4x4 supersampling. Run from the repository root: python3 jira/src/build/experiment-icon.py"""
import struct
import zlib

SIZE, SS = 128, 4
BG, FLASK, LIQUID = (101, 84, 192), (255, 255, 255), (121, 226, 242)


def inside_rounded(x, y, r=24):
    cx = min(max(x, r), SIZE - r)
    cy = min(max(y, r), SIZE - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def flask_half_width(y):
    """Half width of the flask at height y (None outside it)."""
    if 22 <= y < 30:
        return 14  # rim
    if 30 <= y < 54:
        return 9  # neck
    if 54 <= y <= 104:
        return 9 + (y - 54) * (38 - 9) / 50.0  # body widening downwards
    return None


def colour(x, y):
    if not inside_rounded(x, y):
        return None
    half = flask_half_width(y)
    if half is not None and abs(x - 64) <= half:
        inner = flask_half_width(y) - 5 if 34 <= y <= 99 else None
        if inner is not None and abs(x - 64) <= inner and y >= 76:
            return LIQUID
        return FLASK
    return BG


rows = []
for py in range(SIZE):
    row = bytearray([0])
    for px in range(SIZE):
        acc = [0, 0, 0, 0]
        for sy in range(SS):
            for sx in range(SS):
                c = colour(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS)
                if c is not None:
                    acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
        n = SS * SS
        alpha = acc[3] // n
        if alpha:
            covered = acc[3] / 255
            row += bytes([int(acc[0] / covered), int(acc[1] / covered), int(acc[2] / covered), alpha])
        else:
            row += bytes([0, 0, 0, 0])
    rows.append(bytes(row))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
with open("jira/src/main/resources/images/experiment-issuetype.png", "wb") as out:
    out.write(png)

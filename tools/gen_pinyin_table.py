#!/usr/bin/env python3
"""Writes the Han → pinyin table of core/text/pinyin.cpp from Unihan's kMandarin readings.

Run by the build (core/text/CMakeLists.txt) from /usr/share/unicode/Unihan_Readings.txt.bz2
(Debian package unicode-data); the output is never committed.
Usage: tools/gen_pinyin_table.py UNIHAN_READINGS[.bz2] OUTPUT.inc
"""
import bz2
import sys
import unicodedata


def toneless(reading):
    # "lǘ" → "lv" (the usual ASCII spelling of ü), "wáng" → "wang".
    out = []
    for ch in unicodedata.normalize("NFD", reading):
        if ch == "\u0308":
            out[-1] = "v"
        elif not unicodedata.combining(ch):
            out.append(ch)
    return "".join(out).lower()


def main():
    source, target = sys.argv[1], sys.argv[2]
    opener = bz2.open if source.endswith(".bz2") else open
    rows = []
    with opener(source, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\tkMandarin\t" not in line:
                continue
            code, _, readings = line.rstrip("\n").split("\t")
            first = readings.split()[0]  # the first reading is the customary one
            rows.append((int(code[2:], 16), toneless(first)))
    rows.sort()
    with open(target, "w", encoding="ascii") as out:
        out.write("// Generated at build time by tools/gen_pinyin_table.py from Unihan kMandarin. Do not edit.\n")
        for code, reading in rows:
            out.write('{0x%X, "%s"},\n' % (code, reading))


if __name__ == "__main__":
    main()

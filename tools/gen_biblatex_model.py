#!/usr/bin/env python3
"""Writes the BibLaTeX data model table of core/interchange/bibtex.cpp from biber's own.

Run by the build (core/interchange/CMakeLists.txt) on /usr/share/perl5/Biber/biber-tool.conf
(Debian package biber): which fields each entry type may hold, so that what the BibTeX writer
writes passes `biber --tool --validate-datamodel`. The output is never committed.
Usage: tools/gen_biblatex_model.py BIBER_TOOL_CONF OUTPUT.inc
"""
import sys
import xml.etree.ElementTree as ET


def local(tag):
    return tag.rsplit("}", 1)[-1]


def main():
    source, target = sys.argv[1], sys.argv[2]
    root = ET.parse(source).getroot()
    model = next(e for e in root.iter() if local(e.tag) == "datamodel")
    types = [e.text for e in next(e for e in model if local(e.tag) == "entrytypes")]
    pairs = set()
    for block in (e for e in model if local(e.tag) == "entryfields"):
        owners = [c.text for c in block if local(c.tag) == "entrytype"] or ["*"]
        for field in (c.text for c in block if local(c.tag) == "field"):
            for owner in owners:
                pairs.add((owner, field))
    with open(target, "w", encoding="ascii") as out:
        out.write("// Generated at build time by tools/gen_biblatex_model.py from biber's data model. Do not edit.\n")
        out.write("// {entry type, field}, sorted; entry type \"*\" lists the fields every type may hold.\n")
        for owner, field in sorted(pairs):
            out.write('{"%s", "%s"},\n' % (owner, field))
        out.write("// entry types: %s\n" % " ".join(types))


if __name__ == "__main__":
    main()

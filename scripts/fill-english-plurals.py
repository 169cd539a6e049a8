#!/usr/bin/env python3
"""Fills the English plural forms of translations/equimark_en.ts that lupdate left empty:
"Imported %n figure(s)." becomes "Imported %n figure." and "Imported %n figures.". Run after
`cmake --build <dir> --target update_translations`; forms already written are kept."""
import re, sys
from xml.sax.saxutils import unescape, escape

path = sys.argv[1] if len(sys.argv) > 1 else "translations/equimark_en.ts"
text = open(path, encoding="utf-8").read()
pattern = re.compile(
    r'(<message numerus="yes">\s*<source>([^<]*)</source>\s*<translation type="unfinished">\s*)'
    r'<numerusform></numerusform>(\s*)<numerusform></numerusform>', re.S)

def fill(match):
    source = unescape(match.group(2), {"&quot;": '"', "&apos;": "'"})
    one = re.sub(r"\((s|es)\)", "", source)
    many = re.sub(r"\((s|es)\)", r"\1", source)
    return (match.group(1) + "<numerusform>" + escape(one) + "</numerusform>" + match.group(3) +
            "<numerusform>" + escape(many) + "</numerusform>")

text, count = pattern.subn(fill, text)
open(path, "w", encoding="utf-8").write(text)
print(f"filled {count} plural messages")

#!/usr/bin/env python3
"""Fills the English plural forms in translations/autocoder_en.ts that lupdate left
unfinished: "%n file(s)" becomes "%n file" and "%n files". A message without "(s)" keeps its
text in both forms. Forms someone wrote by hand (not "unfinished") are left alone.
Usage: scripts/english-plurals.py translations/autocoder_en.ts"""
import sys
import xml.etree.ElementTree as ET


def main(path):
    # Keep lupdate's layout: edit the text in place rather than re-serialising the tree.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    root = ET.fromstring(text.encode("utf-8"))
    filled = 0
    for message in root.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        singular = source.replace("(s)", "")
        plural = source.replace("(s)", "s")
        translation.attrib.pop("type")
        for form in list(translation):
            translation.remove(form)
        for value in (singular, plural):
            form = ET.SubElement(translation, "numerusform")
            form.text = value
        filled += 1
    if filled == 0:
        return 0
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{path}: {filled} English plural form(s) filled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

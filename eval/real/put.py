#!/usr/bin/env python3
"""Puts a re-captured article text into place, accepted only if it is the text that was labelled.

    python3 eval/real/put.py STORY NN.txt < captured.txt

The texts are not in the repository (they are third-party copy), so a fresh checkout has to
capture them again from each article's address in gold/STORY.json. A capture may differ from the
labelled text in ways that do not matter (a trailing newline, a longer excerpt than was kept):
this tries the capture as it is, without surrounding whitespace, and cut to the labelled length,
and writes texts/STORY/NN.txt only when one of them has the labelled SHA-256. Exits 1 otherwise,
so a wrong text can never be scored against the gold offsets.
"""
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def candidates(raw: bytes, length: int):
    raw = raw.replace(b"\r\n", b"\n")
    for base in (raw, raw.strip(), raw.lstrip()):
        yield base
        yield base[:length]
        yield base + b"\n"


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    story, name = sys.argv[1], sys.argv[2]
    gold = json.loads((HERE / "gold" / f"{story}.json").read_text(encoding="utf-8"))
    entry = next((f for f in gold["files"] if f["file"] == name), None)
    if entry is None:
        print(f"{story}: no file {name} in the gold", file=sys.stderr)
        return 2
    raw = sys.stdin.buffer.read()
    for cand in candidates(raw, entry["bytes"]):
        if hashlib.sha256(cand).hexdigest() == entry["sha256"]:
            out = HERE / "texts" / story / name
            out.parent.mkdir(parents=True, exist_ok=True)
            tmp = out.with_suffix(".tmp")
            tmp.write_bytes(cand)
            tmp.replace(out)
            print(f"{story}/{name}: ok ({len(cand)} bytes)")
            return 0
    print(f"{story}/{name}: checksum differs (captured {len(raw)} bytes, labelled {entry['bytes']})",
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())

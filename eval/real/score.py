#!/usr/bin/env python3
"""Scores attribution on the real-news evaluation set, per story and per split.

    python3 eval/real/score.py [--bin target/release/storyscope] [STORY ...]

For each eval/real/gold/STORY.json it runs `storyscope eval --json` on eval/real/texts/STORY/
(the texts are third-party copy and are not in the repository: the gold records each text's
address and SHA-256, and `label.py`'s README says how the folder is filled). Stories whose texts
are absent are listed as missing, not scored. Prints one row per story, then the dev and test
splits and everything together.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def add(a, b):
    for k, v in b.items():
        if isinstance(v, dict):
            add(a.setdefault(k, {}), v)
        else:
            a[k] = a.get(k, 0) + v
    return a


def f1(p):
    prec = p["matched"] / p["predicted"] if p["predicted"] else 1.0
    rec = p["matched"] / p["gold"] if p["gold"] else 1.0
    return 0.0 if prec + rec == 0 else 2 * prec * rec / (prec + rec)


def row(name, c, articles):
    t = max(c["speaker_total"], 1)
    persons = c["persons"]
    return (f"| {name} | {articles} | {c['at_08']['gold']} | {f1(c['at_03']):.3f} | {f1(c['at_08']):.3f} | "
            f"{c['speaker_right'] / t:.3f} | {c['speaker_wrong'] / t:.1%} | {c['speaker_none'] / t:.1%} | "
            f"{(c['person_entries'] / persons) if persons else 1:.2f} | "
            f"{(c.get('organization_entries', 0) / c['organizations']) if c.get('organizations') else 1:.2f} | "
            f"{(c.get('type_right', 0) / c['type_total']) if c.get('type_total') else 1:.3f} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "target/release/storyscope"))
    ap.add_argument("stories", nargs="*")
    args = ap.parse_args()
    golds = sorted((HERE / "gold").glob("*.json"))
    if args.stories:
        golds = [g for g in golds if g.stem in args.stories]
    rows, totals, missing = [], {}, []
    for g in golds:
        meta = json.loads(g.read_text(encoding="utf-8"))
        texts = HERE / "texts" / g.stem
        n = len(meta["files"])
        present = sum(1 for f in meta["files"] if (texts / f["file"]).is_file())
        if present == 0:
            missing.append(f"{g.stem} ({n} texts)")
            continue
        out = subprocess.run([args.bin, "eval", "--json", "--gold", str(g), str(texts)],
                             capture_output=True, text=True)
        if out.returncode != 0:
            print(out.stderr, file=sys.stderr)
            missing.append(f"{g.stem} (eval failed)")
            continue
        counts = json.loads(out.stdout.strip().splitlines()[-1])
        split = meta.get("split", "dev")
        label = f"{g.stem} [{split}]" + ("" if present == n else f" ({n - present} missing)")
        rows.append(row(label, counts, present))
        for key in (split, "all"):
            t = totals.setdefault(key, [{}, 0])
            add(t[0], counts)
            t[1] += present
    print("| story | articles | gold quotes | F1 @0.3 | F1 @0.8 | speaker accuracy | wrong speaker | no speaker | facet entries per person | per organisation | type accuracy |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(r)
    for key in ("dev", "test", "all"):
        if key in totals:
            print(row(f"**{key}**", totals[key][0], totals[key][1]))
    print("\nSpeaker by the confidence given to it (gold speech quotes: right / wrong of all):\n")
    print("| split | high | medium | low |")
    print("|---|---|---|---|")
    for key in ("dev", "test", "all"):
        if key in totals:
            by = totals[key][0].get("by_confidence", {})
            cells = []
            for level in ("high", "medium", "low"):
                c = by.get(level, {"quotes": 0, "right": 0, "wrong": 0})
                n = max(c["quotes"], 1)
                cells.append(f"{c['quotes']}: {c['right'] / n:.0%} / {c['wrong'] / n:.0%}")
            print(f"| {key} | " + " | ".join(cells) + " |")
    if missing:
        print("\nnot scored (texts absent; see eval/real/README.md):", ", ".join(missing))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Turns a labelling draft into a committable gold file: quote texts become byte offsets.

    python3 eval/real/label.py STORY [STORY ...]

Reads eval/real/drafts/STORY.json (git-ignored: it holds third-party quote text) and the article
texts in eval/real/texts/STORY/ (git-ignored), and writes eval/real/gold/STORY.json, which holds
only facts about the texts: each file's address, SHA-256 and length, and per quotation its byte
offsets, type, speaker, speaker kind and cue. Quote texts are found in order in the article; one
that is not found is reported and left out. Exits non-zero if anything was left out.
"""
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"speech", "term", "title"}
KINDS = {"person", "organization", "anonymous"}


def label(story: str) -> int:
    draft = json.loads((HERE / "drafts" / f"{story}.json").read_text(encoding="utf-8"))
    problems = 0
    files = []
    for art in draft["articles"]:
        path = HERE / "texts" / story / art["file"]
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        if "\r" in text:
            print(f"{path}: has CR line endings; save with LF only")
            problems += 1
        quotes = []
        at = 0
        for q in art["quotes"]:
            # A short quote whose words also stand earlier, unquoted ("rooftop"), is found after
            # the words of its optional "after" field, which must come before it.
            if q.get("after"):
                hint = text.find(q["after"], at)
                if hint < 0:
                    print(f"{path}: 'after' text not found in order: {q['after'][:60]!r}")
                    problems += 1
                    continue
                at = hint + len(q["after"])
            where = text.find(q["text"], at)
            if where < 0 or not q["text"]:
                print(f"{path}: quote not found in order: {q['text'][:60]!r}")
                problems += 1
                continue
            if q.get("type") not in TYPES:
                print(f"{path}: bad type {q.get('type')!r}")
                problems += 1
            if q.get("type") == "speech" and q.get("speaker") and q.get("speaker_kind") not in KINDS:
                print(f"{path}: bad speaker_kind {q.get('speaker_kind')!r}")
                problems += 1
            start = len(text[:where].encode("utf-8"))
            end = start + len(q["text"].encode("utf-8"))
            item = {"start": start, "end": end, "type": q["type"]}
            for k in ("speaker", "speaker_kind", "cue"):
                if q.get(k):
                    item[k] = q[k]
            quotes.append(item)
            at = where + len(q["text"])
        files.append({
            "file": art["file"],
            "url": art.get("url"),
            "outlet": art.get("outlet"),
            "sha256": hashlib.sha256(raw).hexdigest(),
            "bytes": len(raw),
            "quotes": quotes,
        })
    gold = {
        "story": story,
        "domain": draft.get("domain"),
        "country": draft.get("country"),
        "description": draft.get("description"),
        "split": draft.get("split", "dev"),
        "files": files,
    }
    out = HERE / "gold" / f"{story}.json"
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    n = sum(len(f["quotes"]) for f in files)
    print(f"{story}: {len(files)} articles, {n} quotations -> {out.relative_to(HERE.parent.parent)}")
    return problems


if __name__ == "__main__":
    bad = sum(label(s) for s in sys.argv[1:])
    sys.exit(1 if bad else 0)

#!/usr/bin/env python3
"""Check the hand-labelled anchors in multiling-alignment.json against the source texts.

Plain python3, standard library only. Usage:

    python3 benchmarks/dev/check_anchors.py [gold.json] [corpus.jsonl]

Checks (any failure -> non-zero exit):
  * every anchor occurs exactly once in the normalised text of the stated document
    (normalisation: NFKC, curly quotes/dashes to ASCII, whitespace collapsed, lowercase);
  * every anchor lies inside a single sentence under a deliberately conservative splitter
    (one that splits more often than usual), so it can't straddle a sentence boundary;
  * every document id used belongs to the cluster and is listed in its "documents";
  * pairs: 2+ members, all from different documents; negatives: exactly 2 members from
    different documents; conflicts: exactly 2 members from different documents plus a "what";
  * ids are unique within each section of a cluster;
  * within a topic, one sentence is not both "must" and "may".
Warnings (no failure): anchors shorter than 4 words, or two anchors from different pair groups
that fall in the same sentence.
"""

import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_GOLD = os.path.join(HERE, "multiling-alignment.json")
DEFAULT_CORPUS = "/work/shared/data/multiling2011_english/multiling2011_english.jsonl"

_TRANS = {}
for ch in "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4":
    _TRANS[ord(ch)] = "'"
for ch in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb":
    _TRANS[ord(ch)] = '"'
for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d":
    _TRANS[ord(ch)] = "-"


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.translate(_TRANS)
    s = re.sub(r"\s+", " ", s)
    return s.strip().lower()


def count(hay, needle):
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


# Conservative sentence splitter: break at every newline, and after . ! ? (plus any closing
# quotes/brackets) when whitespace is followed by an upper-case letter, a digit, or an
# opening quote/bracket/asterisk. This splits more often than NLTK punkt (e.g. after "Mr."),
# so an anchor that fits inside one of these pieces fits inside one punkt sentence too.
_BOUNDARY = re.compile(r"([.!?][\"'\u201d\u2019)\]]*)[ \t]+(?=[\"'\u201c\u2018(\[*]*[A-Z0-9])")


def sentences(text):
    marked = _BOUNDARY.sub(lambda m: m.group(1) + "\n", text)
    return [norm(p) for p in marked.split("\n") if p.strip()]


def main():
    gold_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_GOLD
    corpus_path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_CORPUS
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    docs, cluster_docs = {}, {}
    with open(corpus_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            c = json.loads(line)
            cluster_docs[c["id"]] = [d["id"] for d in c["documents"]]
            for d in c["documents"]:
                docs[d["id"]] = d["text"]
    normdocs = {k: norm(v) for k, v in docs.items()}
    sents = {k: sentences(v) for k, v in docs.items()}

    errors, warnings = [], []
    n_anchor = 0

    def locate(cid, doc, anchor, where):
        """Check one anchor; return index of its sentence (or None)."""
        nonlocal n_anchor
        n_anchor += 1
        if doc not in cluster_docs.get(cid, []):
            errors.append(f"{cid} {where}: document {doc} is not in cluster {cid}")
            return None
        a = norm(anchor)
        k = count(normdocs[doc], a)
        if k != 1:
            errors.append(f"{cid} {where}: anchor {anchor!r} found {k} times in {doc}")
            return None
        if len(a.split()) < 4:
            warnings.append(f"{cid} {where}: short anchor ({len(a.split())} words) {anchor!r}")
        hits = [i for i, s in enumerate(sents[doc]) if a in s]
        if len(hits) != 1:
            errors.append(f"{cid} {where}: anchor {anchor!r} in {doc} crosses a sentence boundary")
            return None
        return hits[0]

    for c in gold["clusters"]:
        cid = c["id"]
        if cid not in cluster_docs:
            errors.append(f"unknown cluster {cid}")
            continue
        if sorted(c.get("documents", [])) != sorted(cluster_docs[cid]):
            errors.append(f"{cid}: 'documents' does not list exactly the cluster's documents")

        for sec in ("topics", "pairs", "negatives", "conflicts"):
            ids = [x["id"] for x in c.get(sec, [])]
            if len(ids) != len(set(ids)):
                errors.append(f"{cid}: duplicate ids in {sec}")

        for t in c.get("topics", []):
            seen = {}
            for kind in ("must", "may"):
                for doc, anchors in t.get(kind, {}).items():
                    for a in anchors:
                        i = locate(cid, doc, a, "topic {}/{}".format(t["id"], kind))
                        if i is None:
                            continue
                        prev = seen.get((doc, i))
                        if prev and prev != kind:
                            errors.append(
                                f"{cid} topic {t['id']}: sentence {doc}#{i} is both must and may"
                            )
                        seen[(doc, i)] = prev if prev == "must" else kind

        sent_group = {}
        for p in c.get("pairs", []):
            mem = p["members"]
            dids = [m[0] for m in mem]
            if len(mem) < 2:
                errors.append("{} pair {}: fewer than 2 members".format(cid, p["id"]))
            if len(dids) != len(set(dids)):
                errors.append("{} pair {}: two members from the same document".format(cid, p["id"]))
            for doc, a in mem:
                i = locate(cid, doc, a, "pair {}".format(p["id"]))
                if i is None:
                    continue
                other = sent_group.get((doc, i))
                if other and other != p["id"]:
                    warnings.append(
                        f"{cid}: sentence {doc}#{i} is in pair groups {other} and {p['id']}"
                    )
                sent_group[(doc, i)] = p["id"]

        for sec in ("negatives", "conflicts"):
            for p in c.get(sec, []):
                mem = p["members"]
                if len(mem) != 2 or mem[0][0] == mem[1][0]:
                    errors.append(
                        "{} {} {}: need exactly 2 members from different documents".format(
                            cid, sec, p["id"]
                        )
                    )
                if sec == "conflicts" and not p.get("what"):
                    errors.append("{} conflict {}: missing 'what'".format(cid, p["id"]))
                idx = []
                for doc, a in mem:
                    idx.append((doc, locate(cid, doc, a, "{} {}".format(sec, p["id"]))))
                if sec == "negatives" and len(idx) == 2 and None not in (idx[0][1], idx[1][1]):
                    g0, g1 = sent_group.get(idx[0]), sent_group.get(idx[1])
                    if g0 and g0 == g1:
                        errors.append(
                            "{} negative {}: both sentences are in pair group {}".format(
                                cid, p["id"], g0
                            )
                        )

    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    summary = ", ".join(
        f"{c['id']}: {len(c.get('topics', []))} topics, {len(c.get('pairs', []))} pairs, "
        f"{len(c.get('negatives', []))} negatives, {len(c.get('conflicts', []))} conflicts"
        for c in gold["clusters"]
    )
    print(f"{n_anchor} anchors checked. {summary}")
    if errors:
        print(f"FAILED with {len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

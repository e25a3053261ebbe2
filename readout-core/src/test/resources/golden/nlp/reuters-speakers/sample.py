#!/usr/bin/env python3
"""Draws the 50 statements of checked.tsv. usage: sample.py READOUT.jsonl
READOUT.jsonl is `bin/readout extract` run on the pages that shared/eval/reuters_pages.py makes from
shared/corpus/reuters/reut2-000.sgm ... reut2-009.sgm (page files are named <NEWID>.txt)."""
import json, random, re, sys

SEED = 21578
GOVERNMENT = re.compile(r"\b(minister|ministers|ministry|government|governments|parliament|parliamentary"
                        r"|diplomat|diplomats|diplomatic|embassy|ambassador|congress|senate|senator"
                        r"|white house|kremlin)\b", re.I)

def newid(record):
    return int(re.search(r"(\d+)\.txt$", record["source"]).group(1))

records = sorted((json.loads(line) for line in open(sys.argv[1], encoding="utf-8")), key=newid)
population = [(newid(r), s) for r in records
              if GOVERNMENT.search(r["title"] or "") or GOVERNMENT.search(r["body"])
              for s in r["statements"]]
print(f"population {len(population)} statements, seed {SEED}", file=sys.stderr)
for i in sorted(random.Random(SEED).sample(range(len(population)), 50)):
    nid, s = population[i]
    print(nid, " ".join(s["sentence"].split()[:8]), s["speaker"], sep="\t")

#!/usr/bin/env python3
"""Writes synthetic news pages as gzipped WARC files for the Spark benchmark (docs/performance.md).

usage: make-warcs.py OUT_DIR [PAGES=100000] [FILES=8] [SEED=1]

Each page is an HTML response (navigation, headline, 4-8 paragraphs of 30-80 words from a
Zipf-distributed 20,000-word vocabulary, footer); a fifth of the pages are trimmed copies of an
earlier page on another site, so story grouping has work to do. One gzip member per record.
"""
import gzip, os, random, sys, uuid

out, pages, files, seed = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100000, \
    int(sys.argv[3]) if len(sys.argv) > 3 else 8, int(sys.argv[4]) if len(sys.argv) > 4 else 1
rnd = random.Random(seed)
os.makedirs(out, exist_ok=True)
syll = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "len", "dar", "vo", "xi", "an", "ber", "co"]
vocab = ["".join(rnd.choice(syll) for _ in range(rnd.randint(1, 4))) for _ in range(20000)]
weights = [1.0 / (i + 1) for i in range(len(vocab))]
cum, acc = [], 0.0
for w in weights:
    acc += w
    cum.append(acc)

def words(n):
    ws = rnd.choices(vocab, cum_weights=cum, k=n)
    ws[0] = ws[0].capitalize()
    return " ".join(ws) + "."

def paragraph():
    return " ".join(words(rnd.randint(8, 20)) for _ in range(rnd.randint(2, 5)))

def record(n, url, title, paras, site):
    html = ("<html><head><meta charset=utf-8><title>%s - %s</title></head><body>"
            "<nav><a href=/>Home</a> <a href=/world>World</a> <a href=/china>China</a></nav>"
            "<article><h1>%s</h1>%s</article><footer>Copyright %s. All rights reserved.</footer></body></html>"
            % (title, site, title, "".join("<p>%s</p>" % p for p in paras), site)).encode("utf-8")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(html) + html
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2021-02-%02dT08:00:00Z\r\n"
            "WARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % (uuid.UUID(int=rnd.getrandbits(128)), 1 + n % 28, url, len(http))).encode("ascii")
    return gzip.compress(head + http + b"\r\n\r\n", 6)

recent = []
per_file = (pages + files - 1) // files
n = 0
for f in range(files):
    with open(os.path.join(out, "pages-%03d.warc.gz" % f), "wb") as w:
        for _ in range(min(per_file, pages - n)):
            if recent and rnd.random() < 0.2:
                title, paras = rnd.choice(recent)
                paras = paras[: max(2, len(paras) - rnd.randint(0, 2))]
                site = "copy%d.example.org" % rnd.randint(0, 30)
            else:
                title, paras = words(rnd.randint(6, 12))[:-1], [paragraph() for _ in range(rnd.randint(4, 8))]
                site = "site%d.example.com" % rnd.randint(0, 30)
                recent = (recent + [(title, paras)])[-500:]
            w.write(record(n, "https://%s/%d.html" % (site, n), title, paras, site))
            n += 1
print("wrote %d pages in %d files to %s" % (n, files, out))

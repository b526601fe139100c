#!/usr/bin/env python3
"""Turn a benchmark corpus (the Hugo layout written by make-corpus.py) into a Kontext project.

Usage: kontext-corpus.py CORPUS_HUGO_DIR BASE_PROJECT OUT_DIR

The project is BASE_PROJECT (a small explainer: seed article, translation, data) plus
  - every article of the corpus as a page: content/<lang>/articles/aNNNNN.md is copied
    unchanged to site/pages/<lang>/articles/aNNNNN.md (same front matter: title, date, slug,
    summary, tags, translationKey), so Kontext writes /<lang>/articles/<slug>/ as Hugo does;
  - the corpus's 40 timeline events appended to the explainer's timeline, each sourced;
  - 'pages' added to the explainer's sections, so that each language's explainer lists every
    article, as the corpus's index pages do.
Standard library only.
"""
import json
import os
import re
import shutil
import sys


def events(timeline_yaml):
    """The corpus timeline: a fixed, simple YAML shape (see make-corpus.py), read line by line."""
    out, cur, field = [], None, None
    for line in timeline_yaml.splitlines():
        m = re.match(r'^  - date: "(.*)"$', line)
        if m:
            cur = {"date": m.group(1)}
            out.append(cur)
            continue
        m = re.match(r"^    (title|text):$", line)
        if m:
            field = m.group(1)
            cur[field] = {}
            continue
        m = re.match(r'^      (sv|en): "(.*)"$', line)
        if m:
            cur[field][m.group(1)] = json.loads('"' + m.group(2) + '"')
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    corpus, base, out = sys.argv[1:]
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(base, out, ignore=shutil.ignore_patterns("target"))
    for lang in ("sv", "en"):
        src = os.path.join(corpus, "content", lang, "articles")
        shutil.copytree(src, os.path.join(out, "site", "pages", lang, "articles"))
    with open(os.path.join(corpus, "data", "timeline.yaml"), encoding="utf-8") as f:
        evs = events(f.read())
    timeline = os.path.join(out, "site", "data", "timeline.yaml")
    with open(timeline, "a", encoding="utf-8") as f:
        for k, e in enumerate(evs):
            f.write("  - id: corpus-%02d\n" % k)
            f.write("    date: %s\n" % e["date"])
            f.write("    category: decisions\n    status: confirmed\n    sources: [budget]\n")
            for lang in ("sv", "en"):
                f.write("    %s: {title: %s, text: %s}\n" % (
                    lang, json.dumps(e["title"][lang], ensure_ascii=False),
                    json.dumps(e["text"][lang], ensure_ascii=False)))
    site_yaml = os.path.join(out, "site", "site.yaml")
    with open(site_yaml, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"^sections: \[(.*)\]$", lambda m: "sections: [%s, pages]" % m.group(1), text, flags=re.M)
    with open(site_yaml, "w", encoding="utf-8") as f:
        f.write(text)
    n = len(os.listdir(os.path.join(out, "site", "pages", "sv", "articles")))
    print("wrote a Kontext project with %d articles (%d pages) and %d extra events to %s" % (n, 2 * n, len(evs), out))


if __name__ == "__main__":
    main()

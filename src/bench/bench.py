#!/usr/bin/env python3
"""Kontext's build-time benchmark, side by side with Hugo.

Usage: bench.py REPO WORK   (src/bench/run calls it; see README.md, "Performance")

Cold whole-process builds, each into a fresh, empty output folder:
  - the shipped explainer, with the target/kontext launcher (class data archive) and with plain
    `java -jar`, next to Hugo building the corpus's 20-page site (N=10);
  - for each N in SIZES: the corpus from make-corpus.py (same generator and seed as the Hugo
    anchors) as a Kontext project (kontext-corpus.py) and as Hugo's own site.
Prints the median wall time, CPU time and peak memory of each, ms per page, and the Kontext/Hugo
ratio of the medians. Hugo runs when it is installed (apt-get install hugo). Standard library only.

Environment: SIZES="10 100 1000 5000" (articles; pages = 2N), RUNS=5, WARMUP=1.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(cmd, work):
    """One cold run of cmd (a list; the string OUT in it becomes a fresh output folder): (wall s,
    cpu s, peak MiB). The output is removed and the removal synced to disk before the next run, so
    that one run's deletions do not slow the next one's writes."""
    out = tempfile.mkdtemp(dir=work, prefix="out.")
    shutil.rmtree(out)
    argv = [out if a == "OUT" else a for a in cmd]
    t0 = time.monotonic()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = p.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    p.stdout.close()
    shutil.rmtree(out, ignore_errors=True)
    os.sync()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("failed (%s): %s\n%s" % (os.waitstatus_to_exitcode(status), " ".join(argv), output[-2000:]))
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(*cmds, runs, warmup, work):
    """Runs the commands in turn (A, B, A, B, ...) warmup+runs times each, so that they meet the
    same machine; returns the counted runs of each."""
    rows = [[] for _ in cmds]
    for i in range(warmup + runs):
        for k, cmd in enumerate(cmds):
            r = run_once(cmd, work)
            if i >= warmup:
                rows[k].append(r)
    return rows


def med(rows, k):
    return statistics.median(r[k] for r in rows)


def row(name, pages, rows, ratio=""):
    wall = med(rows, 0)
    per_page = "%.3f" % (1000 * wall / pages) if pages else "-"
    print("| %-34s | %6s | %7.3f | %7.3f | %8.1f | %8s | %.3f-%.3f | %-5s |" % (
        name, pages or "-", wall, med(rows, 1), med(rows, 2), per_page, min(r[0] for r in rows),
        max(r[0] for r in rows), ratio), flush=True)
    return wall


def main():
    repo, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    sizes = [int(s) for s in os.environ.get("SIZES", "10 100 1000 5000").split()]
    runs = int(os.environ.get("RUNS", "5"))
    warmup = int(os.environ.get("WARMUP", "1"))
    os.makedirs(work, exist_ok=True)
    hugo = shutil.which("hugo")
    launcher = os.path.join(repo, "target", "kontext")
    jar = os.path.join(repo, "target", "kontext.jar")
    bench = os.path.join(repo, "src", "bench")

    for n in sorted(set(sizes + [10])):
        corpus = os.path.join(work, "c%d" % n)
        if not os.path.isdir(os.path.join(corpus, "hugo")):
            subprocess.run([sys.executable, os.path.join(bench, "make-corpus.py"), str(n), corpus, "--only", "hugo"],
                           check=True, stdout=subprocess.DEVNULL)
        project = os.path.join(work, "k%d" % n)
        subprocess.run([sys.executable, os.path.join(bench, "kontext-corpus.py"), os.path.join(corpus, "hugo"),
                        os.path.join(repo, "src", "test", "resources", "projects", "minimal"), project],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.copytree(os.path.join(repo, "templates"), os.path.join(project, "templates"))

    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
                         capture_output=True, text=True).stdout.strip()
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    print("# %s, %d cores (%s), %s; %s; hugo: %s; runs %d (+%d warm-up), medians" % (
        time.strftime("%Y-%m-%d"), os.cpu_count(), cpu, java,
        "launcher with class data archive" if os.path.exists(os.path.join(repo, "target", "kontext.jsa"))
        else "NO class data archive", subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()[1]
        if hugo else "not installed", runs, warmup))
    print("| %-34s | %6s | %7s | %7s | %8s | %8s | %11s | %-5s |" % (
        "what", "pages", "wall s", "cpu s", "peak MiB", "ms/page", "wall min-max", "K/H"))
    print("|%s|" % "|".join("-" * w for w in (36, 8, 9, 9, 10, 10, 13, 7)))

    def hugo_cmd(n):
        return [hugo, "--quiet", "--source", os.path.join(work, "c%d" % n, "hugo"), "--destination", "OUT"]

    def kontext_cmd(project):
        return [launcher, "build", "--project", project, "--out", "OUT"]

    row("kontext --version (JVM floor)", 0, measure([launcher, "--version"], runs=runs, warmup=warmup,
                                                    work=work)[0])
    plain = ["java", "-jar", jar, "build", "--project", repo, "--out", "OUT"]
    if hugo:
        k, p, h = measure(kontext_cmd(repo), plain, hugo_cmd(10), runs=runs, warmup=warmup, work=work)
    else:
        (k, p), h = measure(kontext_cmd(repo), plain, runs=runs, warmup=warmup, work=work), None
    shipped = row("kontext, shipped explainer", 0, k)
    row("kontext, shipped, plain java -jar", 0, p)
    if h:
        hugo20 = row("hugo, corpus N=10 (20 pages)", 20, h)
        ratio("shipped explainer / hugo N=10", 0, shipped / hugo20)
    for n in sizes:
        pages = 2 * n
        if hugo:
            k, h = measure(kontext_cmd(os.path.join(work, "k%d" % n)), hugo_cmd(n), runs=runs, warmup=warmup,
                           work=work)
            kw = row("kontext, corpus N=%d" % n, pages, k)
            hw = row("hugo, corpus N=%d" % n, pages, h)
            ratio("ratio kontext/hugo, N=%d" % n, pages, kw / hw)
        else:
            row("kontext, corpus N=%d" % n, pages, measure(kontext_cmd(os.path.join(work, "k%d" % n)), runs=runs,
                                                            warmup=warmup, work=work)[0])


def ratio(name, pages, value):
    print("| %-34s | %6s | %7s | %7s | %8s | %8s | %11s | %-5s |" % (
        name, pages or "", "", "", "", "", "", "%.2f" % value), flush=True)

if __name__ == "__main__":
    main()

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


def measure(cmd, runs, warmup, work, cwd=None):
    """Runs cmd (a list; the string OUT in it becomes a fresh output folder) warmup+runs times.
    Returns the counted runs as (wall s, cpu s, peak MiB) tuples; raises if a run fails."""
    rows = []
    for i in range(warmup + runs):
        out = tempfile.mkdtemp(dir=work, prefix="out.")
        shutil.rmtree(out)
        argv = [out if a == "OUT" else a for a in cmd]
        t0 = time.monotonic()
        p = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        output = p.stdout.read().decode("utf-8", "replace")
        p.stdout.close()
        shutil.rmtree(out, ignore_errors=True)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit("failed (%s): %s\n%s" % (os.waitstatus_to_exitcode(status), " ".join(argv), output[-2000:]))
        if i >= warmup:
            rows.append((wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024))
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

    row("kontext --version (JVM floor)", 0, measure([launcher, "--version"], runs, warmup, work))
    hugo20 = None
    if hugo:
        hugo20 = row("hugo, corpus N=10", 20, measure(
            [hugo, "--quiet", "--source", os.path.join(work, "c10", "hugo"), "--destination", "OUT"],
            runs, warmup, work))
    shipped = row("kontext, shipped explainer", 0, measure(
        [launcher, "build", "--project", repo, "--out", "OUT"], runs, warmup, work))
    plain = measure(["java", "-jar", jar, "build", "--project", repo, "--out", "OUT"], runs, warmup, work)
    row("kontext, shipped, plain java -jar", 0, plain)
    if hugo20:
        print("| %-34s | %6s | %7s | %7s | %8s | %8s | %11s | %-5s |" % (
            "shipped explainer vs hugo N=10", "", "", "", "", "", "", "%.2f" % (shipped / hugo20)))
    for n in sizes:
        pages = 2 * n
        k = row("kontext, corpus N=%d" % n, pages, measure(
            [launcher, "build", "--project", os.path.join(work, "k%d" % n), "--out", "OUT"], runs, warmup, work))
        if hugo:
            h = row("hugo, corpus N=%d" % n, pages, measure(
                [hugo, "--quiet", "--source", os.path.join(work, "c%d" % n, "hugo"), "--destination", "OUT"],
                runs, warmup, work))
            print("| %-34s | %6d | %7s | %7s | %8s | %8s | %11s | %-5s |" % (
                "ratio kontext/hugo, N=%d" % n, pages, "", "", "", "", "", "%.2f" % (k / h)))


if __name__ == "__main__":
    main()

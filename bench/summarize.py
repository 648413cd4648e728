#!/usr/bin/env python3
"""Print the benchmark's results.csv as Markdown: medians, pages/s, ratios to typst and cairo_floor.

Usage: summarize.py results.csv

Ratios are of pages per second (higher is faster) and of peak RSS, per corpus size,
against the tools measured in the same run; a ratio is left out when its reference is missing.
"""
import csv
import sys


def main(path):
    rows = list(csv.DictReader(open(path)))
    by = {(r["tool"], r["n"]): r for r in rows}

    def pps(r):
        return int(r["pages"]) / float(r["wall_s"])

    def ratio(r, ref, key):
        other = by.get((ref, r["n"]))
        if not other:
            return ""
        if key == "pps":
            return f"{pps(r) / pps(other):.2f}"
        return f"{float(r['rss_mb']) / float(other['rss_mb']):.2f}"

    print("| tool | N | pages | wall (s) | CPU (s) | peak RSS (MB) | pages/s | PDF (MB) "
          "| pages/s vs typst | pages/s vs cairo_floor | RSS vs typst | RSS vs cairo_floor |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in sorted(rows, key=lambda r: (int(r["n"]), r["tool"])):
        print(f"| {r['tool']} | {r['n']} | {r['pages']} | {float(r['wall_s']):.2f} | {float(r['cpu_s']):.2f} "
              f"| {float(r['rss_mb']):.0f} | {pps(r):.0f} | {float(r['size_mb']):.2f} "
              f"| {ratio(r, 'typst', 'pps')} | {ratio(r, 'cairo_floor', 'pps')} "
              f"| {ratio(r, 'typst', 'rss')} | {ratio(r, 'cairo_floor', 'rss')} |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

#!/usr/bin/env python3
"""Measure the spacing of justified body text in a PDF from poppler's word boxes.

Usage: scripts/spacing.py FILE.pdf [--pages 6-6] [--size 10.5] [--space-em 0.26]
                                   [--left X] [--right X] [--json]

Reads `pdftotext -bbox-layout`. Body lines are lines set at `--size` points (told
apart by their box height: ascent + descent of Noto Serif, 1.362 em) that start at
the text block's left edge; consecutive body lines of one poppler block, with no
more than the usual leading between them, form a paragraph. For the non-final
lines of every paragraph of two lines or more it reports:

- flush: the share of lines that end at the right edge of the measure (within
  0.5 pt; up to 2 pt beyond it counts too, for hanging punctuation);
- word spaces: each gap between two words on a line as a multiple of the natural
  space (`--space-em` x size; Noto Serif's space is 0.26 em): median, 95th
  percentile, largest, and the share of lines with a gap over 2x;
- hyphenated line ends: the text layer carries no hyphen at a hyphenated line
  end; the added hyphen is drawn in an ActualText span holding the line's last
  character. The page streams are read uncompressed (`qpdf --qdf`) and each such
  span is placed on the line whose box holds its baseline; also the most
  hyphenated lines in a row.

The left and right edges of the measure are found per page (the most common line
start and end of body lines) unless given.
"""
import argparse
import collections
import json
import re
import subprocess
import sys

LINE = re.compile(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', re.S)
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', re.S)
HEIGHT_EM = 1.362


def unescape(s):
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&#39;", "'").replace("&amp;", "&")


def read_pages(pdf, first, last):
    args = ["pdftotext", "-bbox-layout"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    out = subprocess.run(args + [pdf, "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        blocks = []
        for block in page.split("<block ")[1:]:
            lines = []
            for m in LINE.finditer(block):
                x0, y0, x1, y1 = map(float, m.groups()[:4])
                words = [(float(w[0]), float(w[2]), unescape(w[4])) for w in WORD.findall(m.group(5))]
                lines.append({"x0": x0, "y0": y0, "x1": x1, "y1": y1, "words": words})
            blocks.append(lines)
        pages.append(blocks)
    return pages


def mode(values):
    if not values:
        return None
    return collections.Counter(round(v, 1) for v in values).most_common(1)[0][0]


def percentile(values, p):
    if not values:
        return 0.0
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def hyphen_baselines(pdf):
    """(page, baseline y from the top) of every ActualText span of one character: the line ends
    where dossier added a hyphen. Follows the text matrix through Tm, Td, TD and T*."""
    out = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, "-"], check=True,
                         capture_output=True).stdout.decode("latin-1")
    found = collections.defaultdict(list)
    chunks = re.split(r"%% Contents for page (\d+)", out)
    for k in range(1, len(chunks), 2):
        page = int(chunks[k])
        body = chunks[k + 1].split("endstream", 1)[0]
        m = [1, 0, 0, 1, 0, 0]  # the current line's text matrix
        leading = 0.0
        numbers = []
        for token in re.finditer(r"/ActualText\s*<feff([0-9a-fA-F]*)>|[-+]?\d*\.?\d+|[A-Za-z*']+", body):
            t = token.group(0)
            if token.group(1) is not None:
                if len(token.group(1)) == 4:
                    found[page].append(m[5])
                numbers = []
            elif re.fullmatch(r"[-+]?\d*\.?\d+", t):
                numbers.append(float(t))
            else:
                if t == "Tm" and len(numbers) >= 6:
                    m = numbers[-6:]
                elif t in ("Td", "TD") and len(numbers) >= 2:
                    tx, ty = numbers[-2:]
                    if t == "TD":
                        leading = -ty
                    m = [m[0], m[1], m[2], m[3], m[4] + tx * m[0] + ty * m[2], m[5] + tx * m[1] + ty * m[3]]
                elif t == "TL" and numbers:
                    leading = numbers[-1]
                elif t == "T*":
                    m = [m[0], m[1], m[2], m[3], m[4] - leading * m[2], m[5] - leading * m[3]]
                numbers = []
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pdf")
    ap.add_argument("--pages", default="", help="first-last, e.g. 6-6 (default: all)")
    ap.add_argument("--size", type=float, default=10.5, help="body font size in points")
    ap.add_argument("--space-em", type=float, default=0.26, help="the font's space, in em")
    ap.add_argument("--left", type=float)
    ap.add_argument("--right", type=float)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    first = last = None
    if args.pages:
        a, _, b = args.pages.partition("-")
        first, last = int(a), int(b or a)

    pages = read_pages(args.pdf, first, last)
    hyphens = hyphen_baselines(args.pdf)
    height = args.size * HEIGHT_EM
    natural = args.space_em * args.size

    paragraphs = []
    for number, blocks in enumerate(pages, start=first or 1):
        for lines in blocks:
            for line in lines:
                line["hyphen"] = any(line["y0"] <= y <= line["y1"] for y in hyphens.get(number, []))
        body = [l for lines in blocks for l in lines if abs((l["y1"] - l["y0"]) - height) < 0.3]
        left = args.left if args.left is not None else mode([l["x0"] for l in body])
        right = args.right if args.right is not None else mode([l["x1"] for l in body if left is not None and abs(l["x0"] - left) < 0.5])
        if left is None or right is None:
            continue
        for lines in blocks:
            current = []
            previous = None
            for line in lines:
                is_body = abs((line["y1"] - line["y0"]) - height) < 0.3 and abs(line["x0"] - left) < 0.5
                gap_ok = previous is not None and line["y0"] - previous["y1"] < height * 0.5
                if is_body and (not current or gap_ok):
                    current.append(line)
                else:
                    if len(current) >= 2:
                        paragraphs.append((current, right))
                    current = [line] if is_body else []
                previous = line
            if len(current) >= 2:
                paragraphs.append((current, right))

    lines_total = flush = over2 = hyphenated = 0
    gaps = []
    worst_run = 0
    for lines, right in paragraphs:
        run = 0
        for i, line in enumerate(lines[:-1]):
            lines_total += 1
            if -0.5 <= line["x1"] - right <= 2.0:
                flush += 1
            words = line["words"]
            line_gaps = [(b[0] - a[1]) / natural for a, b in zip(words, words[1:])]
            gaps += line_gaps
            if any(g > 2.0 for g in line_gaps):
                over2 += 1
            if line["hyphen"]:
                hyphenated += 1
                run += 1
                worst_run = max(worst_run, run)
            else:
                run = 0

    result = {
        "paragraphs": len(paragraphs),
        "lines": lines_total,
        "flush_share": flush / lines_total if lines_total else 0,
        "space_median": percentile(gaps, 50),
        "space_p95": percentile(gaps, 95),
        "space_max": max(gaps) if gaps else 0,
        "lines_over_2x_share": over2 / lines_total if lines_total else 0,
        "hyphenated_share": hyphenated / lines_total if lines_total else 0,
        "max_hyphens_in_a_row": worst_run,
    }
    if args.json:
        json.dump(result, sys.stdout, indent=1)
        print()
    else:
        print(f"{args.pdf}: {result['paragraphs']} justified paragraphs, {lines_total} non-final lines")
        print(f"  flush with the measure: {result['flush_share']:.1%}")
        print(f"  word spaces (x natural): median {result['space_median']:.2f}, 95th percentile {result['space_p95']:.2f}, "
              f"largest {result['space_max']:.2f}; lines with a space over 2x: {result['lines_over_2x_share']:.1%}")
        print(f"  hyphenated line ends: {result['hyphenated_share']:.1%}, most in a row: {worst_run}")


if __name__ == "__main__":
    main()

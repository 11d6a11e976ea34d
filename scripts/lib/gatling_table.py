#!/usr/bin/env python3
"""A Gatling report's statistics as a Markdown table, one row per request (grouped ones prefixed
with their group), in the columns docs/benchmarks.md uses. Reads the table the report renders in
index.html, as written by the Gatling version pinned in pom.xml.
   scripts/lib/gatling_table.py target/gatling/closedmodelsimulation-20261125090950972"""
import html
import re
import sys

ROW = re.compile(r'<tr id="([^"]+)" data-parent="([^"]+)">(.*?)</tr>', re.S)
NAME = re.compile(r'class="ellipsed-name">(.*?)</span>', re.S)
CELL = re.compile(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>')
# Gatling's columns: 2 total, 3 OK, 4 KO, 5 % KO, 6 per second, 7 min, 8 p50, 9 p75, 10 p95, 11 p99, 12 max
COLUMNS = [("requests", 2), ("errors", 4), ("req/s", 6), ("p50 ms", 8), ("p95 ms", 10), ("p99 ms", 11),
           ("max ms", 12)]


def main(report):
    names, rows = {}, []
    for row_id, parent, body in ROW.findall(open(f"{report}/index.html", encoding="utf-8").read()):
        name = NAME.search(body)
        if not name:
            continue
        names[row_id] = html.unescape(name.group(1)).strip()
        cells = {int(col): value.strip() for col, value in CELL.findall(body)}
        if row_id.startswith("req_"):
            prefix = names[parent] + " / " if parent in names else ""
            rows.append([prefix + names[row_id]] + [cells.get(col, "") for _, col in COLUMNS])
    if not rows:
        sys.exit(f"no request statistics in {report}/index.html")
    print("| endpoint | " + " | ".join(title for title, _ in COLUMNS) + " |")
    print("| --- |" + " ---: |" * len(COLUMNS))
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main(sys.argv[1])

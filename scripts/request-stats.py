#!/usr/bin/env python3
"""Per-action server time and SQL statements from a Netsim log (the request log's ms= and sql=).

    scripts/request-stats.py netsim.log [--skip N] [--from-line K]

For each action: calls, p50/p90/max server ms and min/median/max SQL statements. --skip N drops
each action's first N calls (cold JVM); --from-line starts reading at line K (a later run of the
workload against the same server). Standard library only.
"""
import argparse
import re
import statistics
from collections import defaultdict

LINE = re.compile(r"door=(\w+) service=(\S+) action=(.+?) account=\S+ region=\S+ status=(\d+) ms=([\d.]+)(?: sql=(\d+))?")


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(p / 100.0 * len(values) + 0.5)) - 1))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("log")
    ap.add_argument("--skip", type=int, default=0, help="ignore each action's first N calls")
    ap.add_argument("--from-line", type=int, default=1)
    args = ap.parse_args()
    calls = defaultdict(list)
    with open(args.log, encoding="utf-8", errors="replace") as log:
        for number, line in enumerate(log, 1):
            if number < args.from_line:
                continue
            m = LINE.search(line)
            if m:
                calls[(m.group(2), m.group(3))].append((float(m.group(5)), int(m.group(6) or -1), m.group(4)))
    print(f"{'service':10s} {'action':42s} {'calls':>5s} {'p50 ms':>7s} {'p90 ms':>7s} {'max ms':>8s} {'sql min/med/max':>16s}")
    for (service, action), rows in sorted(calls.items()):
        rows = rows[args.skip:]
        if not rows:
            continue
        ms = [r[0] for r in rows]
        sql = [r[1] for r in rows]
        print(f"{service:10s} {action[:42]:42s} {len(rows):5d} {statistics.median(ms):7.2f} {pct(ms, 90):7.2f} {max(ms):8.2f} "
              f"{min(sql):5d}/{int(statistics.median(sql)):4d}/{max(sql):4d}")


if __name__ == "__main__":
    main()

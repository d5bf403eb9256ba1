"""Prints a finished backtest job as tables: per test year (mean over its horizons) and per window, every forecaster,
with the averages and the goal assessment."""
import json
import sys
from collections import defaultdict
from datetime import datetime

job = json.load(sys.stdin)
if job["status"] != "DONE":
    print(job["status"], job.get("error"))
    sys.exit(0)
r = job["report"]
start = datetime.fromisoformat(job["createdAt"].replace("Z", "+00:00"))
end = datetime.fromisoformat(job["finishedAt"].replace("Z", "+00:00"))
print(f'{r["unitLevel"]}: {r["scope"]}; test years {r["testYears"]}; horizons {r["horizons"]}; '
      f'{(end - start).total_seconds():.0f} s')


def ap(v):
    return "undefined" if v is None else f"{v:.3f}"


def pct(v):
    return "–" if v is None else f"{v:.1%}"


def mean_pit(ws):
    vs = [w.get("pitCoverage90") for w in ws]
    return None if None in vs else sum(vs) / len(vs)


by_year = defaultdict(lambda: defaultdict(list))
for w in r["windows"]:
    by_year[w["testYear"]][w["forecaster"]].append(w)
print(f'{"year":>4} {"forecaster":24} {"CRPS":>8} {"Brier":>7} {"AP":>9} {"cov90":>6} {"pit90":>6}  (mean over horizons)')
for year in sorted(by_year):
    for f, ws in by_year[year].items():
        aps = [w["averagePrecision"] for w in ws if w["averagePrecision"] is not None]
        print(f'{year:>4} {f:24} {sum(w["crps"] for w in ws) / len(ws):8.4f} '
              f'{sum(w["brier"] for w in ws) / len(ws):7.4f} {ap(sum(aps) / len(aps) if aps else None):>9} '
              f'{sum(w["coverage90"] for w in ws) / len(ws):6.1%} {pct(mean_pit(ws)):>6}')
print(f'{"all":>4} {"forecaster":24} {"CRPS":>8} {"Brier":>7} {"AP":>9} {"cov90":>6} {"pit90":>6}')
for a in r["averages"]:
    print(f'{"":>4} {a["forecaster"]:24} {a["crps"]:8.4f} {a["brier"]:7.4f} {ap(a["averagePrecision"]):>9} '
          f'{a["coverage90"]:6.1%} {pct(a.get("pitCoverage90")):>6}')
print("per window (year/horizon: n, positives, then CRPS of each forecaster):")
for year in sorted(by_year):
    horizons = sorted({w["horizon"] for ws in by_year[year].values() for w in ws})
    for h in horizons:
        row = [w for ws in by_year[year].values() for w in ws if w["horizon"] == h]
        print(f'  {year}/h{h}: n={row[0]["forecasts"]} pos={row[0]["positives"]} '
              + " ".join(f'{w["forecaster"]}={w["crps"]:.4f}' for w in row))
g = r["goals"]
years = ", ".join(f"{y}: {v:+.1%}" for y, v in (g.get("crpsImprovementByYear") or {}).items())
print(f'goals: CRPS vs best benchmark {g["crpsImprovementOverBestBenchmark"]:+.1%} ({g["bestCrpsBenchmark"]}); '
      f'per year {years}; every year >= 5 %: {g.get("crpsInEveryYear")}; AP margin '
      f'{ap(g["averagePrecisionMargin"])} vs {g["bestHistoryBenchmark"]}; 90 % coverage of the interval [q05, q95] {g["coverage90"]:.1%} '
      f'(85-95 % goal met: {g["coverageGoal"]}), by randomized PIT {pct(g.get("pitCoverage90"))} '
      f'(85-95 % goal met: {g.get("pitCoverageGoal")})')

"""Prints a finished backtest job: its duration, average scores per forecaster and the goal assessment."""
import json
import sys
from datetime import datetime

job = json.load(sys.stdin)
if job["status"] != "DONE":
    print(job["status"], job.get("error"))
    sys.exit(0)
start = datetime.fromisoformat(job["createdAt"].replace("Z", "+00:00"))
end = datetime.fromisoformat(job["finishedAt"].replace("Z", "+00:00"))
report = job["report"]
print(f'{report["dataSource"]} / {report["unitLevel"]}, test years {report["testYears"]}, '
      f'horizons {report["horizons"]}: {(end - start).total_seconds():.1f} s')
for a in report["averages"]:
    ap = "-" if a["averagePrecision"] is None else f'{a["averagePrecision"]:.3f}'
    print(f'  {a["forecaster"]:26} CRPS {a["crps"]:8.3f}  Brier {a["brier"]:.4f}  AP {ap}  '
          f'coverage90 {a["coverage90"]:.3f}')
g = report["goals"]
print(f'  goals: CRPS every window {g["crpsInEveryWindow"]} (behind: {", ".join(g["windowsLosingOnCrps"]) or "none"}); '
      f'CRPS vs best benchmark {g["crpsImprovementOverBestBenchmark"]:+.1%}; '
      f'AP margin {g["averagePrecisionMargin"]:+.3f}; coverage {g["coverage90"]:.1%}')

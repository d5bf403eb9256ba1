"""Prints the two newest forecast runs with their duration."""
import json
import sys
from datetime import datetime


def seconds(run):
    start = datetime.fromisoformat(run["startedAt"].replace("Z", "+00:00"))
    end = datetime.fromisoformat(run["finishedAt"].replace("Z", "+00:00"))
    return (end - start).total_seconds()


for run in json.load(sys.stdin)[:2]:
    print(f'{run["unitLevel"]:8} {run["units"]:4} units, cut-off {run["cutoff"]}: {seconds(run):.2f} s')

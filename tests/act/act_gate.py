#!/usr/bin/env python3
"""The ACT gate, run by CTest: act-check on the W3C ACT corpus must show no
false-fail case, no page error, and no rule scored worse than recorded in
baseline.json (status and true fails). Exit 77 (skipped) when ../shared is
not beside the clone.

  act_gate.py --rampa BUILD/rampa --baseline tests/act/baseline.json --shared ../shared [--update]

--update rewrites the baseline from this run: do it when a rule got better.
"""
import argparse
import json
import os
import subprocess
import sys

RANK = {"untested": 0, "inconsistent": 1, "partial": 2, "consistent": 3}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rampa", required=True)
    ap.add_argument("--baseline", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--update", action="store_true")
    a = ap.parse_args()

    tool = os.path.join(a.shared, "tools", "act-check")
    if not os.path.isfile(tool):
        print(f"act gate: skipped, no {tool}")
        return 77
    p = subprocess.run([sys.executable, tool, "--rampa", a.rampa, "--json", "--verbose"],
                       capture_output=True, text=True)
    if p.returncode != 0:
        print(f"act gate: act-check exited {p.returncode}:\n{p.stderr}")
        return 1
    result = json.loads(p.stdout)
    rules = {r["ruleId"]: r for r in result["rules"]}
    print(result.get("line", ""))

    problems = []
    for rid, r in sorted(rules.items()):
        counts = r.get("counts", {})
        if counts.get("falseFail", 0) or counts.get("error", 0):
            problems.append(f"{rid}: {counts.get('falseFail', 0)} false-fail and "
                            f"{counts.get('error', 0)} error cases")
        for m in r.get("mismatches", []):
            if m.get("kind") in ("false-fail", "error"):
                problems.append(f"{rid}:   {m.get('kind')} {m.get('file') or m.get('testcase')}")
    current = {rid: {"status": r["status"], "trueFails": r.get("counts", {}).get("trueFail", 0)}
               for rid, r in rules.items()}
    if a.update:
        with open(a.baseline, "w", encoding="utf-8") as f:
            json.dump(current, f, indent=2, sort_keys=True)
            f.write("\n")
        print(f"act gate: baseline rewritten with {len(current)} rules")
    else:
        with open(a.baseline, encoding="utf-8") as f:
            baseline = json.load(f)
        for rid, was in sorted(baseline.items()):
            now = current.get(rid)
            if now is None:
                problems.append(f"{rid}: no longer scored (was {was['status']})")
                continue
            if RANK.get(now["status"], 0) < RANK.get(was["status"], 0):
                problems.append(f"{rid}: {now['status']}, was {was['status']}")
            if now["trueFails"] < was["trueFails"]:
                problems.append(f"{rid}: finds {now['trueFails']} failed examples, was {was['trueFails']}")
    for line in problems:
        print("act gate: " + line)
    if problems:
        return 1
    print(f"act gate: {len(current)} ACT rules, no false failure, none below the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())

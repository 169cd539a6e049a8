#!/usr/bin/env python3
"""Writes docs/examples/demo-outcomes.csv: fictional outcome counts for the demo primary
school (about 360 pupils), three years, every primary measure. Deterministic: rerunning gives
the same file. The figures are invented; they tell the story the ambitions are about (Black
Caribbean and White and Black Caribbean pupils behind, some gaps narrowing)."""
import csv, random, sys

random.seed(20261202)
years = ["2023-24", "2024-25", "2025-26"]
groups = {  # pupils on roll
    "WBRI": 176, "WIRI": 5, "WROM": 3, "WOTH": 16, "MWBC": 24, "MWBA": 7, "MWAS": 9,
    "MOTH": 6, "AIND": 18, "APKN": 20, "ABAN": 5, "CHNE": 6, "AOTH": 8, "BCRB": 28,
    "BAFR": 22, "BOTH": 5, "OOTH": 7, "REFU": 4, "NOBT": 2,
}
focus = {"BCRB", "MWBC"}
staff = {"WBRI": 38, "WOTH": 2, "MWBC": 1, "AIND": 2, "APKN": 2, "BCRB": 2, "BAFR": 1}
leaders = {"WBRI": 5, "AIND": 1}

rows = []
for y, year in enumerate(years):
    for code, pupils in groups.items():
        n = pupils + random.randint(-1, 1) if pupils > 4 else pupils
        f = code in focus
        # absence: a focus-group gap that narrows (the school's work paying off)
        absence = 0.052 + (0.034 - 0.008 * y if f else 0) + random.uniform(-0.004, 0.004)
        possible = n * random.randint(370, 380)
        rows.append((year, "attendance", code, round(possible * absence), possible, n))
        pa = 0.13 + (0.12 - 0.03 * y if f else 0) + random.uniform(-0.02, 0.02)
        rows.append((year, "persistent-absence", code, max(0, round(n * pa)), n, ""))
        susp_pupils = max(0, round(n * ((0.05 if f else 0.012) + random.uniform(-0.005, 0.008))))
        rows.append((year, "suspended-pupils", code, susp_pupils, n, ""))
        rows.append((year, "suspensions", code, susp_pupils + (random.randint(0, 2) if susp_pupils else 0), n, ""))
        rows.append((year, "permanent-exclusions", code, 1 if (f and y == 0 and code == "BCRB") else 0, n, ""))
        ks2 = max(1, round(n / 7))
        exp = 0.66 + (-0.18 + 0.02 * y if f else 0) + random.uniform(-0.05, 0.05)
        reached = min(ks2, round(ks2 * exp))
        rows.append((year, "ks2-rwm-expected", code, reached, ks2, ""))
        rows.append((year, "ks2-rwm-higher", code, min(reached, round(ks2 * (0.05 if f else 0.09))), ks2, ""))
    for code, count in staff.items():
        rows.append((year, "workforce-staff", code, count + (1 if code == "BCRB" and y == 2 else 0), "", ""))
        rows.append((year, "workforce-leaders", code, leaders.get(code, 0), count, ""))
    rows.append((year, "appointments", "WBRI", 4, 31, ""))
    rows.append((year, "appointments", "BCRB", 1 if y == 2 else 0, 6, ""))
    rows.append((year, "appointments", "AIND", 1, 5, ""))

out = csv.writer(sys.stdout, lineterminator="\r\n")
out.writerow(["year", "measure", "group", "count", "base", "pupils"])
for row in rows:
    out.writerow(row)

#!/usr/bin/env python3
"""Regenerates the CSV registers of Examples/gofal-dyffryn deterministically (seeded).

The prose files (manifest, minutes, visits, reviews, policies, accounts) are written by
hand; this script only writes the tables, so that their dates and counts stay consistent
with the manifest's period (2025-04-01 to 2026-03-31). Run from the repository root.
"""
import csv, datetime as dt, os, random

ROOT = "Examples/gofal-dyffryn"
rng = random.Random(20250401)
D = dt.date

FIRST = ["Angharad", "Bethan", "Carys", "Dafydd", "Elin", "Ffion", "Gareth", "Gwenllian", "Huw", "Iolo",
         "Lowri", "Meinir", "Nia", "Owain", "Rhian", "Rhodri", "Sioned", "Tomos", "Wyn", "Alun", "Branwen",
         "Ceri", "Dewi", "Eirlys", "Gethin", "Heledd", "Ifan", "Llinos", "Mair", "Osian", "Steffan", "Tegwen",
         "Aled", "Catrin", "Emyr", "Glenys", "Hywel", "Menna", "Peredur", "Siân", "Trefor", "Non", "John",
         "Margaret", "David", "Susan", "Peter", "Helen"]
LAST = ["Jones", "Davies", "Williams", "Evans", "Thomas", "Roberts", "Lewis", "Hughes", "Morgan", "Griffiths",
        "Owen", "Price", "Pritchard", "Rees", "Powell", "Jenkins", "Lloyd", "Bowen", "Prosser", "Llywelyn"]

def name():
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

def write(path, header, rows):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

def day(start, end):
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))

# Members: 22 workers, 30 service users, 10 carers, 12 community supporters.
members = []
classes = [("workers", 22), ("service-users", 30), ("carers", 10), ("community", 12)]
n = 0
for klass, count in classes:
    for _ in range(count):
        n += 1
        joined = day(D(2016, 5, 1), D(2025, 11, 30))
        members.append([f"M{n:03d}", klass, joined.isoformat(), "", "1", "1", name()])
# Two members who left during the period, one before it.
members[5][3] = "2025-08-31"
members[30][3] = "2025-12-19"
members[60][3] = "2024-11-30"
members.sort(key=lambda r: r[0])
write("members/register.csv", ["member_id", "class", "joined", "left", "votes", "shares", "name"], members)

worker_ids = [m[0] for m in members if m[1] == "workers"]

# Staff: 28 people, 22 of them worker-members; two office roles.
staff = []
roles = ["care-worker"] * 24 + ["care-coordinator", "care-coordinator", "registered-manager", "finance-officer"]
for i, role in enumerate(roles):
    started = day(D(2016, 6, 1), D(2024, 12, 31))
    member = worker_ids[i] if i < len(worker_ids) else ""
    staff.append([f"S{i + 1:03d}", role, started.isoformat(), "", member])
staff[7][3] = "2025-07-31"  # left during the period
# Enhanced DBS checks renewed every three years, and Social Care Wales registration within
# two months of starting, for everyone who gives care (derived, so the other draws stay put).
for i, row in enumerate(staff):
    started = D.fromisoformat(row[2])
    care = row[1] != "finance-officer"
    renewed = started
    while renewed + dt.timedelta(days=3 * 365) < D(2026, 3, 31):
        renewed += dt.timedelta(days=3 * 365 - 30)
    row.append(renewed.isoformat() if care else "")
    row.append((started + dt.timedelta(days=45 + i)).isoformat() if care else "")
    # Pay at or above the Real Living Wage; three workers chose non-guaranteed hours after
    # being offered a contract with minimum hours at three months (SI 2017/1264 reg 41).
    row.append({"care-worker": "12.85", "care-coordinator": "14.20", "registered-manager": "18.50"}.get(row[1], "13.10"))
    flexible = i in (4, 9, 17)
    row.append("non-guaranteed" if flexible else "guaranteed")
    row.append((started + dt.timedelta(days=91)).isoformat() if flexible else "")
write("staff/register.csv", ["staff_id", "role", "started", "left", "member_id", "dbs_checked", "scw_registered",
                             "hourly_pay", "contract", "contract_choice_offered"], staff)

# Supervision roughly every 10-12 weeks, and one appraisal a year, for everyone in post.
supervision = []
for s in staff:
    left = D.fromisoformat(s[3]) if s[3] else D(2026, 3, 31)
    when = D(2025, 3, 20) + dt.timedelta(days=rng.randrange(0, 14))
    while when <= left:
        supervision.append([s[0], when.isoformat(), "supervision"])
        when += dt.timedelta(days=rng.randrange(70, 85))
    appraisal = D(2025, 5, 1) + dt.timedelta(days=rng.randrange(0, 80))  # before anyone leaves in July
    if appraisal <= left:
        supervision.append([s[0], appraisal.isoformat(), "appraisal"])
supervision.sort(key=lambda r: (r[1], r[0]))
write("staff/supervision.csv", ["staff_id", "date", "kind"], supervision)

training = []
for s in staff:
    for course in ["induction", "safeguarding", "medication", "welsh-language-awareness"]:
        if course == "medication" and s[1] in ("finance-officer",):
            continue
        training.append([s[0], course, day(D(2024, 4, 1), D(2026, 2, 28)).isoformat()])
training.sort(key=lambda r: (r[0], r[1]))
write("staff/training.csv", ["staff_id", "course", "completed"], training)

# Surveys of people who use the service.
# People differ more than items do: a person's level (its own generator, so the other tables
# keep their draws) gives the metric scores a realistic spread (SD about 4-5).
people = random.Random(7)

def swemwbs_rows(count, base, when_start, when_end, prefix):
    rows = []
    for i in range(count):
        level = base + people.gauss(0, 0.85)
        items = [min(5, max(1, round(rng.gauss(level, 0.8)))) for _ in range(7)]
        if i == 3:
            items[4] = ""  # one item left blank: this response is unscored
        rows.append([f"{prefix}{i + 1:03d}", "service-users", day(when_start, when_end).isoformat(), *items])
    return rows

header = ["respondent_id", "class", "date"] + [f"swemwbs_{i}" for i in range(1, 8)]
write("surveys/2024-wellbeing.csv", header, swemwbs_rows(34, 3.3, D(2024, 11, 1), D(2024, 11, 30), "R24-"))
write("surveys/2025-wellbeing.csv", header, swemwbs_rows(41, 3.5, D(2025, 11, 1), D(2025, 11, 30), "R25-"))

voice = []
for i in range(38):
    voice.append([f"V{i + 1:03d}", rng.choice(["service-users"] * 4 + ["carers"]), day(D(2025, 6, 2), D(2025, 6, 27)).isoformat(),
                  rng.choice([4, 5, 5, 4, 3]), rng.choice([5, 5, 4, 5]), rng.choice([5, 4, 5, 3])])
write("surveys/2025-06-voice.csv", ["respondent_id", "class", "date", "say_in_care", "treated_with_respect",
                                     "choice_of_language"], voice)

control = []
for i in range(44):
    control.append([f"C{i + 1:03d}", "service-users", day(D(2026, 2, 2), D(2026, 2, 27)).isoformat(),
                    rng.choice([1, 1, 2, 1, 2, 2, 1, 3, 1, 2])])
write("surveys/2026-02-control.csv", ["respondent_id", "class", "date", "control_daily_life"], control)

# Personal plans of the 96 people supported, and their quarterly reviews with each person
# (their own generator, so the tables above keep their draws).
plans_rng = random.Random(1516)
plans, plan_reviews = [], []
for i in range(96):
    started = D(2017, 1, 1) + dt.timedelta(days=plans_rng.randrange(0, 3300))
    ended = ""
    if i in (11, 47, 80):
        ended = (D(2025, 6, 1) + dt.timedelta(days=plans_rng.randrange(0, 250))).isoformat()
    agreed = started - dt.timedelta(days=plans_rng.randrange(3, 21))
    language = "cy" if i % 8 == 0 else ("both" if i % 13 == 0 else "en")
    person = f"P{i + 1:03d}"
    plans.append([person, started.isoformat(), ended, agreed.isoformat(), "yes", language])
    last = D.fromisoformat(ended) if ended else D(2026, 3, 31)
    when = max(started, D(2025, 1, 20)) + dt.timedelta(days=plans_rng.randrange(20, 60))
    while when <= last:
        plan_reviews.append([person, when.isoformat(), "yes"])
        when += dt.timedelta(days=plans_rng.randrange(70, 88))
plan_reviews.sort(key=lambda r: (r[1], r[0]))
write("people/plans.csv", ["person_id", "care_started", "care_ended", "plan_agreed", "outcomes_recorded", "language"], plans)
write("people/plan-reviews.csv", ["person_id", "date", "with_person"], plan_reviews)

#!/usr/bin/env python3
"""Writes Examples/eryri-byw-annibynnol (a user-led co-op) and Examples/bristol-adaptations
(a worker co-op outside regulated care), deterministically. Run from the repository root."""
import os, random, shutil

rng = random.Random(2026)

def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)

def agm(date, notice, attendance, proxies, resolutions, agenda, body, languages="[cy, en]", extra="", elected=()):
    res = "\n".join(f"  - {r}" for r in resolutions)
    if elected:
        extra = "elections:\n" + "".join(f"  - {{ member_id: {m}, seat: board, result: elected }}\n" for m in elected) + extra
    return f"""---
meeting: agm
date: {date}
notice-given: {notice}
attendance: {attendance}
proxies: {proxies}
agenda: {agenda}
resolutions:
{res}
{extra}published: {date[:4]}-10-01
languages: {languages}
---
{body}
"""

def board(date, present, body, languages="[cy, en]"):
    return f"""---
meeting: board
date: {date}
notice-given: {date[:8]}01
directors-present: {present}
conflicts-declared: []
languages: {languages}
---
{body}
"""

def accounts(start, end, total, trading, expenditure, scrutiny, published, capital, community):
    return f"""period: {{ start: {start}, end: {end} }}
income: {{ total: {total}, trading: {trading}, grants: {total - trading} }}
expenditure: {{ total: {expenditure}, staff: {int(expenditure * 0.8)} }}
surplus: {total - expenditure}
total-assets: {int(total * 0.4)}
share-capital: {capital}
interest-on-shares: 0
distributions: {{ member-dividend: 0, equity-dividend: 0, community: {community} }}
scrutiny: {scrutiny}
published: {published}
"""

# ---------------------------------------------------------------- user-led
root = "Examples/eryri-byw-annibynnol"
shutil.rmtree(root, ignore_errors=True)
write(root, "manifest.yaml", """# Cydweithfa Byw'n Annibynnol Eryri Cyf.: disabled people and their carers who employ
# their own personal assistants together. Not a regulated service (personal assistance).
bundle-format: 1
organisation:
  name: Cydweithfa Byw'n Annibynnol Eryri Cyf.
  registration: { register: fca-mutuals, number: "RS009417" }
  model: user-led
  legal-form: co-operative-society
  charitable: false
  nation: wales
  regulated-service: false
  services: [personal-assistance]
period: { start: 2025-04-01, end: 2026-03-31 }
currency: GBP
language: cy
stakeholder-classes: [service-users, carers, workers, community]
constitution:
  voting: one-member-one-vote
  quorum: { general: "max(3, 10%)", board: "max(2, 50%)" }
  notice-days: 14
  interest-cap-percent: 3
  dividend-cap-percent: 0
  asset-lock: true
policies:
  - { id: membership, file: policies/aelodaeth-membership.md, reviewed: 2025-09-13, languages: [cy, en] }
  - { id: complaints, file: policies/cwynion-complaints.md, reviewed: 2025-06-10, languages: [cy, en] }
  - { id: statement-of-purpose, file: policies/datganiad-o-ddiben.md, reviewed: 2025-06-10, languages: [cy, en] }
  - { id: community, file: policies/cymuned-community.md, reviewed: 2025-09-13, languages: [cy, en] }
memberships:
  - { name: Cwmpas, since: 2021-02-01 }
  - { name: Anabledd Cymru / Disability Wales, since: 2020-06-01 }
""")
members = []
n = 0
for klass, count in [("service-users", 18), ("carers", 6), ("workers", 5), ("community", 3)]:
    for _ in range(count):
        n += 1
        year = rng.choice([2020, 2021, 2022, 2023, 2024, 2025])
        members.append(f"M{n:03d},{klass},{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d},,1")
write(root, "members/register.csv", "member_id,class,joined,left,votes\n" + "\n".join(members) + "\n")
write(root, "board/directors.csv", """director_id,class,route,first_elected,member_id,last_elected,trained,left
D1,service-users,elected,2020-09-19,M001,2025-09-13,2020-11-07,
D2,service-users,elected,2022-09-17,M004,2025-09-13,2022-10-22,
D3,service-users,elected,2024-09-14,M009,2025-09-13,2024-11-02,
D4,carers,elected,2023-09-16,M019,2025-09-13,2023-10-28,
D5,workers,elected,2025-09-13,M025,2025-09-13,2025-10-18,
""")
write(root, "staff/register.csv", "staff_id,role,started,left,member_id\n" + "\n".join(
    f"PA{i},personal-assistant,202{i}-0{i + 2}-01,,M0{24 + i}" for i in range(1, 6)) + "\n")
write(root, "minutes/2024-09-14-agm.md", agm("2024-09-14", "2024-08-24", "{ service-users: 9, carers: 3, workers: 2 }", 2,
    ["{ id: R1, kind: accounts-approval, result: passed, for: 14, against: 0, abstain: 2 }",
     "{ id: R2, kind: audit-disapplication, result: passed, for: 15, against: 1, abstain: 0 }"],
    "[accounts, elections]", "# CCB / AGM 2024\n\nCanolfan Gymunedol Penygroes. The accounts were approved; audit was disapplied.\n",
    elected=["M001", "M004", "M009", "M019"]))
write(root, "minutes/2025-09-13-agm.md", agm("2025-09-13", "2025-08-22", "{ service-users: 10, carers: 4, workers: 3, community: 1 }", 3,
    ["{ id: R1, kind: accounts-approval, text: \"Cymeradwyo cyfrifon 2024-25\", result: passed, for: 19, against: 0, abstain: 2 }",
     "{ id: R2, kind: audit-disapplication, result: passed, for: 20, against: 1, abstain: 0 }",
     "{ id: R3, kind: community-policy, result: passed, for: 21, against: 0, abstain: 0 }"],
    "[accounts, elections, social-value-report, community-policy]",
    "# Cyfarfod Cyffredinol Blynyddol / AGM 2025\n\nCanolfan Gymunedol Penygroes, 13 Medi 2025. Papers in Welsh and English; BSL interpreter.\n\n"
    "1. The chair, a disabled member who employs three PAs, welcomed 18 members and 3 proxies.\n"
    "2. Accounts 2024-25 approved (R1); audit disapplied (R2).\n"
    "3. All five directors stood for re-election and were elected; the board is elected every year.\n"
    "4. The Prove It! social value report was presented and discussed.\n",
    elected=["M001", "M004", "M009", "M019", "M025"]))
write(root, "minutes/2025-06-10-board.md", board("2025-06-10", "[D1, D2, D3, D4]", "Board minutes: PA recruitment in Welsh; the members' forum plans.\n"))
write(root, "minutes/2025-12-09-board.md", board("2025-12-09", "[D1, D2, D4, D5]", "Board minutes: well-being survey results (indicative, 22 responses).\n"))
write(root, "minutes/2025-10-21-members-forum.md", """---
meeting: members-forum
date: 2025-10-21
attendance: { service-users: 11, carers: 4, workers: 2 }
co-production:
  - { decision: "PA cover rota for holidays designed by the people who employ the PAs", with: [service-users, carers] }
languages: [cy, en]
---
Members designed the holiday cover rota themselves.
""")
write(root, "members/education.csv", "date,topic,attended\n2025-10-21,Cyflogi cynorthwyydd personol / Employing a personal assistant,12\n")
write(root, "accounts/2023-24.yaml", accounts("2023-04-01", "2024-03-31", 59800, 54600, 58100, "independent-examination", "2024-08-30", 300, 400))
write(root, "accounts/2024-25.yaml", accounts("2024-04-01", "2025-03-31", 64000, 58500, 61200, "independent-examination", "2025-08-29", 320, 500))
write(root, "regulator/fca-annual-return-2025.yaml", "kind: fca-annual-return\nsubmitted: 2025-10-14\nyear-end: 2025-03-31\n")
write(root, "social-value/2024-25-prove-it.yaml", """method: prove-it
period: { start: 2024-04-01, end: 2025-03-31 }
stakeholders-engaged: [service-users, carers, workers]
presented-at: minutes/2025-09-13-agm.md
""")
people = random.Random(7)  # a person's level: a realistic spread of scores (SD about 4-5)
def swemwbs(count, base, prefix, date):
    rows = ["respondent_id,class,date," + ",".join(f"swemwbs_{i}" for i in range(1, 8))]
    for i in range(count):
        level = base + people.gauss(0, 0.85)
        rows.append(f"{prefix}{i + 1},service-users,{date}," + ",".join(str(min(5, max(1, round(rng.gauss(level, 0.7))))) for _ in range(7)))
    return "\n".join(rows) + "\n"
write(root, "surveys/2024-lles.yaml", "instrument: swemwbs\npopulation: service-users\ninvited: 18\nfielded: { start: 2024-11-01, end: 2024-11-30 }\n")
write(root, "surveys/2024-lles.csv", swemwbs(16, 3.2, "A", "2024-11-12"))
write(root, "surveys/2025-lles.yaml", "# Well-being survey: fewer than 30 people, so the result is indicative.\ninstrument: swemwbs\npopulation: service-users\ninvited: 18\nfielded: { start: 2025-11-01, end: 2025-11-30 }\nprevious: surveys/2024-lles.yaml\n")
write(root, "surveys/2025-lles.csv", swemwbs(17, 3.5, "B", "2025-11-14"))
write(root, "surveys/2026-rheolaeth.yaml", "instrument: control\npopulation: service-users\ninvited: 18\nfielded: { start: 2026-02-02, end: 2026-02-27 }\n")
write(root, "surveys/2026-rheolaeth.csv", "respondent_id,class,date,control_daily_life\n" + "\n".join(
    f"C{i + 1},service-users,2026-02-1{i % 9},{1 if i < 12 else (2 if i < 15 else 3)}" for i in range(17)) + "\n")
for name, title in [("aelodaeth-membership", "Aelodaeth / Membership"), ("cwynion-complaints", "Cwynion / Complaints"),
                    ("datganiad-o-ddiben", "Datganiad o ddiben / Statement of purpose"), ("cymuned-community", "Cymuned / Community")]:
    write(root, f"policies/{name}.md", f"# {title}\n\nCymraeg a Saesneg / Welsh and English.\n")

# ---------------------------------------------------------------- worker co-op
root = "Examples/bristol-adaptations"
shutil.rmtree(root, ignore_errors=True)
write(root, "manifest.yaml", """# Bristol Home Adaptations Workers' Co-operative Ltd: a worker co-op fitting ramps, rails and
# level-access showers for older and disabled people. Not a care provider: audit it with
# --profile governance-only.
bundle-format: 1
organisation:
  name: Bristol Home Adaptations Workers' Co-operative Ltd
  registration: { register: fca-mutuals, number: "RS007731" }
  model: worker
  legal-form: co-operative-society
  charitable: false
  nation: england
  regulated-service: false
  services: [home-adaptations]
period: { start: 2025-04-01, end: 2026-03-31 }
currency: GBP
language: en
stakeholder-classes: [workers]
constitution:
  voting: one-member-one-vote
  quorum: { general: "max(3, 50%)", board: "max(2, 50%)" }
  notice-days: 14
  interest-cap-percent: 4
  dividend-cap-percent: 30
  asset-lock: true
policies:
  - { id: membership, file: policies/membership.md, reviewed: 2025-05-20, languages: [en] }
  - { id: community, file: policies/community.md, reviewed: 2025-05-20, languages: [en] }
memberships:
  - { name: Co-operatives UK, since: 2016-01-01 }
  - { name: Bristol Co-operative Network, since: 2019-03-01 }
""")
workers = [f"W{i:02d},workers,20{15 + i}-0{1 + i % 9}-15,,1" for i in range(1, 10)]
workers.append("W10,workers,2016-03-01,2025-06-30,1")
write(root, "members/register.csv", "member_id,class,joined,left,votes\n" + "\n".join(workers) + "\n")
write(root, "board/directors.csv", """director_id,class,route,first_elected,member_id,last_elected,trained,left
D1,workers,elected,2021-05-22,W02,2024-05-18,2021-07-03,
D2,workers,elected,2023-05-20,W05,2025-05-17,2023-06-24,
D3,workers,elected,2024-05-18,W08,2024-05-18,2024-06-22,
""")
staff = [f"S{i:02d},fitter,20{15 + i}-0{1 + i % 9}-15,,W{i:02d}" for i in range(1, 10)]
staff += ["S10,fitter,2025-09-01,,", "S11,office-manager,2024-02-01,,"]
write(root, "staff/register.csv", "staff_id,role,started,left,member_id\n" + "\n".join(staff) + "\n")
write(root, "minutes/2024-05-18-agm.md", agm("2024-05-18", "2024-04-26", "{ workers: 8 }", 1,
    ["{ id: R1, kind: accounts-approval, result: passed, for: 9, against: 0, abstain: 0 }",
     "{ id: R2, kind: audit-disapplication, text: \"Not to appoint auditors for 2024-25; obtain an accountant's report\", result: passed, for: 9, against: 0, abstain: 0 }"],
    "[accounts, elections]",
    "# AGM 2024\n\nAll members attended bar one. Accounts for 2023 approved.\n", languages="[en]",
    elected=["W02", "W08"]))
write(root, "minutes/2025-05-17-agm.md", agm("2025-05-17", "2025-04-25", "{ workers: 9 }", 0,
    ["{ id: R1, kind: accounts-approval, text: \"Approve the accounts for 2024-25\", result: passed, for: 9, against: 0, abstain: 0 }",
     "{ id: R2, kind: audit-disapplication, text: \"Not to appoint auditors for 2025-26; obtain an accountant's report\", result: passed, for: 9, against: 0, abstain: 0 }",
     "{ id: R3, kind: dividend, text: \"Pay a labour dividend of £1,800 in total\", result: passed, for: 8, against: 1, abstain: 0 }"],
    "[accounts, elections, dividend]",
    "# AGM 2025\n\nThe members approved the accounts, disapplied audit and voted a labour dividend.\n", languages="[en]",
    elected=["W05"]))
for date in ["2025-06-11", "2025-09-10", "2025-12-10", "2026-03-11"]:
    write(root, f"minutes/{date}-board.md", board(date, "[D1, D2, D3]", "Quarterly board: work pipeline, health and safety, training.\n", languages="[en]"))
write(root, "members/education.csv", "date,topic,attended\n2025-09-13,Reading the accounts,7\n")
write(root, "accounts/2023-24.yaml", accounts("2023-04-01", "2024-03-31", 512300, 508100, 497600, "accountant-report", "2024-05-03", 8500, 600)
      .replace("member-dividend: 0", "member-dividend: 1200"))
write(root, "accounts/2024-25.yaml", accounts("2024-04-01", "2025-03-31", 541000, 536500, 519400, "accountant-report", "2025-05-02", 9000, 800)
      .replace("member-dividend: 0", "member-dividend: 1800"))
write(root, "regulator/fca-annual-return-2025.yaml", "kind: fca-annual-return\nsubmitted: 2025-07-08\nyear-end: 2025-03-31\n")
write(root, "policies/membership.md", "# Membership\n\nEvery worker is offered membership after six months.\n")
write(root, "policies/community.md", "# Community\n\nWe fit one free adaptation a month for people referred by local charities.\n")
print("written")

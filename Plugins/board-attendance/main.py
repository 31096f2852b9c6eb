"""nod plug-in (protocol 1, docs/plugins.md) in plain Python: board attendance across the year.

For each board meeting in the period, the share of directors in office that day who were
present; the check passes when the mean share reaches `min-rate` (default 0.75).
"""
import json
import sys


def send(message):
    sys.stdout.write(json.dumps(message, sort_keys=True) + "\n")
    sys.stdout.flush()


def in_office(director, day):
    return director["joined"] <= day and (director.get("left") is None or day < director["left"])


def attendance(request):
    evidence = request["evidence"]
    period = evidence["period"]
    minimum = float(request["params"].get("min-rate", 0.75))
    meetings = [m for m in evidence["meetings"] if m["kind"] == "board" and period["start"] <= m["date"] <= period["end"]]
    rates, cited = [], []
    for meeting in meetings:
        eligible = [d for d in evidence["directors"] if in_office(d, meeting["date"])]
        if eligible:
            rates.append(len(meeting["directors-present"]) / len(eligible))
            cited.append({"path": meeting["path"]})
    if not rates:
        return {"status": "not-applicable", "evidence": [],
                "message": {"en": "No board meetings with directors in office in the period.",
                            "cy": "Dim cyfarfodydd bwrdd gyda chyfarwyddwyr yn y swydd yn y cyfnod."}}
    mean = round(sum(rates) / len(rates), 3)
    percent = round(mean * 100, 1)
    if mean >= minimum:
        message = {"en": f"Directors attended {percent}% of board places across {len(rates)} meetings.",
                   "cy": f"Mynychodd y cyfarwyddwyr {percent}% o leoedd y bwrdd ar draws {len(rates)} cyfarfod."}
    else:
        message = {"en": f"Directors attended {percent}% of board places across {len(rates)} meetings; at least {round(minimum * 100)}% is expected.",
                   "cy": f"Mynychodd y cyfarwyddwyr {percent}% o leoedd y bwrdd ar draws {len(rates)} cyfarfod; disgwylir o leiaf {round(minimum * 100)}%."}
    return {"status": "pass" if mean >= minimum else "fail", "message": message, "evidence": cited,
            "measures": {"board-attendance-percent": percent, "board-meetings": len(rates)}}


for line in sys.stdin:
    request = json.loads(line)
    if request["type"] == "hello":
        send({"type": "hello", "protocol": 1, "plugin": "board-attendance", "version": "1.0.0", "checks": ["board-attendance-rate"]})
    elif request["type"] == "check":
        try:
            answer = attendance(request)
            send(dict(answer, type="result", id=request["id"]))
        except (KeyError, TypeError, ValueError) as error:
            send({"type": "error", "id": request["id"], "message": f"unexpected evidence: {error!r}"})
    elif request["type"] == "bye":
        break

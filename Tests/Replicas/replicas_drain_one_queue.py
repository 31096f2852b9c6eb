#!/usr/bin/env python3
"""Two `nod serve` replicas share one PostgreSQL ledger and one data folder, and drain one queue.

Uploads 200 bundles through the API: the first quarter to each replica in turn, the rest to
replica B while replica A is killed mid-way — once A holds claims on audits in hand, it is
frozen and killed (SIGKILL: no clean stop). B takes the rest and, once A's claims lapse, the
audits A had in hand. Then checks, in the database
itself: 200 submissions, every one audited, each judged exactly once in the audit trail (no
audit recorded twice, none lost), both replicas judged some, the audits A held when it died
were finished by B, and the trail's hash chain is intact (`nod ledger verify`).

Needs a PostgreSQL server the test may create a database on (Scripts/postgres.sh starts one):
Usage: Tests/Replicas/replicas_drain_one_queue.py POSTGRES_URL [--nod .build/debug/nod] [--uploads 200]
"""
import argparse, threading, io, json, os, re, signal, subprocess, sys, tempfile, time, urllib.parse, urllib.request, uuid, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []


def check(what, ok, detail=""):
    print(("  ok   " if ok else "  FAIL ") + what + ("" if ok or not detail else f": {detail}"))
    if not ok:
        failures.append(what)


def sql(url, statement):
    return subprocess.run(["psql", url, "-Atq", "-v", "ON_ERROR_STOP=1", "-c", statement], capture_output=True, text=True,
                          check=True, timeout=60).stdout.strip()


def bundle(index):
    """The example bundle zipped, with a note that makes each upload's bytes its own."""
    buffer = io.BytesIO()
    source = os.path.join(ROOT, "Examples", "gofal-dyffryn")
    with zipfile.ZipFile(buffer, "w") as archive:
        for base, _, files in os.walk(source):
            for name in sorted(files):
                path = os.path.join(base, name)
                archive.write(path, os.path.relpath(path, os.path.dirname(source)))
        archive.writestr("gofal-dyffryn/upload-note.txt", f"upload {index}\n")
    return buffer.getvalue()


class Replica:
    def __init__(self, name, nod, data, database, log_folder):
        self.name = name
        self.log = open(os.path.join(log_folder, f"{name}.log"), "w+")
        self.process = subprocess.Popen([nod, "serve", "--data", data, "--database", database, "--port", "0", "--jobs", "2",
                                         "--date", "2026-06-30", "--claim-lease-seconds", "4"],
                                        stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self.url = self.replica = None
        for _ in range(300):
            self.log.seek(0)
            found = re.search(r"(http://127\.0\.0\.1:\d+)/ .*replica ([^)\s]+)\)", self.log.read())
            if found:
                self.url, self.replica = found.group(1), found.group(2)
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        self.log.seek(0)
        raise SystemExit(f"replica {name} did not start:\n{self.log.read()}")

    def upload(self, token, organisation, index):
        request = urllib.request.Request(f"{self.url}/api/organisations/{organisation}/submissions?name=bundle-{index}.zip",
                                         data=bundle(index), method="POST",
                                         headers={"Authorization": "Bearer " + token, "Content-Type": "application/octet-stream"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("--nod", default=os.path.join(ROOT, ".build", "debug", "nod"))
    parser.add_argument("--uploads", type=int, default=200)
    args = parser.parse_args()
    name = "nod_replicas_" + uuid.uuid4().hex[:12]
    sql(args.server, f"CREATE DATABASE {name}")
    parts = urllib.parse.urlsplit(args.server)
    database = urllib.parse.urlunsplit(parts._replace(path="/" + name))
    work = tempfile.mkdtemp(prefix="nod-replicas-")
    data = os.path.join(work, "shared-data")
    replicas = []
    try:
        subprocess.run([args.nod, "users", "add", "api@gofal.coop", "--role", "co-op", "--organisation", "Gofal",
                        "--database", database], input="a long enough passphrase\n", text=True, check=True, capture_output=True)
        token = subprocess.run([args.nod, "users", "token", "api@gofal.coop", "--label", "replicas", "--database", database],
                               capture_output=True, text=True, check=True).stdout.strip()
        a = Replica("a", args.nod, data, database, work)
        b = Replica("b", args.nod, data, database, work)
        replicas = [a, b]
        request = urllib.request.Request(a.url + "/api/organisations", headers={"Authorization": "Bearer " + token})
        organisation = json.load(urllib.request.urlopen(request, timeout=30))["organisations"][0]["id"]
        print(f"replicas: {a.replica} at {a.url}, {b.replica} at {b.url}; ledger {name}")
        quarter = args.uploads // 4
        for index in range(quarter):
            (a if index % 2 == 0 else b).upload(token, organisation, index)
        # The rest go to B from another thread, so the queue keeps filling while A is killed.
        rest = threading.Thread(target=lambda: [b.upload(token, organisation, index) for index in range(quarter, args.uploads)])
        rest.start()
        # Freeze A while it holds claims on audits in hand, then kill it.
        held = []
        for _ in range(200):
            os.killpg(a.process.pid, signal.SIGSTOP)
            held = sql(database, f"SELECT id FROM submissions WHERE status = 'auditing' AND claimed_by = '{a.replica}'").split()
            if held:
                break
            os.killpg(a.process.pid, signal.SIGCONT)
            time.sleep(0.05)
        os.killpg(a.process.pid, signal.SIGKILL)
        a.process.wait()
        judged_before = int(sql(database, "SELECT COUNT(*) FROM events WHERE kind = 'judgement'"))
        print(f"killed replica a holding {len(held)} claim(s), after {judged_before} audits were recorded")
        check("replica a held claims on audits in hand when it was killed", len(held) > 0)
        rest.join()
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if sql(database, "SELECT COUNT(*) FROM submissions WHERE status IN ('queued', 'auditing')") == "0":
                break
            time.sleep(0.5)
        counts = dict(row.split("|") for row in sql(database, "SELECT status, COUNT(*) FROM submissions GROUP BY status").split())
        check(f"{args.uploads} submissions, every one audited", counts == {"audited": str(args.uploads)}, str(counts))
        twice = sql(database, "SELECT subject FROM events WHERE kind = 'judgement' GROUP BY subject HAVING COUNT(*) > 1")
        check("no audit was recorded twice", twice == "", twice)
        judged = int(sql(database, "SELECT COUNT(DISTINCT subject) FROM events WHERE kind = 'judgement'"))
        check(f"every upload was judged once ({judged} of {args.uploads})", judged == args.uploads)
        by = dict(row.split("|") for row in sql(database, "SELECT claimed_by, COUNT(*) FROM submissions GROUP BY claimed_by").split())
        check("both replicas audited some", by.get(a.replica, "0") != "0" and by.get(b.replica, "0") != "0", str(by))
        if held:
            finished = sql(database, f"SELECT COUNT(*) FROM submissions WHERE id IN ({','.join(held)}) AND status = 'audited' AND claimed_by = '{b.replica}'")
            check("the audits a held when it died were finished by b", finished == str(len(held)), f"{finished} of {len(held)}")
        verify = subprocess.run([args.nod, "ledger", "verify", "--database", database], capture_output=True, text=True, timeout=120)
        check("the audit trail's chain is intact", verify.returncode == 0, verify.stdout + verify.stderr)
        b.log.seek(0)
        check("b says it queued a's audits again", "stopped renewing its claim" in b.log.read())
    finally:
        for replica in replicas:
            replica.stop()
        subprocess.run(["rm", "-rf", work])
        try:
            sql(args.server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        except subprocess.CalledProcessError:
            pass
    print(f"replicas: {0 if failures else 1} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

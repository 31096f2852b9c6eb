#!/usr/bin/env bash
# Starts the web office on the examples: builds nod, makes a data folder (.build/office-examples)
# with an administrator, a co-op account for each example co-op, and each example bundle
# already sent and audited, then serves it on http://127.0.0.1:8080/ until Ctrl-C.
# Sign in as secretary@gofal.example (or admin@nod.example) with the passphrase printed below.
# Usage: Scripts/serve-examples.sh [--port N]
set -euo pipefail
cd "$(dirname "$0")/.."
port=8080
[ "${1:-}" = "--port" ] && port=$2
Scripts/setup.sh
swift build --product nod
nod=.build/debug/nod
data=.build/office-examples
passphrase="examples only, not for real use"
rm -rf "$data"
add() { printf '%s\n' "$passphrase" | "$nod" users add "$@" --data "$data" >/dev/null; }
add admin@nod.example --role admin
add secretary@gofal.example --role co-op --organisation "Gofal Cydweithredol Dyffryn Cyf."
add secretary@eryri.example --role co-op --organisation "Cydweithfa Byw'n Annibynnol Eryri Cyf."
add secretary@bristol.example --role co-op --organisation "Bristol Home Adaptations Workers' Co-operative Ltd"
token=$("$nod" users token admin@nod.example --label examples --data "$data")
"$nod" serve --data "$data" --port "$port" --date 2026-06-30 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT INT TERM
for _ in $(seq 1 100); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/healthz')" 2>/dev/null && break; sleep 0.2; done
python3 - "$port" "$token" <<'PY'
import io, json, os, sys, urllib.request, zipfile
port, token = sys.argv[1], sys.argv[2]
base = f"http://127.0.0.1:{port}"
def call(path, data=None, method="GET"):
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/octet-stream"})
    return json.load(urllib.request.urlopen(request))
organisations = {o["name"]: o["id"] for o in call("/api/organisations")["organisations"]}
for folder, name in (("gofal-dyffryn", "Gofal Cydweithredol Dyffryn Cyf."), ("eryri", "Cydweithfa Byw'n Annibynnol Eryri Cyf."), ("bristol", "Bristol Home Adaptations Workers' Co-operative Ltd")):
    if not os.path.isdir(os.path.join("Examples", folder)):
        continue
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for base_dir, _, files in os.walk(os.path.join("Examples", folder)):
            for file in sorted(files):
                path = os.path.join(base_dir, file)
                archive.write(path, os.path.relpath(path, "Examples"))
    call(f"/api/organisations/{organisations[name]}/submissions?name={folder}.zip", buffer.getvalue(), "POST")
PY
echo
echo "The web office is at http://127.0.0.1:$port/ — sign in as secretary@gofal.example"
echo "(or admin@nod.example) with the passphrase: $passphrase"
echo "Ctrl-C stops it."
wait $server

#!/usr/bin/env bash
# Runs schemathesis (PyPI) against a running `nod serve` from the API's own OpenAPI document
# (Schemas/openapi.json): every operation with generated inputs, and every answer checked
# against the document — no server error, no answer the schema does not allow.
# Starts its own server on a free loopback port with a fresh data folder, and stops it.
# Usage: Scripts/api-check.sh [path to nod]   (default .build/debug/nod)
set -euo pipefail
cd "$(dirname "$0")/.."
nod=${1:-.build/debug/nod}
data=$(mktemp -d)
log=$(mktemp)
cleanup() { [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$data" "$log"; }
trap cleanup EXIT
printf '%s\n' "a long enough passphrase" | "$nod" users add api@gofal.coop --role co-op --organisation "Gofal" --data "$data" >/dev/null
token=$("$nod" users token api@gofal.coop --label schemathesis --data "$data")
"$nod" serve --data "$data" --port 0 --jobs 1 --date 2026-06-30 --quiet > "$log" 2>&1 &
server=$!
for _ in $(seq 1 100); do grep -q "http://127.0.0.1:" "$log" && break; sleep 0.1; done
url=$(grep -o "http://127.0.0.1:[0-9]*" "$log" | head -1)
[ -n "$url" ] || { echo "api-check: nod serve did not start" >&2; cat "$log" >&2; exit 1; }
# One real submission, so that the ids and reports exist to be fetched.
organisation=$(python3 - "$url" "$token" <<'PY'
import io, json, os, sys, urllib.request, zipfile
url, token = sys.argv[1], sys.argv[2]
request = urllib.request.Request(url + "/api/organisations", headers={"Authorization": "Bearer " + token})
organisation = json.load(urllib.request.urlopen(request))["organisations"][0]["id"]
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as archive:
    for base, _, files in os.walk("Examples/gofal-dyffryn"):
        for name in files:
            archive.write(os.path.join(base, name), os.path.relpath(os.path.join(base, name), "Examples"))
request = urllib.request.Request(url + f"/api/organisations/{organisation}/submissions?name=gofal.zip", data=buffer.getvalue(),
                                 method="POST", headers={"Authorization": "Bearer " + token, "Content-Type": "application/octet-stream"})
urllib.request.urlopen(request)
print(organisation)
PY
)
sleep 2
st=(schemathesis)
command -v schemathesis >/dev/null || st=(python3 -c "import sys; from schemathesis.cli import schemathesis; sys.argv[0] = 'schemathesis'; schemathesis()")
"${st[@]}" run Schemas/openapi.json --url "$url" -H "Authorization: Bearer $token" \
  --checks all --max-examples "${API_CHECK_EXAMPLES:-40}" --request-timeout 20 --generation-deterministic

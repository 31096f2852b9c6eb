#!/usr/bin/env bash
# Checks the deployment examples of docs/deploy as far as this machine can run them:
# - the Slurm scripts, run as a 3-task array would run them (SLURM_ARRAY_TASK_ID 1..3) and then
#   the merge, give byte for byte the output of one batch over the same submissions;
# - the Kubernetes Jobs validate strictly against Kubernetes 1.30's schema (kubernetes-validate;
#   Debian's kubectl 1.20 predates Indexed Jobs, and a client dry run needs a cluster).
# Prints 'deploy: N passed, N failed'. Uses the built .build/debug/nod (or $NOD).
set -euo pipefail
cd "$(dirname "$0")/.."
nod=${NOD:-$PWD/.build/debug/nod}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() { if eval "$2"; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi; }

mkdir -p "$work/bin" "$work/submissions"
ln -s "$nod" "$work/bin/nod"
for example in Examples/*/; do cp -r "$example" "$work/submissions/"; done
python3 -c 'import shutil, sys; shutil.make_archive(sys.argv[1], "zip", "Examples", "gofal-dyffryn")' "$work/submissions/gofal-dyffryn-copy"
export PATH="$work/bin:$PATH" SUBMISSIONS="$work/submissions" REPORTS="$work/reports" AUDIT_DATE=2026-06-30
for k in 1 2 3; do
  SLURM_ARRAY_TASK_ID=$k SLURM_ARRAY_TASK_COUNT=3 SLURM_CPUS_PER_TASK=1 bash docs/deploy/nod-batch.sbatch 2>/dev/null
done
check "each Slurm task writes its shard" '[ -f "$work/reports/shard-1/summary.json" ] && [ -f "$work/reports/shard-3/summary.json" ]'
LEDGER="$work/office" bash docs/deploy/nod-merge.sbatch 2>/dev/null
nod batch "$work/submissions" --out "$work/one" --date 2026-06-30 --jobs 1 --format html 2>/dev/null || true
check "the merged shards equal one machine's batch" 'diff -r "$work/one" "$work/reports/all" >/dev/null'
check "the merge joins the office's ledger as a season" '[ -f "$work/office/ledger.sqlite" ]'
check "the Kubernetes Jobs validate against Kubernetes 1.30" 'kubernetes-validate --strict --quiet -k 1.30.0 docs/deploy/nod-batch-job.yaml >/dev/null'
echo "deploy: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# The test command of the README and of CI (.ci/run): installs what is missing, then builds
# every target with the check that each module declares exactly the targets it imports (drift
# between Package.swift and the code fails here), and runs the whole suite: the Swift tests,
# then the web office in a real browser (with axe-core), the deployment examples of docs/deploy,
# the API under schemathesis, and the ledger on PostgreSQL: a throwaway server on 127.0.0.1
# (Scripts/postgres.sh), the store's tests again against it, and two replicas draining one queue;
# last, as root, the Debian package built, installed and used, then removed
# (Scripts/check-package.sh: a release build, the slowest step).
# Extra arguments go to `swift test` (for example --filter NodAuditTests, or --skip slow);
# with any, the browser and API checks are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh --for-tests
swift test --explicit-target-dependency-import-check error "$@"
if [ $# -eq 0 ]; then
  python3 Tests/Browser/office_walkthrough.py
  python3 Tests/Browser/certification_walkthrough.py
  python3 Tests/Browser/portfolio_walkthrough.py
  Scripts/check-deploy.sh
  Scripts/api-check.sh
  echo "api: 1 passed, 0 failed"
  postgres=$(mktemp -d)
  trap 'Scripts/postgres.sh stop "$postgres" >/dev/null 2>&1 || true; rm -rf "$postgres"' EXIT
  url=$(Scripts/postgres.sh start "$postgres")
  NOD_TEST_POSTGRES=$url swift test --skip-build --filter "NodStoreTests|NodServerTests"
  python3 Tests/Replicas/replicas_drain_one_queue.py "$url"
  if [ "$(id -u)" -eq 0 ]; then
    Scripts/check-package.sh
  else
    echo "package: skipped (installing the .deb needs root)"
  fi
fi

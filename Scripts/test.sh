#!/usr/bin/env bash
# The test command of the README and of CI (.ci/run): installs what is missing, then builds
# every target with the check that each module declares exactly the targets it imports (drift
# between Package.swift and the code fails here), and runs the whole suite: the Swift tests,
# then the web office in a real browser (with axe-core), the deployment examples of docs/deploy,
# and the API under schemathesis.
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
fi

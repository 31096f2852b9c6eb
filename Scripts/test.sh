#!/usr/bin/env bash
# The test command of the README and of CI (.ci/run): installs what is missing, then builds
# every target with the check that each module declares exactly the targets it imports (drift
# between Package.swift and the code fails here), and runs the whole suite.
# Extra arguments go to `swift test` (for example --filter NodAuditTests, or --skip slow).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift test --explicit-target-dependency-import-check error "$@"

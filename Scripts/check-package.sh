#!/usr/bin/env bash
# Builds the Debian package (Scripts/package-deb.sh), installs it on this machine, and uses the
# installed nod as someone without a Swift toolchain would: no Swift library linked, the
# example audited, the shipped rules linted with the installed plug-ins, `man nod-audit`, the
# bash completion loaded; then removes it and checks nothing is left. Needs root (apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."
failures=0
check() { if eval "$2" >/dev/null 2>&1; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }
command -v man >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq man-db >/dev/null; }
deb=$(Scripts/package-deb.sh)
echo "package: $deb ($(du -h "$deb" | cut -f1)), depends: $(dpkg-deb -f "$deb" Depends)"
dpkg -s nod >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq nod >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R Examples/gofal-dyffryn "$work/"
check "the package declares libyaml, libarchive and libdeflate" \
  "dpkg-deb -f '$deb' Depends | grep -q libyaml && dpkg-deb -f '$deb' Depends | grep -q libarchive && dpkg-deb -f '$deb' Depends | grep -q libdeflate"
check "/usr/bin/nod links no Swift library" "! ldd /usr/bin/nod | grep -Eq 'libswift|libFoundation|libdispatch|libBlocksRuntime'"
check "the installed nod audits the example (awarded)" "cd '$work' && env -i PATH=/usr/bin:/bin /usr/bin/nod audit gofal-dyffryn --date 2026-06-30 --format md -o report.md && grep -q 'Gofal Cydweithredol Dyffryn' report.md"
check "nod rules lint: the shipped rules, no error and no warning with the plug-ins installed" \
  "cd '$work' && env -i PATH=/usr/bin:/bin /usr/bin/nod rules lint 2>lint.err && ! grep -q warning lint.err"
check "the plug-in pack's profile runs with the installed plug-ins" \
  "cd '$work' && env -i PATH=/usr/bin:/bin /usr/bin/nod audit gofal-dyffryn --date 2026-06-30 --profile care-quality-mark-extended --format json -o extended.json && grep -q '\"EXT-01\"' extended.json"
check "man nod-audit" "MANPAGER=cat man nod-audit | grep -q -- '--date'"
check "man nod" "MANPAGER=cat man nod | grep -q audit"
check "the bash completion completes subcommands" \
  "bash -c 'source /usr/share/bash-completion/completions/nod && COMP_WORDS=(nod au) COMP_CWORD=1 && _nod && [[ \" \${COMPREPLY[*]} \" == *\" audit \"* ]]'"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq nod >/dev/null
check "removed cleanly" "[ ! -e /usr/bin/nod ] && [ ! -e /usr/share/nod ] && [ ! -e /usr/share/man/man1/nod-audit.1 ] && ! dpkg -s nod"
echo "package: $((failures == 0 ? 1 : 0)) passed, $failures failed"
exit $((failures == 0 ? 0 : 1))

#!/usr/bin/env bash
# Installs what nod needs from Debian's packages, on a fresh Debian 12 with Swift 6.3:
#   libyaml-dev, libarchive-dev, libdeflate-dev  the C libraries nod links (YAML, archives, gzip)
#   python3-jsonschema, python3-yaml  the tests' JSON Schema validator
# Runs apt-get only when something is missing; uses sudo when not root.
set -euo pipefail
packages=(libyaml-dev libarchive-dev libdeflate-dev python3-jsonschema python3-yaml pkg-config)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  run=()
  [ "$(id -u)" -eq 0 ] || run=(sudo)
  echo "setup: installing ${missing[*]}" >&2
  "${run[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH; install Swift 6.3 first (swift.org)" >&2; exit 1; }

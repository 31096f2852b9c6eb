#!/usr/bin/env bash
# Installs what nod needs from Debian's packages, on a fresh Debian 12 with Swift 6.3:
#   libyaml-dev, libarchive-dev, libdeflate-dev  the C libraries nod links (YAML, archives, gzip)
#   python3-jsonschema, python3-yaml  the tests' JSON Schema validator
# With --for-tests, also what the web office's tests drive it with:
#   chromium, chromium-driver  a real browser, through Selenium
#   python3-pip, then from PyPI: selenium, axe-playwright-python (its axe-core 4.x script only),
#   schemathesis (the API checked against its OpenAPI document), kubernetes-validate (the
#   Kubernetes examples of docs/deploy checked against Kubernetes' schema)
# Runs apt-get only when something is missing (apt-get update first); uses sudo when not root.
set -euo pipefail
packages=(libyaml-dev libarchive-dev libdeflate-dev libsqlite3-dev libqrencode-dev libxlsxwriter-dev libcairo2-dev libpango1.0-dev fonts-dejavu-core python3-jsonschema python3-yaml pkg-config)
python_packages=()
if [ "${1:-}" = "--for-tests" ]; then
  packages+=(chromium chromium-driver python3-pip poppler-utils zbar-tools)
  python_packages=(selenium axe-playwright-python schemathesis kubernetes-validate)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
run=()
[ "$(id -u)" -eq 0 ] || run=(sudo)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  "${run[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ${#python_packages[@]} -gt 0 ]; then
  need=()
  python3 -c "import selenium" 2>/dev/null || need+=(selenium)
  python3 -c "import axe_playwright_python" 2>/dev/null || need+=(axe-playwright-python)
  python3 -c "import schemathesis" 2>/dev/null || need+=(schemathesis)
  command -v kubernetes-validate >/dev/null || need+=(kubernetes-validate)
  if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing ${need[*]} from PyPI" >&2
    # axe-playwright-python is wanted for its bundled axe-core script alone: not Playwright.
    pip=(python3 -m pip install --quiet --disable-pip-version-check)
    for package in "${need[@]}"; do
      extra=()
      [ "$package" = "axe-playwright-python" ] && extra=(--no-deps)
      "${pip[@]}" "${extra[@]}" "$package" 2>/dev/null || "${pip[@]}" --break-system-packages "${extra[@]}" "$package"
    done
  fi
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH; install Swift 6.3 first (swift.org)" >&2; exit 1; }

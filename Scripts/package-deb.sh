#!/usr/bin/env bash
# Builds a Debian package of nod with dpkg-deb: Scripts/install.sh staged under /usr, and the
# Debian packages of the shared libraries the binary links (libyaml, libarchive, libdeflate …)
# declared as its dependencies, as dpkg-shlibdeps finds them.
# Usage: Scripts/package-deb.sh [OUT-FOLDER]   (default .build/deb; prints the .deb's path)
# Install it with: apt-get install ./nod_VERSION_ARCH.deb   (then `man nod`, `nod --help`)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/deb}
command -v dpkg-shlibdeps >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev >/dev/null; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
package="$stage/nod"
DESTDIR="$package" Scripts/install.sh /usr >&2
version=$("$package/usr/bin/nod" --version)
arch=$(dpkg --print-architecture)
# dpkg-shlibdeps reads a source package's debian/control: a minimal one, in the staging folder.
mkdir -p "$stage/debian"
printf 'Source: nod\n\nPackage: nod\nArchitecture: any\n' > "$stage/debian/control"
binaries=("$package/usr/bin/nod" "$package/usr/share/nod/Plugins/minutes-readability/nod-plugin-minutes-readability")
# (Its warnings about libraries linked but unused are pango's pkg-config links: harmless.)
depends=$(cd "$stage" && dpkg-shlibdeps -O "${binaries[@]}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "package-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
mkdir -p "$package/DEBIAN"
cat > "$package/DEBIAN/control" <<CONTROL
Package: nod
Version: $version
Architecture: $arch
Maintainer: nod maintainers <nod@localhost>
Depends: $depends, python3
Section: utils
Priority: optional
Description: quality marks for social-care co-operatives
 nod audits a co-operative's evidence bundle (minutes, accounts, member register,
 surveys, policies) against bilingual Welsh and English standards, and writes
 reports and certificates a person can trust. It includes the web office
 (nod serve) where co-ops send evidence and certifiers decide.
CONTROL
mkdir -p "$out"
deb="$out/nod_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$package" "$deb" >&2
echo "$deb"

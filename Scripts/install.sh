#!/usr/bin/env bash
# Builds nod for release and installs it under PREFIX (default /usr/local), for machines
# without a Swift toolchain afterwards: the Swift runtime is linked in (--static-swift-stdlib),
# so the program needs only the system C libraries its Debian package names.
#   PREFIX/bin/nod
#   PREFIX/share/nod/Plugins/…                          the shipped plug-ins (the installed nod finds them)
#   PREFIX/share/man/man1/nod.1, nod.audit.1, …         manual pages (argument-parser's generate-manual),
#                                                       also reached as nod-audit and so on
#   PREFIX/share/bash-completion/completions/nod        completions for bash, zsh and fish
#   PREFIX/share/zsh/vendor-completions/_nod
#   PREFIX/share/fish/vendor_completions.d/nod.fish
# Usage: Scripts/install.sh [PREFIX]      DESTDIR=/tmp/stage Scripts/install.sh /usr stages a package
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-/usr/local}
root="${DESTDIR:-}$prefix"
Scripts/setup.sh
flags=(-c release --static-swift-stdlib)
swift build "${flags[@]}" --product nod
swift build "${flags[@]}" --product nod-plugin-minutes-readability
swift build "${flags[@]}" --product generate-manual
bin=$(swift build "${flags[@]}" --show-bin-path)

install -d "$root/bin" "$root/share/nod" "$root/share/man/man1" "$root/share/bash-completion/completions" \
  "$root/share/zsh/vendor-completions" "$root/share/fish/vendor_completions.d"
# Stripped: the symbol tables are most of an unstripped static binary (211 MB → about 60).
install -s -m 755 "$bin/nod" "$root/bin/nod"

rm -rf "$root/share/nod/Plugins"
cp -R Plugins "$root/share/nod/Plugins"
find "$root/share/nod/Plugins" -name __pycache__ -prune -exec rm -rf {} +
install -s -m 755 "$bin/nod-plugin-minutes-readability" "$root/share/nod/Plugins/minutes-readability/"
rm -f "$root/share/nod/Plugins/minutes-readability/main.swift"

manual=$(mktemp -d)
trap 'rm -rf "$manual"' EXIT
# generate-manual drops every character outside ASCII (its escaping keeps ASCII only), and
# the help has em dashes and Welsh words: the help it reads has each such character as a
# token, and the pages have the token as roff's Unicode escape (— becomes \[u2014]).
cat > "$manual/nod" <<WRAPPER
#!/bin/sh
"$bin/nod" "\$@" | python3 -c 'import sys; sys.stdout.write("".join(c if ord(c) < 128 else "NODU%04XZ" % ord(c) for c in sys.stdin.read()))'
WRAPPER
chmod +x "$manual/nod"
mkdir "$manual/pages"
"$bin/generate-manual" "$manual/nod" --multi-page --authors "the nod project" --output-directory "$manual/pages"
python3 - "$manual/pages" <<'UNICODE'
import pathlib, re, sys
for page in pathlib.Path(sys.argv[1]).glob("*.1"):
    page.write_text(re.sub(r"NODU([0-9A-F]{4,6})Z", r"\\[u\1]", page.read_text()))
UNICODE
for page in "$manual"/pages/*.1; do
  name=$(basename "$page")
  # A blank line in mdoc is a paragraph break man warns about: written as the macro it means.
  sed 's/^$/.Pp/' "$page" > "$manual/page" && install -m 644 "$manual/page" "$root/share/man/man1/$name"
  # generate-manual names a subcommand's page nod.audit.1; `man nod-audit` (as git's pages are
  # named) reaches it through a one-line page that includes it.
  case "${name%.1}" in
    nod.*) printf '.so man1/%s\n' "$name" > "$root/share/man/man1/$(echo "${name%.1}" | tr . -).1" ;;
  esac
done

"$bin/nod" --generate-completion-script bash > "$root/share/bash-completion/completions/nod"
"$bin/nod" --generate-completion-script zsh > "$root/share/zsh/vendor-completions/_nod"
"$bin/nod" --generate-completion-script fish > "$root/share/fish/vendor_completions.d/nod.fish"
echo "installed nod $("$bin/nod" --version) under $root" >&2

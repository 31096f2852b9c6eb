#!/bin/sh
# Runs the plug-in's program: installed beside this file (Scripts/install.sh puts it there),
# else built by `swift build` in the repository (release if built, else debug).
here=$(dirname "$0")
for binary in "$here/nod-plugin-minutes-readability" "$here/../../.build/release/nod-plugin-minutes-readability" \
              "$here/../../.build/debug/nod-plugin-minutes-readability"; do
  [ -x "$binary" ] && exec "$binary"
done
echo "nod-plugin-minutes-readability is not built: run 'swift build' in the repository" >&2
exit 127

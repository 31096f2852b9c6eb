#!/bin/sh
# Runs the plug-in built by `swift build` (release if built, else debug) from the repository.
here=$(dirname "$0")
for build in release debug; do
  binary="$here/../../.build/$build/nod-plugin-minutes-readability"
  [ -x "$binary" ] && exec "$binary"
done
echo "nod-plugin-minutes-readability is not built: run 'swift build' in the repository" >&2
exit 127

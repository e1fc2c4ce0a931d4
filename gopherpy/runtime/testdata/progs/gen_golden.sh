#!/bin/sh
# Regenerate the .out/.err/.exit goldens of this directory with the real Go toolchain.
cd "$(dirname "$0")"
tmp=$(mktemp -d)
for f in *.go; do
	b=${f%.go}
	go build -o "$tmp/$b" "$f" && (cd "$tmp" && "./$b" >"$OLDPWD/$b.out" 2>"$OLDPWD/$b.err"; echo $? >"$OLDPWD/$b.exit")
done
rm -rf "$tmp"

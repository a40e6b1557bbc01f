#!/usr/bin/env bash
# Runs every fuzz target of ospobot in turn, each for FUZZTIME (default 10m; CI runs
# them for a few seconds each). One at a time, on one core by default (-parallel), so
# that it can run beside other work. A crash is saved under the package's
# testdata/fuzz/FuzzX/ and fails the run: commit that file, and it becomes a regression
# test that `go test` runs from then on.
#
#   scripts/fuzz.sh                 # all targets, 10m each
#   FUZZTIME=30s scripts/fuzz.sh    # shorter
#   scripts/fuzz.sh FuzzArchive     # only the targets whose names match
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-10m}
parallel=${FUZZPARALLEL:-1}
filter=${1:-.}
status=0
# Each line: package, target; every Fuzz function of the module's test files, so a new
# target runs here without being listed.
mapfile -t targets < <(grep -rHo --include='*_test.go' '^func Fuzz[A-Za-z0-9_]*' . |
	sed -E 's#^\./(.*)/[^/]*_test\.go:func (Fuzz.*)$#./\1 \2#' | sort)
for t in "${targets[@]}"; do
	read -r pkg name <<<"$t"
	[[ $name =~ $filter ]] || continue
	echo "== $name ($pkg) for $fuzztime"
	corpus="$pkg/testdata/fuzz/$name"
	before=$(ls "$corpus" 2>/dev/null | sort || true)
	if ! go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" -parallel "$parallel" "$pkg"; then
		after=$(ls "$corpus" 2>/dev/null | sort || true)
		if [[ "$after" != "$before" ]]; then
			echo "!! $name found a failure; see $corpus/" >&2
			status=1
		else
			# A run that fails with no failing input written is Go's fuzz coordinator
			# racing its own -fuzztime deadline ("context deadline exceeded" at the end,
			# go.dev/issue/75804, fixed in Go 1.27); a build or seed failure fails the
			# seed run that go test does first, in .ci/run's test step.
			echo "?? $name stopped without a failing input (Go's fuzztime deadline race); not a finding" >&2
		fi
	fi
done
exit $status

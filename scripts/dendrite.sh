#!/usr/bin/env bash
# A real Matrix homeserver (Dendrite) on 127.0.0.1, for the Matrix adapter's tests.
#
#   scripts/dendrite.sh build                     build once; later calls reuse the binaries
#   scripts/dendrite.sh start DIR PORT [USER:PASSWORD ...]
#                                                 configure a fresh server in DIR, start it on
#                                                 127.0.0.1:PORT, wait until it answers, make users
#   scripts/dendrite.sh stop DIR                  stop the server started in DIR
#
# DENDRITE_RATE_LIMIT=THRESHOLD:COOLOFF_MS turns Dendrite's rate limiting on (it is off
# in its CI configuration), for tests of M_LIMIT_EXCEEDED. DENDRITE_PARENT=PID stops the
# server when that process ends, so that a test binary that dies leaves nothing running.
#
# Dendrite is built from the Go module proxy with `go install pkg@version`, which leaves
# this module's go.mod alone: it is a test service, run beside ospobot and never linked
# into it. The binaries are cached in $OSPOBOT_DENDRITE_BIN (default
# ~/.cache/ospobot/dendrite-$VERSION/bin).
set -euo pipefail

VERSION=v0.13.8
BIN="${OSPOBOT_DENDRITE_BIN:-${XDG_CACHE_HOME:-$HOME/.cache}/ospobot/dendrite-$VERSION/bin}"
TOOLS=(dendrite generate-config generate-keys create-account)

die() { echo "dendrite.sh: $*" >&2; exit 1; }

build() {
	local missing=0
	for t in "${TOOLS[@]}"; do [[ -x "$BIN/$t" ]] || missing=1; done
	[[ $missing == 0 ]] && return 0
	mkdir -p "$BIN"
	echo "dendrite.sh: building Dendrite $VERSION into $BIN (once; about 90 s)" >&2
	local pkgs=()
	for t in "${TOOLS[@]}"; do pkgs+=("github.com/matrix-org/dendrite/cmd/$t@$VERSION"); done
	# Outside any module, so that no go.mod is read or changed; cgo for its SQLite.
	(cd "$(mktemp -d)" && GOBIN="$BIN" GOFLAGS= CGO_ENABLED=1 go install "${pkgs[@]}")
}

start() {
	local dir="$1" port="$2"
	shift 2
	build
	mkdir -p "$dir"
	dir="$(cd "$dir" && pwd)"
	[[ -e "$dir/dendrite.yaml" ]] && die "$dir holds a server already: start takes a new directory"
	(cd "$dir" && "$BIN/generate-keys" --private-key matrix_key.pem >/dev/null)
	"$BIN/generate-config" -ci -dir "$dir" >"$dir/dendrite.yaml"
	# Quiet logs in the directory; the private key next to the config.
	sed -i -e "s|private_key: matrix_key.pem|private_key: $dir/matrix_key.pem|" \
		-e 's|  level: trace|  level: warn|' "$dir/dendrite.yaml"
	if [[ -n "${DENDRITE_RATE_LIMIT:-}" ]]; then
		local threshold="${DENDRITE_RATE_LIMIT%%:*}" cooloff="${DENDRITE_RATE_LIMIT#*:}"
		sed -i -e "/^  rate_limiting:/,/cooloff_ms:/{s/enabled: false/enabled: true/;s/threshold: .*/threshold: $threshold/;s/cooloff_ms: .*/cooloff_ms: $cooloff/}" "$dir/dendrite.yaml"
		grep -A3 '^  rate_limiting:' "$dir/dendrite.yaml" | grep -q 'enabled: true' || die "could not turn rate limiting on"
	fi
	"$BIN/dendrite" --config "$dir/dendrite.yaml" --http-bind-address "127.0.0.1:$port" \
		--really-enable-open-registration >"$dir/dendrite.log" 2>&1 &
	local server=$!
	echo "$server" >"$dir/pid"
	if [[ -n "${DENDRITE_PARENT:-}" ]]; then
		(
			while kill -0 "$DENDRITE_PARENT" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 1; done
			kill "$server" 2>/dev/null
		) </dev/null >/dev/null 2>&1 &
	fi
	local url="http://127.0.0.1:$port"
	for _ in $(seq 1 120); do
		if curl -fsS "$url/_matrix/client/versions" >/dev/null 2>&1; then
			for u in "$@"; do
				"$BIN/create-account" --config "$dir/dendrite.yaml" --url "$url" \
					--username "${u%%:*}" --password "${u#*:}" >>"$dir/accounts.log" 2>&1 ||
					{ stop "$dir"; die "could not create user ${u%%:*}: see $dir/accounts.log"; }
			done
			echo "$url"
			return 0
		fi
		kill -0 "$(cat "$dir/pid")" 2>/dev/null || { tail -20 "$dir/dendrite.log" >&2; die "the server exited"; }
		sleep 0.5
	done
	stop "$dir"
	die "the server did not answer on $url within 60 s"
}

stop() {
	local dir="$1" pid
	[[ -f "$dir/pid" ]] || return 0
	pid="$(cat "$dir/pid")"
	if kill "$pid" 2>/dev/null; then
		for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
		kill -9 "$pid" 2>/dev/null || true
	fi
	rm -f "$dir/pid"
}

case "${1:-}" in
build) build ;;
start) [[ $# -ge 3 ]] || die "usage: start DIR PORT [USER:PASSWORD ...]"; shift; start "$@" ;;
stop) [[ $# -eq 2 ]] || die "usage: stop DIR"; stop "$2" ;;
*) die "usage: $0 build | start DIR PORT [USER:PASSWORD ...] | stop DIR" ;;
esac

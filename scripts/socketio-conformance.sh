#!/usr/bin/env bash
# Runs the official compliance suites of Engine.IO v4 and Socket.IO v5 (the protocols' own mocha suites)
# against Doran Chat's protocol layer, started as a test server wired with the suites' reference handlers
# (Engine.IO echo at /engine.io/, Socket.IO at /socket.io/; pingInterval 300 ms, pingTimeout 200 ms,
# maxPayload 1,000,000, connectTimeout 1,000 ms, CORS *).
#
#   scripts/socketio-conformance.sh
#
# The suites are third-party test material, not part of this repository: DORAN_CONFORMANCE_DIR names the
# folder holding engine.io-protocol/test-suite and socket.io-protocol/test-suite (default: the first of
# ../shared/conformance next to the repository and /work/shared/conformance that exists). Needs a JDK 21+
# and Node.js 18+ with npm (the suites' dependencies come from the npm registry). Fails when the suites are
# missing, or when a suite fails twice, each run with mocha's two retries per case; it never skips. The
# retries are for the suites' timing (their 300 ms heartbeat on a busy machine); a real protocol fault
# fails every attempt. The test server's Socket.IO handler emits `auth` 50 ms after the connection,
# because the suite's client loses the second of two frames read at once (see ReferenceHandler).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

fail() { echo "socketio-conformance: $*" >&2; exit 1; }

if [[ -n "${DORAN_CONFORMANCE_DIR:-}" ]]; then
  suites="$DORAN_CONFORMANCE_DIR"
elif [[ -d "$root/../shared/conformance" ]]; then
  suites="$(cd "$root/../shared/conformance" && pwd)"
else
  suites=/work/shared/conformance
fi
for suite in engine.io-protocol socket.io-protocol; do
  [[ -f "$suites/$suite/test-suite/test-suite.js" && -f "$suites/$suite/test-suite/package-lock.json" ]] \
    || fail "no $suite/test-suite in $suites (set DORAN_CONFORMANCE_DIR to the folder of the compliance suites)"
done
command -v node >/dev/null && command -v npm >/dev/null || fail "Node.js 18 or newer with npm is needed"
source "$root/scripts/java-home.sh"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "socketio-conformance: building the test server"
./mvnw -B -q -pl chat-adapters-ws -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
classpath="chat-adapters-ws/target/test-classes:chat-adapters-ws/target/classes:$(cat chat-adapters-ws/target/test-classpath.txt)"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$JAVA_HOME/bin/java" -cp "$classpath" io.doran.chat.adapters.ws.socketio.ConformanceServer "$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q "^listening on $port" "$work/server.log" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; fail "the test server did not start"; }
  sleep 0.2
done
grep -q "^listening on $port" "$work/server.log" || { cat "$work/server.log" >&2; fail "the test server did not start in time"; }

status=0
for suite in engine.io-protocol socket.io-protocol; do
  echo "socketio-conformance: $suite compliance suite against port $port"
  cp -r "$suites/$suite/test-suite" "$work/$suite"
  chmod -R u+w "$work/$suite"
  (cd "$work/$suite" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || fail "npm ci of the $suite suite failed"
  sed -i "s#http://localhost:3000#http://localhost:$port#" "$work/$suite/test-suite.js"
  grep -q "http://localhost:$port" "$work/$suite/test-suite.js" || fail "the $suite suite no longer names http://localhost:3000"
  if ! (cd "$work/$suite" && npx --no-install mocha --retries 2 --reporter dot test-suite.js); then
    echo "socketio-conformance: the $suite suite failed; running it once more" >&2
    if ! (cd "$work/$suite" && npx --no-install mocha --retries 2 --reporter dot test-suite.js); then
      echo "socketio-conformance: the $suite suite FAILED twice" >&2
      status=1
    fi
  fi
done
if [[ "$status" -ne 0 ]]; then
  echo "--- test server log ---" >&2
  tail -n 100 "$work/server.log" >&2
  fail "compliance suites failed"
fi
echo "socketio-conformance: both compliance suites passed"

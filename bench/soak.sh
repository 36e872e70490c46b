#!/usr/bin/env bash
# The soak: the embedded-default jar under churn, floods, slow readers and normal chat for a long time, and
# whether its heap after a full collection ends within 10% of where it started. Not run in CI.
#
#   bench/soak.sh [--minutes 30] [--warmup-minutes 5] [--cpus LIST] [--quick]
#
#   --minutes N          how long the measured soak lasts (default 30), after the warm-up
#   --warmup-minutes N   load before the start is measured (default 5): it fills the embedded store's bounded
#                        message windows, so that "start" is the steady state the end is compared with
#   --cpus LIST          pin the server and the driver to these CPUs with taskset (e.g. 1), niced
#   --quick              2 minutes after a 1-minute warm-up: checks that everything works
#
# Writes results/soak.json and results/soak.md (raw log and the server's log in results/runs/). Exits 1 when
# the heap grew by more than 10%. Needs a JDK 21+ (jcmd), Node.js 18+ with npm, curl.
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$bench")"
cd "$bench"

minutes=30
warmup=5
cpus=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --warmup-minutes) warmup="$2"; shift 2 ;;
    --cpus) cpus="$2"; shift 2 ;;
    --quick) minutes=2; warmup=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
log() { echo "[soak] $*" >&2; }

source "$root/scripts/java-home.sh"
command -v node >/dev/null || { echo "Node.js 18 or newer is needed (with npm)" >&2; exit 1; }
jar="$root/chat-bootstrap/target/doran-chat.jar"
if [[ ! -f "$jar" ]]; then
  log "building the server jar (./mvnw -B -q -DskipTests package)"
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules
fi
pin=()
if [[ -n "$cpus" ]]; then pin=(nice -n 10 taskset -c "$cpus"); fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
run_dir="$bench/results/runs/$stamp-soak"
mkdir -p "$run_dir"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

# The embedded default at its defaults (rate limits, connection caps, outbound queues, keepalive), except:
# smaller message windows, so that the warm-up fills them (the defaults, 10,000 per room and 100,000 in all,
# would take hours at this rate; either way the store stops growing once they are full), and idempotency
# keys kept 5 minutes instead of 24 hours (state bounded by that time, not a leak; 24 h would keep growing
# through any 30-minute run).
server_args=(--server.port="$port" --logging.level.io.doran=WARN
             --chat.memory.max-messages-per-room=500 --chat.memory.max-messages=2000
             --chat.limits.idempotency-ttl=5m)
# G1 is what the JVM picks on two cores or more; pinned to one CPU it would pick the serial collector.
jvm=(-Xms512m -Xmx512m -XX:+UseG1GC)
# A copy of the jar: a build during the soak must not change the classes under the running server.
cp "$jar" "$run_dir/doran-chat.jar"
"${pin[@]}" "$JAVA_HOME/bin/java" "${jvm[@]}" -jar "$run_dir/doran-chat.jar" "${server_args[@]}" >"$run_dir/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then break; fi
  kill -0 "$server_pid" 2>/dev/null || { echo "the server exited at startup; see $run_dir/server.log" >&2; exit 1; }
  sleep 0.5
done
log "server pid $server_pid on port $port; ${warmup} min warm-up, then ${minutes} min${cpus:+ (pinned to CPU $cpus)}"

status=0
"${pin[@]}" node driver/soak.js --url "http://127.0.0.1:$port" --server-pid "$server_pid" --jcmd "$JAVA_HOME/bin/jcmd" \
  --minutes "$minutes" --warmup-minutes "$warmup" --sample-minutes "$(( minutes >= 10 ? 5 : 1 ))" --run-id "$stamp" \
  --histograms "$run_dir" \
  --out "$run_dir/soak.json" >/dev/null 2> >(tee "$run_dir/soak.log" >&2) || status=$?

if [[ -f "$run_dir/soak.json" ]]; then
  node - "$run_dir/soak.json" "$cpus" "${server_args[*]}" "${jvm[*]}" >"$run_dir/soak.md" <<'EOF'
const [file, cpus, args, jvm] = process.argv.slice(2);
const r = require(file);
const c = r.conditions;
const os = require('node:os');
const lines = [
  `# Soak ${r.generated_at}`, '',
  `Embedded default, \`java ${jvm} -jar doran-chat.jar ${args}\`; ${c.warmup_minutes} min warm-up, then ${c.minutes} min.`,
  `${os.cpus().length} cores (${os.cpus()[0].model.trim()})${cpus ? `, server and driver pinned to CPU ${cpus} (niced)` : ''}, shared with other work.`,
  `Load: ${c.chatters} chatters in ${c.rooms} rooms (a message every ${c.chat_every_seconds} s each), ${c.flooders} flooders,`
    + ` ${c.slow_readers} slow readers (${c.slow_pause_seconds} s without reading), ${c.churners} churners (a storm every ${c.churn_every_seconds} s).`, '',
  `**Heap after full GC: start ${r.heap.start_mb} MB, end ${r.heap.end_mb} MB (${r.heap.growth_pct >= 0 ? '+' : ''}${r.heap.growth_pct}%): `
    + `${r.heap.within_10_pct ? 'within 10%' : 'more than 10% growth'}** (just after start-up, before any load: ${r.heap.at_startup_mb} MB).`, '',
  '| minute | heap after GC (MB) | RSS (MB) | threads | messages acked | RATE_LIMITED | churn storms | slow readers closed by the server |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...r.samples.map((s) => `| ${s.minute} | ${s.heap_after_gc_mb} | ${s.rss_mb} | ${s.threads} | ${s.acked_messages} | ${s.rate_limited} | ${s.churn_storms} | ${s.slow_readers_closed_by_server} |`),
  '', '```json', JSON.stringify(r.counts, null, 2), '```',
];
if (r.error_samples.length) lines.push('', 'First unexpected errors:', '', ...r.error_samples.map((e) => `- \`${e}\``));
console.log(lines.join('\n'));
EOF
  cp "$run_dir/soak.json" "$bench/results/soak.json"
  cp "$run_dir/soak.md" "$bench/results/soak.md"
  log "wrote $bench/results/soak.json and soak.md"
fi
exit "$status"

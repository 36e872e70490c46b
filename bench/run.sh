#!/usr/bin/env bash
# Runs one benchmark workload against Doran Chat (its /chat endpoint and its Socket.IO endpoint) and against the
# Socket.IO 4 peer, alternating, with the same driver, and writes results/latest.json and results/latest.md (plus
# results/<workload>[-deflate][-quick].{json,md}).
#
#   bench/run.sh [--workload fanout|broadcast|idle|persistence] [--quick] [--rounds N] [--smoke] [--pin] [--deflate]
#                [--servers doran,socketio,doran-socketio] [--prewarm SECONDS]
#
#   fanout       2,000 connections in 100 rooms of 20, 500 senders, 100-byte messages; the send rate ramps
#                until p99 exceeds 50 ms or a message is lost, then bisects (default)
#   broadcast    big rooms: 2,000 connections in 4 rooms of 500, 8 senders, 100-byte messages, the same ramp
#   idle         as many idle authenticated connections as the file-descriptor limit allows; memory per connection
#                (Doran with -Xmx512m, neither fixed nor touched, so that its resident memory grows as it is used)
#   persistence  fanout with Doran on the production set (profiles scylla,redis) against a real CQL server and
#                Redis (DORAN_CQL_CONTACT_POINT / DORAN_REDIS_URL, else started here: Cassandra 5.0 on JDK 17, redis-server)
#   --quick      shorter steps and one round: under three minutes per workload (persistence: Cassandra's start
#                included)
#   --smoke      a tiny fan-out that only checks everything works (CI); fails if any server lost or
#                refused anything, and leaves results/latest.* alone
#   --rounds N   rounds per server (default 3; --quick and --smoke: 1)
#   --pin        the server on CPU 0 and the driver on the other CPUs (taskset), so that they never share a core;
#                the stores of persistence are not pinned
#   --deflate    the clients offer permessage-deflate, as browsers do (by default they offer no compression)
#   --servers    which servers to measure (default all three: Doran's /chat, the Socket.IO peer, Doran's /socket.io/)
#   --prewarm S  seconds of unmeasured load before the ramp (default 16 or 20; persistence 45 with --quick, else 90):
#                on two cores the JIT of a fresh server, and of Cassandra beside it, compiles for a minute or more
#                under load, and a step measured before it is done measures the compiler (compare builds with 90)
#
# DORAN_JAR=path measures that jar instead of chat-bootstrap/target/doran-chat.jar (a build before a change, say);
# DORAN_ARGS="--chat.x=y ..." gives Doran more settings (say, --chat.ws.coalesce-window=0).
#
# Needs a JDK 21+, Node.js 18+ with npm, curl; persistence also a JDK 17 (Cassandra) and redis-server.
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$bench")"
cd "$bench"

workload=fanout
prewarm_override=""
quick=false
smoke=false
rounds=""
pin=false
deflate=false
servers="doran,socketio,doran-socketio"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --workload) workload="$2"; shift 2 ;;
    --quick) quick=true; shift ;;
    --smoke) smoke=true; quick=true; shift ;;
    --rounds) rounds="$2"; shift 2 ;;
    --pin) pin=true; shift ;;
    --deflate) deflate=true; shift ;;
    --prewarm) prewarm_override="$2"; shift 2 ;;
    --servers) servers="$2"; shift 2 ;;
    -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$workload" in fanout|broadcast|idle|persistence) ;; *) echo "--workload must be fanout, broadcast, idle or persistence" >&2; exit 2 ;; esac
IFS=, read -r -a server_list <<<"$servers"
for server in "${server_list[@]}"; do
  case "$server" in doran|socketio|doran-socketio) ;; *) echo "--servers takes doran, socketio, doran-socketio" >&2; exit 2 ;; esac
done
if [[ -z "$rounds" ]]; then rounds=$([[ "$quick" == true ]] && echo 1 || echo 3); fi

log() { echo "[bench] $*" >&2; }

# --- prerequisites -------------------------------------------------------------------------------------
source "$root/scripts/java-home.sh"
command -v node >/dev/null || { echo "Node.js 18 or newer is needed (with npm)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }
# DORAN_JAR: another build of the server to measure (say, the one before a change), instead of this checkout's.
jar="${DORAN_JAR:-$root/chat-bootstrap/target/doran-chat.jar}"
if [[ -z "${DORAN_JAR:-}" && ! -f "$jar" || ( "$workload" == persistence && ! -d "$root/cassandra-test-server/target/cassandra-lib" ) ]]; then
  log "building the server jar (./mvnw -B -q -DskipTests package)"
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  log "installing the driver and the Socket.IO peer (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules
fi
# Every connection is a file descriptor, on both ends.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
fd_limit=$(ulimit -n)

# --pin: the server on CPU 0, the driver on the rest, so that neither takes the other's core.
server_cpus="" driver_cpus="" pinning="" server_pin=() driver_pin=()
if [[ "$pin" == true ]]; then
  command -v taskset >/dev/null || { echo "--pin needs taskset (util-linux)" >&2; exit 1; }
  cpus=$(nproc)
  (( cpus >= 2 )) || { echo "--pin needs at least two CPUs" >&2; exit 1; }
  server_cpus=0 driver_cpus="1-$((cpus - 1))"
  pinning="Pinned with taskset: server on CPU $server_cpus, driver on CPU $driver_cpus"
  server_pin=(taskset -c "$server_cpus") driver_pin=(taskset -c "$driver_cpus")
fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
run_dir="$bench/results/runs/$stamp-$workload"
mkdir -p "$run_dir"
# The servers run a copy of the jar: a build started meanwhile would replace the file under a running server.
cp "$jar" "$run_dir/doran-chat.jar"
jar="$run_dir/doran-chat.jar"

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

started=()
cleanup() {
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${started[@]}"; do
    wait "$pid" 2>/dev/null || true
    # Cassandra is not this shell's child and takes a few seconds to stop: wait for it, then insist.
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -f "$run_dir/doran-chat.jar"
}
trap cleanup EXIT

await_http() { # url pid what
  for _ in $(seq 1 240); do
    if curl -sf "$1" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$2" 2>/dev/null; then echo "$3 exited at startup; see $run_dir" >&2; return 1; fi
    sleep 0.5
  done
  echo "$3 did not answer $1 in time; see $run_dir" >&2
  return 1
}

stop() { # pid
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# --- the stores of the persistence workload -----------------------------------------------------------
spring_stores=()
aux_pids=""
if [[ "$workload" == persistence ]]; then
  secret=$(head -c 32 /dev/urandom | base64)
  if [[ -n "${DORAN_REDIS_URL:-}" ]]; then
    spring_stores+=("--spring.data.redis.url=$DORAN_REDIS_URL")
  else
    command -v redis-server >/dev/null || { echo "persistence needs redis-server (or DORAN_REDIS_URL)" >&2; exit 1; }
    redis_port=$(free_port)
    redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$run_dir" \
      --logfile "$run_dir/redis.log" &
    redis_pid=$!
    started+=("$redis_pid")
    spring_stores+=("--spring.data.redis.host=127.0.0.1" "--spring.data.redis.port=$redis_port")
    aux_pids="redis:$redis_pid"
  fi
  if [[ -n "${DORAN_CQL_CONTACT_POINT:-}" ]]; then
    spring_stores+=("--spring.cassandra.contact-points=$DORAN_CQL_CONTACT_POINT"
                    "--spring.cassandra.local-datacenter=${DORAN_CQL_LOCAL_DC:-datacenter1}")
  else
    read -r cql_port cassandra_pid < <("$bench/cassandra.sh" "$run_dir/cassandra")
    started+=("$cassandra_pid")
    spring_stores+=("--spring.cassandra.contact-points=127.0.0.1:$cql_port" "--spring.cassandra.local-datacenter=datacenter1")
    aux_pids="${aux_pids:+$aux_pids,}cassandra:$cassandra_pid"
  fi
  spring_stores+=("--spring.profiles.active=scylla,redis" "--spring.cassandra.keyspace-name=bench_$stamp"
                  "--chat.auth.dev-tokens=true" "--chat.auth.jwt.secret=$secret")
fi

# --- the servers ---------------------------------------------------------------------------------------
# Doran Chat as an operator would run it: a fixed 1 GiB heap, touched at startup, and the send rate limits lifted (the peer
# has none); everything else at its defaults.
doran_jvm=(-Xms1g -Xmx1g -XX:+AlwaysPreTouch)
# Idle measures what connections cost in resident memory: a heap that grows as it is used (README: -Xmx512m holds
# 10,000 idle connections with room to spare), not one committed and touched at start.
if [[ "$workload" == idle ]]; then doran_jvm=(-Xmx512m); fi
# Pinned to one CPU the JVM would pick the serial collector; keep the collector it uses unpinned.
if [[ "$pin" == true ]]; then doran_jvm+=(-XX:+UseG1GC); fi
doran_args=(--chat.limits.messages-per-minute=100000000 --chat.limits.requests-per-second=1000000
            --chat.ws.max-connections-per-ip=1000000
            --chat.limits.request-burst=1000000 --logging.level.io.doran=WARN)
# DORAN_ARGS: more settings for Doran, e.g. DORAN_ARGS="--chat.ws.coalesce-window=0" to measure without coalescing.
read -r -a extra_doran_args <<<"${DORAN_ARGS:-}"
doran_args+=("${extra_doran_args[@]}")
server_pid=""
server_url=""
start_doran() { # log
  local port; port=$(free_port)
  "${server_pin[@]}" "$JAVA_HOME/bin/java" "${doran_jvm[@]}" -jar "$jar" --server.port="$port" "${doran_args[@]}" "${spring_stores[@]}" \
    >"$1" 2>&1 &
  server_pid=$!
  started+=("$server_pid")
  server_url="http://127.0.0.1:$port"
  await_http "$server_url/actuator/health" "$server_pid" "Doran Chat"
}
start_socketio() { # log
  local port; port=$(free_port)
  "${server_pin[@]}" node peer/socketio-server.js --port "$port" >"$1" 2>&1 &
  server_pid=$!
  started+=("$server_pid")
  server_url="http://127.0.0.1:$port"
  await_http "$server_url/health" "$server_pid" "the Socket.IO peer"
}

# --- the workload --------------------------------------------------------------------------------------
connections=2000 rooms=100 senders=500 size=100 p99_limit=50
if [[ "$workload" == broadcast ]]; then rooms=4 senders=8; fi
if [[ "$smoke" == true ]]; then connections=40 rooms=4 senders=8 p99_limit=1000; fi
driver_args=()
case "$workload" in
  fanout|broadcast|persistence)
    driver_args=(--workload fanout --connections "$connections" --rooms "$rooms" --senders "$senders" --size "$size"
                 --p99-limit-ms "$p99_limit")
    # Sends per second: each reaches every member of its room (20, or 500 in broadcast).
    case "$workload" in persistence) start_rate=250 ;; broadcast) start_rate=10 ;; *) start_rate=1000 ;; esac
    if [[ "$smoke" == true ]]; then
      driver_args+=(--start-rate 20 --max-rate 40 --factor 2 --refine 0 --warmup-seconds 0.5 --step-seconds 1
                    --drain-seconds 5 --pause-seconds 0)
      ramp="20 then 40 sends/s, 1 s steps (smoke)"
    elif [[ "$quick" == true ]]; then
      # A cold server on the stores needs longer before it keeps up than one in memory.
      if [[ "$workload" == persistence ]]; then quick_rate=$start_rate; prewarm=45; else quick_rate=$((start_rate * 2)); prewarm=16; fi
      prewarm=${prewarm_override:-$prewarm}
      driver_args+=(--start-rate "$quick_rate" --factor 1.6 --refine 1 --prewarm-seconds "$prewarm" --warmup-seconds 1 --step-seconds 3)
      ramp="$prewarm s unmeasured warm-up, then from $quick_rate sends/s, x1.6 per step, 1 bisection, 1 s warm-up + 3 s measured per step"
    else
      # The stores' own JIT warms up beside the server's on the same cores: persistence warms up longer.
      if [[ "$workload" == persistence ]]; then prewarm=90; else prewarm=20; fi
      prewarm=${prewarm_override:-$prewarm}
      driver_args+=(--start-rate "$start_rate" --factor 1.4 --refine 2 --prewarm-seconds "$prewarm" --warmup-seconds 2 --step-seconds 5)
      ramp="$prewarm s unmeasured warm-up, then from $start_rate sends/s, x1.4 per step, 2 bisections, 2 s warm-up + 5 s measured per step"
    fi
    conditions_extra="\"ramp\": \"$ramp\", \"p99_limit_ms\": $p99_limit"
    ;;
  idle)
    max_connections=$(( fd_limit - 1000 ))
    if [[ "$quick" == true ]]; then max_connections=$(( max_connections < 10000 ? max_connections : 10000 )); fi
    driver_args=(--workload idle --members-per-room 20 --batch 1000 --max-connections "$max_connections"
                 --milestones 1000,5000,10000,15000,20000,30000,40000,50000 --hold-seconds 10)
    conditions_extra="\"max_connections\": $max_connections, \"fd_limit\": $fd_limit, \"batch\": 1000, \"members_per_room\": 20"
    ;;
esac

if [[ "$deflate" == true ]]; then driver_args+=(--deflate true); fi
if [[ "$workload" == persistence ]]; then
  doran_mode="profiles scylla,redis (Cassandra 5.0 and Redis on this machine), fixed 1 GiB heap (-Xms1g -Xmx1g -XX:+AlwaysPreTouch)"
elif [[ "$workload" == idle ]]; then
  doran_mode="embedded default (in memory), heap -Xmx512m (not fixed, not touched at start)"
else
  doran_mode="embedded default (in memory), fixed 1 GiB heap (-Xms1g -Xmx1g -XX:+AlwaysPreTouch)"
fi
if [[ "$pin" == true ]]; then doran_mode+=", G1"; fi
machine_line="Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"
machine_line+=" $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), Linux $(uname -r | cut -d- -f1),"
machine_line+=" $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2 | sed 's/^/JDK /'), Node.js $(node -v);"
machine_line+=" servers, driver and stores share the machine."
cat >"$run_dir/meta.json" <<EOF
{
  "workload": "$workload",
  "quick": $quick,
  "deflate": $deflate,
  "doran_extra_args": "${DORAN_ARGS:-}",
  "generated_at": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": {"cpus": $(nproc), "model": "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')",
              "memory_gib": $(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo), "kernel": "$(uname -r)",
              "java": "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | sed 's/"/\\"/g')", "node": "$(node -v)"},
  "conditions": {"connections": $connections, "rooms": $rooms, "senders": $senders, "size": $size, "rounds": $rounds,
                 "doran_mode": "$doran_mode",
                 "socketio_mode": "socket.io $(node -p "require('socket.io/package.json').version") on Node.js $(node -v), in memory, one process",
                 "machine_line": "$machine_line", "pinning": "$pinning", "deflate": $deflate,
                 "servers": "$servers", $conditions_extra}
}
EOF

run_one() { # round server
  local round=$1 server=$2
  log "round $round/$rounds: $server ($workload)"
  if [[ "$server" == socketio ]]; then start_socketio "$run_dir/$round-$server-server.log"; else start_doran "$run_dir/$round-$server-server.log"; fi
  local extra=()
  if [[ "$server" != socketio ]]; then extra=(--jcmd "$JAVA_HOME/bin/jcmd"); fi
  if [[ "$server" != socketio && -n "$aux_pids" ]]; then extra+=(--aux-pids "$aux_pids"); fi
  "${driver_pin[@]}" node driver/driver.js --server "$server" --url "$server_url" --server-pid "$server_pid" --run-id "$stamp-$round" \
    "${driver_args[@]}" "${extra[@]}" --out "$run_dir/$round-$server.json" >/dev/null 2> >(tee "$run_dir/$round-$server.log" >&2)
  stop "$server_pid"
}

for round in $(seq 1 "$rounds"); do
  # Alternate the order from round to round, so that no server always runs first (or last) on a warm machine.
  order=("${server_list[@]}")
  if (( round % 2 == 0 )); then
    order=(); for (( i = ${#server_list[@]} - 1; i >= 0; i-- )); do order+=("${server_list[$i]}"); done
  fi
  for server in "${order[@]}"; do run_one "$round" "$server"; done
done

if [[ "$smoke" == true ]]; then
  # A smoke run checks that everything works; it leaves the published results alone.
  node driver/report.js "$run_dir" "$run_dir" >/dev/null
  node -e '
    const r = require(process.argv[1]);
    const ok = (s) => s && s.delivered_per_s > 0 && s.lost === 0 && s.errors === 0 && s.dropped_connections === 0;
    const measured = process.argv[2].split(",").map((name) => [name, r[name.replace("-", "_")]]);
    if (!measured.every(([, s]) => ok(s))) {
      console.error("[bench] smoke run failed: " + JSON.stringify(Object.fromEntries(measured)));
      process.exit(1);
    }
    console.error("[bench] smoke run passed: " + measured.map(([name, s]) => `${name} ${s.delivered_per_s}`).join(", ") + " delivered/s");
  ' "$run_dir/latest.json" "$servers"
  exit 0
fi
node driver/report.js "$run_dir" "$bench/results"
log "wrote $bench/results/latest.json and latest.md (raw runs in $run_dir)"

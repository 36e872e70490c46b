#!/usr/bin/env bash
# Runs deploy/nginx/doran-chat.conf — the nginx configuration compose.yaml mounts — in front of two Doran Chat
# nodes on the production profiles (scylla,redis), on this machine without Docker, and chats through it:
# REST and WebSocket /chat through nginx, then one node is stopped and a client reconnects through nginx to
# the other node and gets what it missed (join-room with lastMessageId). Exits non-zero when anything fails.
#
#   deploy/nginx-two-nodes.sh
#
# Starts everything it needs on free local ports and stops all of it at the end: redis-server, Apache Cassandra 5.0
# on JDK 17 (bench/cassandra.sh, from the jars cassandra-test-server copies), the two jars and nginx. Installs nginx
# (apt-get install -y nginx) when it is missing; needs a JDK 21+ (scripts/java-home.sh), a JDK 17, redis-server,
# Node.js 18+ with npm (the WebSocket client is bench's ws package) and curl.
set -euo pipefail
deploy="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$deploy")"
cd "$root"
log() { echo "[nginx-two-nodes] $*" >&2; }

# --- prerequisites -------------------------------------------------------------------------------------
source scripts/java-home.sh
if ! command -v nginx >/dev/null 2>&1; then
  log "installing nginx (apt-get install -y nginx)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
command -v redis-server >/dev/null || { echo "redis-server is needed (apt-get install redis-server)" >&2; exit 1; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "Node.js 18+ with npm is needed" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }
jar="$root/chat-bootstrap/target/doran-chat.jar"
if [[ ! -f "$jar" || ! -d "$root/cassandra-test-server/target/cassandra-lib" ]]; then
  log "building the jar and Cassandra's classpath (./mvnw -B -q -DskipTests package)"
  ./mvnw -B -q -DskipTests package
fi
if [[ ! -d bench/node_modules || bench/package-lock.json -nt bench/node_modules ]]; then
  log "installing the WebSocket client (npm ci in bench/)"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error && touch node_modules)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/doran-nginx.XXXXXX")
free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

started=()
passed=false
cleanup() {
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${started[@]}"; do
    wait "$pid" 2>/dev/null || true
    # Cassandra is not this shell's child and takes a few seconds to stop: wait for it, then insist.
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [[ "$passed" == true ]]; then
    rm -rf "$work"
  else
    log "logs are in $work"
  fi
}
trap cleanup EXIT

await_http() { # url pid what log
  for _ in $(seq 1 240); do
    if curl -sf "$1" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$2" 2>/dev/null; then log "$3 exited at startup:"; tail -n 40 "$4" >&2; return 1; fi
    sleep 0.5
  done
  log "$3 did not answer $1 in time:"; tail -n 40 "$4" >&2
  return 1
}

# --- the stores ------------------------------------------------------------------------------------------
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" --logfile "$work/redis.log" &
started+=("$!")
log "redis-server on port $redis_port"
log "starting Cassandra 5.0 on JDK 17 (about a minute)"
read -r cql_port cassandra_pid < <(bench/cassandra.sh "$work/cassandra")
started+=("$cassandra_pid")
log "Cassandra on port $cql_port"

# --- two nodes on the production profiles ----------------------------------------------------------------
secret=$(head -c 32 /dev/urandom | base64)
nodes=()
node_pids=()
for n in 1 2; do
  port=$(free_port)
  "$JAVA_HOME/bin/java" -Xms256m -Xmx512m -jar "$jar" --server.port="$port" --spring.profiles.active=scylla,redis \
    --spring.cassandra.contact-points="127.0.0.1:$cql_port" --spring.cassandra.local-datacenter=datacenter1 \
    --spring.cassandra.keyspace-name=nginx_two_nodes --spring.data.redis.host=127.0.0.1 \
    --spring.data.redis.port="$redis_port" --chat.auth.jwt.secret="$secret" --chat.auth.dev-tokens=true \
    >"$work/node-$n.log" 2>&1 &
  pid=$!
  started+=("$pid")
  # one after the other: the first creates the keyspace and the schema
  await_http "http://127.0.0.1:$port/actuator/health/readiness" "$pid" "node $n" "$work/node-$n.log"
  nodes+=("http://127.0.0.1:$port=$pid")
  node_pids+=("$pid")
  log "node $n on port $port (pid $pid)"
done

# --- nginx with the shipped configuration ----------------------------------------------------------------
nginx_port=$(free_port)
mkdir -p "$work/nginx/tmp"
upstream1="${nodes[0]%%=*}"; upstream1="${upstream1#http://}"
upstream2="${nodes[1]%%=*}"; upstream2="${upstream2#http://}"
sed -e "s/server chat-1:8080/server $upstream1/" -e "s/server chat-2:8080/server $upstream2/" \
    -e "s/listen 80;/listen 127.0.0.1:$nginx_port;/" deploy/nginx/doran-chat.conf >"$work/nginx/doran-chat.conf"
grep -q "server $upstream1" "$work/nginx/doran-chat.conf" && grep -q "listen 127.0.0.1:$nginx_port" "$work/nginx/doran-chat.conf" \
  || { echo "deploy/nginx/doran-chat.conf no longer has the upstream or listen lines this script replaces" >&2; exit 1; }
user_line=""
if [[ $(id -u) == 0 ]]; then user_line="user root;"; fi
cat >"$work/nginx/nginx.conf" <<NGINX
$user_line
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log $work/nginx/access.log;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    include $work/nginx/doran-chat.conf;
}
NGINX
nginx -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' >"$work/nginx/stdout.log" 2>&1 &
nginx_pid=$!
started+=("$nginx_pid")
await_http "http://127.0.0.1:$nginx_port/actuator/health" "$nginx_pid" "nginx" "$work/nginx/error.log"
log "nginx on port $nginx_port (pid $nginx_pid) in front of both nodes"

# --- the chat --------------------------------------------------------------------------------------------
node deploy/nginx-two-nodes.js --nginx "http://127.0.0.1:$nginx_port" --node "${nodes[0]}" --node "${nodes[1]}"
passed=true
log "passed"

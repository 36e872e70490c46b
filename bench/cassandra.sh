#!/usr/bin/env bash
# Starts Apache Cassandra 5.0 (the jars cassandra-test-server copies from Maven Central) on JDK 17 as the
# persistence workload's CQL server, in the given work directory; prints "<cql port> <pid>" once it accepts
# CQL connections. Cassandra does not run on JDK 21+: DORAN_CASSANDRA_JAVA_HOME (default the Debian JDK 17).
set -euo pipefail
work="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
java="${DORAN_CASSANDRA_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java"
lib="$root/cassandra-test-server/target/cassandra-lib"
[[ -x "$java" ]] || { echo "Cassandra needs a JDK 17 at $java (or set DORAN_CQL_CONTACT_POINT)" >&2; exit 1; }
[[ -d "$lib" ]] || { echo "no $lib: build with ./mvnw -B -DskipTests package" >&2; exit 1; }
mkdir -p "$work"
port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
cql_port=$(port); storage_port=$(port); jmx_port=$(port)
cat >"$work/cassandra.yaml" <<YAML
cluster_name: doran-bench
num_tokens: 1
partitioner: org.apache.cassandra.dht.Murmur3Partitioner
data_file_directories: [$work/data]
commitlog_directory: $work/commitlog
saved_caches_directory: $work/saved_caches
hints_directory: $work/hints
cdc_raw_directory: $work/cdc
commitlog_sync: periodic
commitlog_sync_period: 10000ms
seed_provider:
  - class_name: org.apache.cassandra.locator.SimpleSeedProvider
    parameters:
      - seeds: "127.0.0.1:$storage_port"
listen_address: 127.0.0.1
rpc_address: 127.0.0.1
storage_port: $storage_port
native_transport_port: $cql_port
endpoint_snitch: SimpleSnitch
start_native_transport: true
auto_snapshot: false
YAML
opens=()
for m in java.base/java.lang.module java.base/jdk.internal.loader java.base/jdk.internal.ref java.base/jdk.internal.reflect \
         java.base/jdk.internal.math java.base/jdk.internal.module java.base/jdk.internal.util.jar \
         jdk.management/com.sun.management.internal java.base/java.io java.base/java.nio java.base/sun.nio.ch \
         java.base/java.lang java.base/java.util java.base/java.util.concurrent java.base/java.util.concurrent.atomic java.base/java.net; do
  opens+=(--add-opens "$m=ALL-UNNAMED")
done
for m in java.base/jdk.internal.misc java.base/jdk.internal.ref java.base/sun.nio.ch java.management.rmi/com.sun.jmx.remote.internal.rmi \
         java.rmi/sun.rmi.registry java.rmi/sun.rmi.server java.sql/java.sql; do
  opens+=(--add-exports "$m=ALL-UNNAMED")
done
env -u JAVA_TOOL_OPTIONS "$java" -Xms1g -Xmx1g -XX:+UseG1GC "-Dcassandra.config=file://$work/cassandra.yaml" \
  -Dcassandra-foreground=yes "-Dcassandra.storagedir=$work" -Dcassandra.skip_wait_for_gossip_to_settle=0 \
  -Dcassandra.ring_delay_ms=100 -Dcassandra.superuser_setup_delay_ms=0 -Dcassandra.initial_token=0 \
  "-Dcassandra.jmx.local.port=$jmx_port" "-Dcassandra.logdir=$work" "${opens[@]}" \
  -cp "$lib/*" org.apache.cassandra.service.CassandraDaemon >"$work/cassandra.log" 2>&1 &
pid=$!
for _ in $(seq 1 360); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$cql_port") 2>/dev/null; then echo "$cql_port $pid"; exit 0; fi
  kill -0 "$pid" 2>/dev/null || { echo "Cassandra exited at startup; see $work/cassandra.log" >&2; exit 1; }
  sleep 0.5
done
echo "Cassandra did not open its CQL port in time; see $work/cassandra.log" >&2
kill "$pid"; exit 1

#!/usr/bin/env bash
# Load on loopback (issue 6 item 3). Builds nothing: run `mvn -q -B -o package -DskipTests` first.
#
#   bench/load.sh            # defaults below; override with env:
#   JVM_FLAGS="-Xmx200m -XX:+UseSerialGC" DURATION=30 RATE=500 bench/load.sh
#
# Starts `serve --demo` (rate limit lifted), signs in, warms up, then for GET /api/threads and
# GET /api/threads/{id}: a bounded wrk run (throughput at CONNECTIONS in flight) and a fixed-rate
# run at RATE req/s (bench/FixedRate.java, latency from the intended send time). Samples the
# server's RSS with ps every 200 ms while it serves and prints the peak.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-server/target/hearback.jar}
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
# The flags BENCHMARKS.md recommends; the CDS archive from bench/cds.sh when there is one.
JVM_FLAGS=${JVM_FLAGS:--Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=32m}
if [ -z "${NO_CDS:-}" ] && [ -f bench/app.jsa ]; then JVM_FLAGS="$JVM_FLAGS -XX:SharedArchiveFile=bench/app.jsa"; fi
# glibc keeps a malloc arena per thread that allocates; two are plenty for this server.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
DURATION=${DURATION:-20}
RATE=${RATE:-500}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
BASE=http://127.0.0.1:$PORT
[ -f "$JAR" ] || { echo "no $JAR: build first (mvn -q -B -o package -DskipTests)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

echo "date: $(date -u +%FT%TZ)  machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
echo "java: $(java -version 2>&1 | head -1)  flags: $JVM_FLAGS  MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
# shellcheck disable=SC2086
PORT=$PORT HEARBACK_RATE_LIMIT_PER_MINUTE=100000000 java $JVM_FLAGS -jar "$JAR" serve --demo >/tmp/hearback-load.log 2>&1 &
PID=$!
RSS_LOG=$(mktemp)
cleanup() { kill "$PID" 2>/dev/null || true; kill "${SAMPLER:-0}" 2>/dev/null || true; rm -f "$RSS_LOG"; }
trap cleanup EXIT
for _ in $(seq 1 300); do
  kill -0 "$PID" 2>/dev/null || { echo "server exited" >&2; cat /tmp/hearback-load.log >&2; exit 1; }
  curl -sf "$BASE/healthz" >/dev/null 2>&1 && break; sleep 0.1
done
curl -sf "$BASE/healthz" >/dev/null || { echo "server did not start" >&2; cat /tmp/hearback-load.log >&2; exit 1; }

REDIRECT=https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/cb
TOKEN=$(curl -s -o /dev/null -w '%{redirect_url}' "$BASE/auth/start?redirect_uri=$REDIRECT" | sed 's/.*#token=\([^&]*\).*/\1/')
export TOKEN
ID=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/threads" | python3 -c 'import json,sys; print(json.load(sys.stdin)["threads"][0]["threadId"])')
echo "signed in; thread $ID; RSS after start: $(ps -o rss= -p $PID) KB"

( while kill -0 "$PID" 2>/dev/null; do ps -o rss= -p "$PID" >> "$RSS_LOG" || true; sleep 0.2; done ) &
SAMPLER=$!

echo "--- warm-up (wrk 10 s, both routes)"
PATHS="/api/threads /api/threads/$ID" wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s bench/auth.lua "$BASE" | grep wrk_summary
for P in /api/threads "/api/threads/$ID"; do
  echo "--- wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s GET $P"
  PATHS=$P wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/auth.lua "$BASE" | grep -E 'wrk_summary|Non-2xx|Socket errors' || true
done
for P in /api/threads "/api/threads/$ID"; do
  echo "--- fixed rate $RATE req/s for ${DURATION}s GET $P"
  CONNECTIONS=$CONNECTIONS java bench/FixedRate.java "$RATE" "$DURATION" "$TOKEN" "$BASE$P" || echo "(errors above)"
done
echo "--- RSS of the server while serving: peak $(sort -n "$RSS_LOG" | tail -1) KB, last $(tail -1 "$RSS_LOG") KB (ps -o rss, every 200 ms)"
echo "load after: $(uptime | sed 's/.*load average/load average/')"

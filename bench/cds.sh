#!/usr/bin/env bash
# Builds an application Class Data Sharing archive for the server jar (JDK 17: dynamic archive at
# exit). Builds no code: run `mvn -q -B -o package -DskipTests` first. The archive is tied to this
# exact jar (path, size and mtime) and this JVM; after a rebuild make it again, or the JVM warns and
# runs without it.
#
#   bench/cds.sh [ARCHIVE]          # default bench/app.jsa (ignored by git)
#   java -XX:SharedArchiveFile=bench/app.jsa -jar server/target/hearback.jar serve --demo
#
# The training run starts serve --demo, signs in and calls every read route once, so the classes
# of the first request are in the archive too, then stops the server (SIGTERM exits normally,
# which writes the archive).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-server/target/hearback.jar}
ARCHIVE=${1:-bench/app.jsa}
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
JVM_FLAGS=${JVM_FLAGS:--Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=32m}
BASE=http://127.0.0.1:$PORT
rm -f "$ARCHIVE"
# shellcheck disable=SC2086
PORT=$PORT java -XX:ArchiveClassesAtExit="$ARCHIVE" $JVM_FLAGS -jar "$JAR" serve --demo >/tmp/hearback-cds.log 2>&1 &
PID=$!
for _ in $(seq 1 600); do
  kill -0 "$PID" 2>/dev/null || { echo "server exited" >&2; cat /tmp/hearback-cds.log >&2; exit 1; }
  curl -sf "$BASE/healthz" >/dev/null 2>&1 && break; sleep 0.1
done
TOKEN=$(curl -s -o /dev/null -w '%{redirect_url}' "$BASE/auth/start?redirect_uri=https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/cb" | sed 's/.*#token=\([^&]*\).*/\1/')
ID=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/threads" | python3 -c 'import json,sys; print(json.load(sys.stdin)["threads"][0]["threadId"])')
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/threads/$ID"
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/settings"
curl -sf -o /dev/null "$BASE/"
kill -TERM "$PID"
wait "$PID" || true
ls -la "$ARCHIVE"

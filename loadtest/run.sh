#!/bin/sh
# Load and fault tests of cadregraph's server, on loopback, each bounded in time (LoadTest.java says what each does).
#
#   loadtest/run.sh [load|runaway|slow|huge|all]     # from the project root, after: mvn -B -q package -DskipTests
#
# Builds the sample store into a temporary directory, starts `serve --localhost` on a free port with a 256 MB
# heap (128 MB and a 300 s timeout for `huge`, so the result is larger than the heap and has time to stream),
# runs the test against it and stops the server. Environment: JAR (default target/cadregraph.jar),
# PORT (default 3399), SERVE_ARGS (extra options for serve, e.g. for an older jar without --localhost: SERVE_ARGS=" ").
set -eu
cd "$(dirname "$0")/.."
JAR=${JAR:-target/cadregraph.jar}
PORT=${PORT:-3399}
SERVE_ARGS=${SERVE_ARGS:---localhost}
WHAT=${1:-all}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cadregraph-loadtest.XXXXXX")
SERVER=""
stop_server() {
    if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""; fi
}
trap 'stop_server; rm -rf "$WORK"' EXIT INT TERM

[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -q package -DskipTests first" >&2; exit 2; }
echo "# $(date -u +%FT%TZ) $(uname -m), $(nproc) cores, $(java -version 2>&1 | head -1); jar $JAR"
java -jar "$JAR" build samples --db "$WORK/db" --no-progress -q > "$WORK/build.log" 2>&1 || true
sed 's/"30000"/"300000"/' fuseki-config/config.ttl > "$WORK/config-300s.ttl"

start_server() {   # start_server HEAP [serve options]
    heap=$1; shift
    java "-Xmx$heap" -jar "$JAR" serve --db "$WORK/db" --port "$PORT" $SERVE_ARGS "$@" > "$WORK/server.log" 2>&1 &
    SERVER=$!
    i=0
    until curl -s -o /dev/null "http://127.0.0.1:$PORT/\$/ping"; do
        i=$((i + 1)); [ $i -lt 120 ] || { echo "server did not start:" >&2; cat "$WORK/server.log" >&2; exit 3; }
        sleep 1
    done
}

run() {   # run TEST [options]
    t=$1; shift
    timeout 900 java loadtest/LoadTest.java "$t" --url "http://127.0.0.1:$PORT" --pid "$SERVER" "$@"
}

status=0
failed() {   # the work directory goes at exit: a failure shows the end of the server's log
    status=1
    echo "# server log, last 30 lines:"
    tail -30 "$WORK/server.log" | cut -c1-300
}
for t in load runaway slow huge; do
    [ "$WHAT" = all ] || [ "$WHAT" = "$t" ] || continue
    case $t in
        huge) start_server 128m --config "$WORK/config-300s.ttl" ;;
        *) start_server 256m ;;
    esac
    case $t in
        load) run load --clients 32 --seconds 60 || failed ;;
        runaway) run runaway --clients 8 || failed ;;
        slow) run slow --connections 200 --seconds 60 || failed ;;
        huge) run huge --rows 2000000 || failed ;;
    esac
    echo "# server log: $(grep -c . "$WORK/server.log") lines, longest $(awk '{ if (length($0) > m) m = length($0) } END { print m+0 }' "$WORK/server.log") characters"
    stop_server
done
exit $status

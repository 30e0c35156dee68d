#!/usr/bin/env bash
# Runs the test suite against a real, throw-away PostgreSQL cluster (and SQLite files).
#
#   ./test.sh                                 dotnet test OpenEmploi.slnx -c Release
#   ./test.sh --filter FullyQualifiedName~Storage   extra arguments go to dotnet test
#   ./test.sh --exec CMD ARGS...              run CMD instead, with the cluster up (benchmarks, one project)
#
# The cluster lives in a temporary folder, listens on 127.0.0.1 on a free port, and is stopped and
# removed on exit. Tests find it through OPENEMPLOI_TEST_POSTGRES.
set -euo pipefail
cd "$(dirname "$0")"

find_pg_bindir() {
    local dir
    if command -v pg_config >/dev/null 2>&1; then
        dir="$(pg_config --bindir 2>/dev/null || true)"
        # Debian's pg_config (libpq-dev) may point at /usr/bin, which has no initdb.
        if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then echo "$dir"; return 0; fi
    fi
    while IFS= read -r dir; do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then echo "$dir"; return 0; fi
    done < <(ls -d /usr/lib/postgresql/*/bin /usr/pgsql-*/bin 2>/dev/null | sort -V -r)
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v initdb)"; return 0
    fi
    return 1
}

if ! PG_BIN="$(find_pg_bindir)"; then
    if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "test.sh: PostgreSQL not found, installing it with apt-get..." >&2
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
        PG_BIN="$(find_pg_bindir)" || { echo "test.sh: PostgreSQL installed but initdb/pg_ctl not found." >&2; exit 1; }
    else
        echo "test.sh: PostgreSQL server binaries (initdb, pg_ctl) not found." >&2
        echo "  Install them (Debian/Ubuntu: sudo apt-get install postgresql) or put them on PATH, then rerun." >&2
        echo "  To run without PostgreSQL: OPENEMPLOI_SKIP_POSTGRES=1 dotnet test OpenEmploi.slnx" >&2
        exit 1
    fi
fi

# Browser tests drive Debian's Chromium (Playwright's own browser download needs the internet).
# As root it is installed when missing; otherwise the browser tests skip and say why.
find_chromium() {
    local candidate
    for candidate in chromium chromium-browser; do
        # A Chromium that cannot even print its version would fail every browser test: not found.
        if command -v "$candidate" >/dev/null 2>&1 && "$candidate" --version >/dev/null 2>&1; then
            command -v "$candidate"; return 0
        fi
    done
    return 1
}
if ! CHROMIUM="$(find_chromium)"; then
    if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "test.sh: Chromium not found, installing it with apt-get (browser tests)..." >&2
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-liberation
        CHROMIUM="$(find_chromium)" || { echo "test.sh: chromium installed but not found on PATH." >&2; exit 1; }
    else
        CHROMIUM=""
        echo "test.sh: WARNING: Chromium not found and not root: the browser tests will be SKIPPED." >&2
        echo "  Install it (Debian/Ubuntu: sudo apt-get install chromium), or run ./test.sh as root." >&2
    fi
fi
if [[ -n "$CHROMIUM" ]]; then
    # The tests fail, rather than skip, when this path is set and Chromium does not start.
    export OPENEMPLOI_CHROMIUM="$CHROMIUM"
    echo "test.sh: browser tests use $("$CHROMIUM" --version 2>/dev/null)" >&2
fi

free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
        return
    fi
    local port
    for _ in $(seq 1 100); do
        port=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    echo "test.sh: no free port found" >&2
    return 1
}

PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/openemploi-pg.XXXXXX")"
PG_DATA="$PG_TMP/data"

# As root, PostgreSQL refuses to run: the cluster belongs to the postgres user.
as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
if [[ "$(id -u)" -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || { echo "test.sh: running as root but there is no 'postgres' user." >&2; exit 1; }
    chown postgres: "$PG_TMP"
fi

cleanup() {
    if [[ -f "$PG_DATA/postmaster.pid" ]]; then
        as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_TMP"
}
trap cleanup EXIT

as_owner "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale=C --no-sync >"$PG_TMP/initdb.log" 2>&1 \
    || { cat "$PG_TMP/initdb.log" >&2; exit 1; }

# A throw-away cluster: durability is not wanted, speed is.
started=0
for _ in 1 2 3; do
    PORT="$(free_port)"
    if as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_TMP/server.log" -w -t 60 start \
        -o "-p $PORT -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        >/dev/null; then
        started=1; break
    fi
done
if [[ "$started" -ne 1 ]]; then
    echo "test.sh: PostgreSQL did not start:" >&2; cat "$PG_TMP/server.log" >&2; exit 1
fi
for _ in $(seq 1 60); do
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break
    sleep 0.5
done
"$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" || { echo "test.sh: PostgreSQL not ready." >&2; exit 1; }

export OPENEMPLOI_TEST_POSTGRES="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
echo "test.sh: $("$PG_BIN/postgres" --version) on 127.0.0.1:$PORT (temporary)" >&2

if [[ "${1:-}" == "--exec" ]]; then
    shift
    "$@"
else
    # dotnet test prints one summary per test project; CI reads one closing line for the whole run.
    LOG="$PG_TMP/dotnet-test.log"
    status=0
    # The Release build: the JIT-optimised code that ships, and a third less CPU than Debug on the
    # computing tests (statistics, generators, search). No code depends on DEBUG (no Debug.Assert,
    # no #if DEBUG). OPENEMPLOI_TEST_CONFIGURATION=Debug runs the Debug build instead.
    dotnet test OpenEmploi.slnx -c "${OPENEMPLOI_TEST_CONFIGURATION:-Release}" "$@" 2>&1 | tee "$LOG" || status=$?
    awk '/(Passed|Failed)! +- +Failed: /{ for (i = 1; i <= NF; i++) { v = $(i + 1); gsub(",", "", v);
            if ($i == "Failed:") f += v; if ($i == "Passed:") p += v; if ($i == "Skipped:") s += v } }
         END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$LOG"
    exit "$status"
fi

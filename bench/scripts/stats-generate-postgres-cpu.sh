#!/usr/bin/env bash
# Runs `openemploi stats generate --scale $SCALE` (default 0.1) on the test cluster with each CLI given
# (e.g. a main build then a branch build), printing the client's /usr/bin/time figures and the
# server's CPU ticks (postmaster + reaped children + live children, from /proc) around each run.
# Usage: SCALE=0.03 ./test.sh --exec bench/scripts/stats-generate-postgres-cpu.sh CLI1 [CLI2...]
set -u
port=$(echo "$OPENEMPLOI_TEST_POSTGRES" | grep -o -i 'port=[0-9]*' | cut -d= -f2)
pm=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
server_ticks() {
  local total=0 f
  read -r -a f < <(sed 's/.*) //' /proc/$pm/stat)
  # after ") ": field index 0 = state (field 3). utime=14 -> idx 11, stime 12, cutime 13, cstime 14
  total=$(( f[11] + f[12] + f[13] + f[14] ))
  for c in $(pgrep -P "$pm"); do
    read -r -a f < <(sed 's/.*) //' /proc/$c/stat 2>/dev/null) || continue
    total=$(( total + f[11] + f[12] ))
  done
  echo $total
}
echo "postmaster $pm port $port, $(getconf CLK_TCK) ticks/s"
"$1" --store "postgres:$OPENEMPLOI_TEST_POSTGRES" migrate > /dev/null || exit 1
for cli in "$@"; do
  name=$(basename "$(dirname "$cli")")
  before=$(server_ticks); start=$(date +%s.%N)
  /usr/bin/time -v "$cli" --store "postgres:$OPENEMPLOI_TEST_POSTGRES" stats generate --scale "${SCALE:-0.1}" > /tmp/stats-generate-pg-$name.out 2> /tmp/stats-generate-pg-$name.time
  end=$(date +%s.%N); sleep 3; after=$(server_ticks)
  echo "$name: server CPU $(( after - before )) ticks, wall $(echo "$end - $start" | bc) s, load $(cut -d' ' -f1-3 /proc/loadavg)"
  grep -E "User time|System time|Maximum resident|Elapsed" /tmp/stats-generate-pg-$name.time
  tail -1 /tmp/stats-generate-pg-$name.out
done

#!/usr/bin/env bash
# Performance figures (see docs/performance.md). Builds the jars when missing, builds the corpus
# of 1,000 reports under bench/target, then prints:
#   1. the whole-run benchmark (start-up split, steady-state files/s and MB/s, peak heap);
#   2. the CLI end to end with /usr/bin/time -v (median wall time and peak RSS of N runs) on the
#      1,000 reports and on one 20 KB report, with java -jar and with the cli/gongwen launcher;
#   3. with --c1, the whole-run benchmark again under the launcher's JVM settings (C1 only, serial
#      GC): the steady state a CLI run would reach with no warm-up left, the floor of its wall time;
#   4. with --server, the HTTP server (server/target/gongwen-server.jar in a JVM of its own, as
#      cli/gongwen serve runs it): latency and checks/s of POST /api/v1/check, 20 KB report, 4 clients;
#   5. with --jmh, the JMH benchmarks (hot paths, cold checker build); extra arguments after
#      --jmh go to JMH, e.g. bench/run.sh --jmh CheckBenchmark -f 1.
# Usage: bench/run.sh [--runs N] [--cli-only] [--c1] [--server] [--jmh [JMH ARGS...]]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
jmh=false
whole=true
c1=false
server=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --cli-only) whole=false; shift ;;
    --c1) c1=true; shift ;;
    --server) server=true; shift ;;
    --jmh) jmh=true; shift; break ;;
    *) echo "usage: bench/run.sh [--runs N] [--cli-only] [--c1] [--server] [--jmh [JMH ARGS...]]" >&2; exit 2 ;;
  esac
done

if [ ! -f bench/target/benchmarks.jar ] || [ ! -f cli/target/gongwen.jar ] || [ ! -f server/target/gongwen-server.jar ]; then
  mvn -B -q package -DskipTests
fi
bench=bench/target/benchmarks.jar
work=bench/target
corpus=$work/corpus-1000
single=$work/one-20k.txt
java -cp "$bench" io.github.gongwen.bench.CorpusBuilder "$work" seeds corpus/state-council

if $whole; then
  echo
  echo "== whole run (one JVM) =="
  java -cp "$bench" io.github.gongwen.bench.WholeRun "$work"
fi
if $c1; then
  echo
  echo "== whole run, launcher settings (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:NewRatio=1) =="
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:NewRatio=1 -cp "$bench" io.github.gongwen.bench.WholeRun "$work"
fi

# Times a command N times with /usr/bin/time -v; prints the median and best wall time, the median
# CPU time (user + system: steadier than wall time when other work shares the cores) and the
# largest peak RSS.
timed() {
  local label="$1"; shift
  local walls=() cpus=() rss=0 out tmp
  tmp=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -v -o "$tmp" "$@" >/dev/null 2>&1 || true
    out=$(cat "$tmp")
    local wall kb
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' <<<"$out")
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' <<<"$out")
    walls+=("$wall")
    cpus+=("$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' <<<"$out")")
    if [ "${kb:-0}" -gt "$rss" ]; then rss=$kb; fi
  done
  rm -f "$tmp"
  local median best cpu
  median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  best=$(printf '%s\n' "${walls[@]}" | sort -n | head -1)
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '  %-44s %5.2f s wall (best %5.2f)  %5.2f s CPU  peak RSS %4d MB\n' "$label" "$median" "$best" "$cpu" $((rss / 1024))
}

if [ ! -x /usr/bin/time ]; then
  echo "bench/run.sh: /usr/bin/time not found (apt-get install time); skipping the CLI timings" >&2
else
  echo
  echo "== CLI end to end (fresh JVM each run; median of $runs runs; load average $(cut -d' ' -f1 /proc/loadavg)) =="
  timed "java -jar gongwen.jar, 1,000 reports" java -jar cli/target/gongwen.jar --fail-on none "$corpus"
  timed "java -Xmx512m -jar gongwen.jar, 1,000 reports" java -Xmx512m -jar cli/target/gongwen.jar --fail-on none "$corpus"
  timed "java -jar gongwen.jar, one 20 KB report" java -jar cli/target/gongwen.jar --fail-on none "$single"
  if [ -x cli/gongwen ]; then
    timed "cli/gongwen (launcher), 1,000 reports" cli/gongwen --fail-on none "$corpus"
    timed "cli/gongwen (launcher), one 20 KB report" cli/gongwen --fail-on none "$single"
  fi
fi

if $server; then
  echo
  echo "== HTTP server (-XX:+UseSerialGC -Xmx512m, as cli/gongwen serve; 4 clients, 20 KB report) =="
  java -cp "$bench" io.github.gongwen.bench.ServerBench --java-option -XX:+UseSerialGC --java-option -Xmx512m "$single"
fi

if $jmh; then
  echo
  echo "== JMH =="
  java -jar "$bench" "$@"
fi

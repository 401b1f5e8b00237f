#!/usr/bin/env bash
# Reproduces BENCHMARKS.md: in-JVM figures with JMH, whole-process figures with /usr/bin/time, all in one
# run so that every ratio compares figures taken on the same machine at the same time.
#
#   bench/run.sh [BATCH_SIZE]        (default 1000; needs a JDK 17+, GNU time, optionally LibreOffice)
#
# Results go to bench/results/latest.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
n=${1:-1000}
runs=${RUNS:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/scorebook-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
out="$root/bench/results/latest.md"
mkdir -p "$root/bench/results"

command -v /usr/bin/time >/dev/null || { echo "needs GNU time (Debian: apt-get install time)" >&2; exit 2; }

./mvnw -B -q install -DskipTests
(cd bench && ../mvnw -B -q package)
jar="$root/target/scorebook.jar"
bench="$root/bench/target/benchmarks.jar"
seed="$root/samples/2017年合作交流综合信息服务平台建设运维项目.xlsx"
java -cp "$bench" org.scorebook.bench.BenchWorkbooks "$work/in" "$n" "$seed"

# Median, min and max of wall seconds and peak RSS (MB) over $runs runs of a command.
measure() {
  local label=$1; shift
  local walls=() rss=()
  for ((i = 1 - ${warm:-1}; i <= runs; i++)); do
    rm -rf "$work/out" && mkdir -p "$work/out"
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
    read -r wall kb < "$work/time.txt"
    if ((i > 0)); then walls+=("$wall"); rss+=("$((kb / 1024))"); fi   # run 0 (unless warm=0) warms the caches
  done
  local w r
  w=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f %.3f %.3f", a[int((NR+1)/2)], a[1], a[NR]}')
  r=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$label $w $r"
}

{
  echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -n 1)"
  echo "- batch: $n copies of the seed-001 sample; large: 2,044 indicator rows; $runs runs each after one warm-up"
  echo
  echo "## Whole process (wall seconds median [min–max], peak RSS MB)"
  echo
  echo '```'
  # Both tools with the launcher's JVM flags (C1 JIT only, serial GC; see ./scorebook), so that the JIT
  # is the same: Scorebook through the launcher, as users run it.
  quick="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  measure "batch-scorebook-1-thread" "$root/scorebook" process "$work/in/batch" --out "$work/out" --threads 1
  measure "batch-scorebook-2-threads" "$root/scorebook" process "$work/in/batch" --out "$work/out" --threads 2
  # The same, every workbook saved through POI's model: the way before the part-by-part save.
  SCOREBOOK_JAVA_OPTS=-Dscorebook.save=poi measure "batch-scorebook-through-poi-1-thread" "$root/scorebook" process "$work/in/batch" --out "$work/out" --threads 1
  SCOREBOOK_JAVA_OPTS=-Dscorebook.save=poi measure "batch-scorebook-through-poi-2-threads" "$root/scorebook" process "$work/in/batch" --out "$work/out" --threads 2
  measure "batch-poi-1-thread" java $quick -cp "$bench" org.scorebook.bench.PoiOpenWrite "$work/in/batch" "$work/out" 1
  measure "batch-poi-2-threads" java $quick -cp "$bench" org.scorebook.bench.PoiOpenWrite "$work/in/batch" "$work/out" 2
  # The same with the JVM's default tiered JIT (C1 then C2), as a plain `java -jar` runs it.
  measure "batch-scorebook-c2-1-thread" java -XX:+UseSerialGC -jar "$jar" process "$work/in/batch" --out "$work/out" --threads 1
  measure "batch-scorebook-c2-2-threads" java -XX:+UseSerialGC -jar "$jar" process "$work/in/batch" --out "$work/out" --threads 2
  measure "batch-poi-c2-1-thread" java -XX:+UseSerialGC -cp "$bench" org.scorebook.bench.PoiOpenWrite "$work/in/batch" "$work/out" 1
  measure "batch-poi-c2-2-threads" java -XX:+UseSerialGC -cp "$bench" org.scorebook.bench.PoiOpenWrite "$work/in/batch" "$work/out" 2
  measure "cold-scorebook-seed" "$root/scorebook" process "$seed" --out "$work/out"
  measure "cold-poi-seed" java $quick -cp "$bench" org.scorebook.bench.PoiOpenWrite "$seed" "$work/out"
  measure "large-scorebook" "$root/scorebook" process "$work/in/large.xlsx" --out "$work/out"
  if command -v soffice >/dev/null; then
    lo="-env:UserInstallation=file://$work/lo"
    soffice --headless "$lo" --convert-to xlsx --outdir "$work/lo-warm" "$seed" >/dev/null 2>&1 || true # makes the profile
    # One call for many files is LibreOffice at its fastest, but here a single call stopped after about
    # 250 files without an error: the batch goes in calls of 100 files, and the outputs are counted.
    warm=0 runs=1 measure "batch-libreoffice-100-files-per-call" sh -c \
      'ls "$1"/*.xlsx | xargs -d "\n" -n 100 soffice --headless "$2" --convert-to xlsx --outdir "$3"' \
      sh "$work/in/batch" "$lo" "$work/out"
    echo "batch-libreoffice-outputs $(find "$work/out" -name '*.xlsx' | wc -l) of $n"
    # One call per file, as a script run on each workbook dropped in a folder would: 20 files.
    batch=("$work/in/batch"/*.xlsx)
    printf '%s\n' "${batch[@]:0:20}" > "$work/lo-files.txt"
    warm=0 runs=1 measure "libreoffice-20-files-one-call-each" sh -c \
      'while read -r f; do soffice --headless "$1" --convert-to xlsx --outdir "$2" "$f" || exit 1; done < "$3"' \
      sh "$lo" "$work/out" "$work/lo-files.txt"
  fi
  echo '```'
  echo
  echo "## In-JVM, per workbook, interleaved (medians of round-by-round ratios, [quartiles])"
  echo
  echo '```'
  inter="java -Xmx1g -XX:+UseSerialGC -cp $bench org.scorebook.bench.Interleaved"
  $inter seed "$seed" 2000 1000 2>/dev/null
  $inter large "$work/in/large.xlsx" 60 30 2>/dev/null
  echo '```'
  echo
  echo "## In-JVM, per workbook (JMH, ms/op)"
  echo
  echo '```'
  java -jar "$bench" ProcessBenchmark -rf text -rff "$work/jmh.txt" >/dev/null 2>&1
  cat "$work/jmh.txt"
  echo '```'
} | tee "$out"

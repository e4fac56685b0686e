#!/usr/bin/env bash
# Benchmarks the archive at scale: import against cp -r of the same folder, then the queries.
#
#     bench/archive-bench.sh [N] [--import-only]
#
# N: articles to build and import (default 100000): reader's copies of Reuters-21578 written by
# bench/reuters-copies.py, with --copies K where N is more than the corpus holds (every copy is a
# distinct text, so a distinct article id). --import-only stops after the import (peak memory).
#
# Environment:
#   BENCH_DIR      work folder (default /tmp/newsarc-bench); everything of a run is under $BENCH_DIR/n-N
#   BENCH_RUNS     runs per query, the median is reported (default 5)
#   BENCH_CP_RUNS  runs of cp -r, the median is reported (default 3)
#   BENCH_SOURCE   head (default): build the committed HEAD, from a `git archive` snapshot, so edits in
#                  progress in the working tree are not measured; worktree: build the working tree as it is
#   BENCH_BIN      a folder with a published newsarc to use instead of building one (for debugging this script)
#   BENCH_SPEAKER  the speaker for `search --speaker` (default: the most frequent speaker in the archive)
#   BENCH_JOBS     --jobs for the import (default: newsarc's own default, the number of cores)
#   BENCH_PARSE    0: leave out the diagnostic run of `newsarc parse` alone over the same files (default 1)
#   BENCH_KEEP     1: keep the input, the cp copy and the archive afterwards (default: remove them)
#
# Page cache: the input is read once (cat of every file) before cp and import, and `sync` runs before
# each, so both read from a warm cache and neither pays for the other's dirty pages. newsarc import ends
# with sync(2), so cp is reported both alone and with its own sync. cp runs BENCH_CP_RUNS times (its
# time varies a lot on a shared virtual disk) and the median is compared with the one import. Queries
# run once untimed (which also warms the cache and counts the results) and then BENCH_RUNS times; each
# time is the wall time of the whole process, start included; `newsarc --version` is the process-start
# baseline. A run starts by removing $BENCH_DIR/n-N of an earlier run with the same N.
#
# Progress goes to stderr; the results table (markdown) to stdout at the end, and to $BENCH_DIR/n-N/results.md.
set -euo pipefail

N=100000
IMPORT_ONLY=0
for arg in "$@"; do
    case "$arg" in
        --import-only) IMPORT_ONLY=1 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        ''|*[!0-9]*) echo "archive-bench.sh: unknown argument '$arg' (usage: bench/archive-bench.sh [N] [--import-only])" >&2; exit 2 ;;
        *) N=$arg ;;
    esac
done
[[ $N -ge 1 ]] || { echo "archive-bench.sh: N must be at least 1" >&2; exit 2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CORPUS=$(cd "$REPO/../shared/corpora/reuters-21578" && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/newsarc-bench}
RUNS=${BENCH_RUNS:-5}
CP_RUNS=${BENCH_CP_RUNS:-3}
SOURCE=${BENCH_SOURCE:-head}
REFERENCE_DATE=1987-12-31
RUN=$BENCH_DIR/n-$N
IN=$RUN/input
COPY=$RUN/cp-copy
ARCHIVE=$RUN/archive
LOGS=$RUN/logs

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
now_ns() { date +%s%N; }
# seconds with 3 decimals from two nanosecond stamps
secs() { awk -v d="$(( $2 - $1 ))" 'BEGIN { printf "%.3f", d / 1e9 }'; }
# median, min and max of the numbers on stdin (separated by spaces), as given (median of an even count: the mean of the middle two)
median_of() { tr ' ' '\n' | awk 'NF' | sort -g | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR] }'; }
ms() { awk -v d="$(( $2 - $1 ))" 'BEGIN { printf "%.1f", d / 1e6 }'; }

# ---------------------------------------------------------------- tools
if [[ ! -x /usr/bin/time ]]; then
    log "installing GNU time (Debian package 'time') for peak memory"
    SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO=sudo
    $SUDO apt-get install -y time >&2 || { $SUDO apt-get update >&2 && $SUDO apt-get install -y time >&2; }
fi
for tool in dotnet python3 jq git; do
    command -v "$tool" >/dev/null || { echo "archive-bench.sh: $tool is needed" >&2; exit 2; }
done

rm -rf "$RUN"
mkdir -p "$RUN" "$LOGS"

# ---------------------------------------------------------------- 1. build once
COMMIT=$(git -C "$REPO" rev-parse --short HEAD)
if [[ -n ${BENCH_BIN:-} ]]; then
    BUILT="a given build, $BENCH_BIN (BENCH_BIN; HEAD is $COMMIT)"
    mkdir -p "$RUN/bin" && cp -r "$BENCH_BIN"/. "$RUN/bin/"
    PUBLISH_S="–"
elif [[ $SOURCE == head ]]; then
    BUILT="HEAD $COMMIT (git archive snapshot)"
    SRC=$RUN/src
    mkdir -p "$SRC"
    git -C "$REPO" archive HEAD | tar -x -C "$SRC"
else
    DIRTY=$(git -C "$REPO" status --porcelain -- src | wc -l)
    BUILT="working tree at $COMMIT ($DIRTY changed files under src/)"
    SRC=$REPO
fi
if [[ -z ${BENCH_BIN:-} ]]; then
    log "publishing newsarc (Release) from $BUILT"
    t0=$(now_ns)
    dotnet publish "$SRC/src/NewsArchive.Cli" -c Release -o "$RUN/bin" --artifacts-path "$RUN/artifacts" -nologo >"$LOGS/publish.log" 2>&1 \
        || { tail -30 "$LOGS/publish.log" >&2; echo "archive-bench.sh: publish failed (log: $LOGS/publish.log)" >&2; exit 1; }
    PUBLISH_S=$(secs "$t0" "$(now_ns)")
fi
NEWSARC=$RUN/bin/newsarc
VERSION=$("$NEWSARC" --version)
"$NEWSARC" import --help | grep -q -- '--reference-date' \
    || { echo "archive-bench.sh: newsarc import has no --reference-date" >&2; exit 1; }
log "published in ${PUBLISH_S} s: newsarc $VERSION"

# ---------------------------------------------------------------- 2. input
PER_COPY=$(cat "$CORPUS"/*.sgm | grep -o '<BODY>' | wc -l)
COPIES=$(( (N + PER_COPY - 1) / PER_COPY ))
log "writing $N reader's copies ($PER_COPY articles with a body in the corpus, --copies $COPIES)"
t0=$(now_ns)
if [[ $COPIES -gt 1 ]]; then
    python3 "$REPO/bench/reuters-copies.py" "$IN" "$N" --copies "$COPIES" 2>"$LOGS/copies.log"
else
    python3 "$REPO/bench/reuters-copies.py" "$IN" "$N" 2>"$LOGS/copies.log"
fi
FILES=$(find "$IN" -type f -name '*.txt' | wc -l)
[[ $FILES -eq $N ]] || { echo "archive-bench.sh: wrote $FILES files, not $N" >&2; exit 1; }
INPUT_MB=$(du -sm "$IN" | cut -f1)
INPUT_BYTES=$(find "$IN" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
log "input: $FILES files, $INPUT_BYTES bytes ($INPUT_MB MiB on disk) in $(secs "$t0" "$(now_ns)") s"

# ---------------------------------------------------------------- 3. cp -r against import
log "warming the page cache with the input"
find "$IN" -type f -print0 | xargs -0 cat >/dev/null
"$NEWSARC" --version >/dev/null
sync

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# cp runs CP_RUNS times, each into a new folder (removing one in between would make the next copy pay
# for the discards of ext4 mounted with `discard`); the copies are removed after the import
CP_TIMES=""; CP_SYNC_TIMES=""
for ((i = 1; i <= CP_RUNS; i++)); do
    log "cp -r ($i of $CP_RUNS; load average $(cut -d' ' -f1-3 /proc/loadavg))"
    t0=$(now_ns)
    cp -r "$IN" "$COPY-$i"
    t1=$(now_ns)
    sync
    t2=$(now_ns)
    CP_TIMES+="$(secs "$t0" "$t1") "
    CP_SYNC_TIMES+="$(secs "$t0" "$t2") "
done
read -r CP_S _ _ < <(echo "$CP_TIMES" | median_of)
read -r CP_SYNC_S _ _ < <(echo "$CP_SYNC_TIMES" | median_of)

log "newsarc import (--reference-date $REFERENCE_DATE${BENCH_JOBS:+, --jobs $BENCH_JOBS})"
IMPORT_ARGS=(import "$IN" --archive "$ARCHIVE" --reference-date "$REFERENCE_DATE" --json)
[[ -n ${BENCH_JOBS:-} ]] && IMPORT_ARGS+=(--jobs "$BENCH_JOBS")
IMPORT_RC=0
t0=$(now_ns)
/usr/bin/time -v -o "$LOGS/import.time" "$NEWSARC" "${IMPORT_ARGS[@]}" >"$LOGS/import.json" 2>"$LOGS/import.log" || IMPORT_RC=$?
t1=$(now_ns)
IMPORT_S=$(secs "$t0" "$t1")
timev() { grep -F "$1" "$LOGS/import.time" | sed 's/.*: //'; }
PEAK_KB=$(timev 'Maximum resident set size')
IMPORT_USER=$(timev 'User time (seconds)')
IMPORT_SYS=$(timev 'System time (seconds)')
IMPORT_CPU=$(timev 'Percent of CPU this job got')
jqs() { jq -r "$1" "$LOGS/import.json" 2>/dev/null || echo '?'; }
IMPORTED=$(jqs .imported); PRESENT=$(jqs .alreadyPresent); ADDED=$(jqs .sourceAdded); FAILED=$(jqs '.failed | length'); OWN_S=$(jqs .seconds)
[[ $IMPORT_RC -eq 0 ]] || log "import exited $IMPORT_RC (stderr: $LOGS/import.log)"
ARCHIVE_MB=$(du -sm "$ARCHIVE" | cut -f1)
INDEX_MB=$(du -cm "$ARCHIVE"/index* 2>/dev/null | tail -1 | cut -f1)
RATE=$(awk -v n="$FILES" -v s="$IMPORT_S" 'BEGIN { printf "%.1f", n / s }')
CP_RATE=$(awk -v n="$FILES" -v s="$CP_S" 'BEGIN { printf "%.1f", n / s }')
RATIO=$(awk -v a="$IMPORT_S" -v b="$CP_S" 'BEGIN { printf "%.1f", a / b }')
RATIO_SYNC=$(awk -v a="$IMPORT_S" -v b="$CP_SYNC_S" 'BEGIN { printf "%.1f", a / b }')
PEAK_MB=$(awk -v k="$PEAK_KB" 'BEGIN { printf "%.1f", k / 1024 }')
# the rate newsarc reports every 5 s, to see whether it falls as the archive grows
PROGRESS=$({ grep '^newsarc: ' "$LOGS/import.log" || true; } | { grep -v -E '^newsarc: [a-z]+: ' || true; } | sed 's/^newsarc: //' | tr '\n' ';' | sed 's/;$//; s/;/; /g')
log "import: ${IMPORT_S} s (cp ${CP_S} s), ${RATE} files/s, peak RSS ${PEAK_KB} kB"

# parse alone, the same files in one process (newsarc parse parses on every core and reads the paths from a
# response file, so it pays the start and warm-up once): what import adds
PARSE_S="–"; PARSE_USER="–"; PARSE_SYS="–"; PARSE_KB="–"; PARSE_RC=0
if [[ ${BENCH_PARSE:-1} == 1 ]]; then
    log "parse alone (newsarc parse --format jsonl @paths)"
    find "$IN" -type f -name '*.txt' | sort >"$RUN/paths"
    t0=$(now_ns)
    /usr/bin/time -v -o "$LOGS/parse.time" "$NEWSARC" parse --format jsonl --reference-date "$REFERENCE_DATE" "@$RUN/paths" >/dev/null 2>"$LOGS/parse.log" || PARSE_RC=$?
    t1=$(now_ns)
    PARSE_S=$(secs "$t0" "$t1")
    ptime() { grep -F "$1" "$LOGS/parse.time" | sed 's/.*: //'; }
    PARSE_USER=$(ptime 'User time (seconds)'); PARSE_SYS=$(ptime 'System time (seconds)'); PARSE_KB=$(ptime 'Maximum resident set size')
    rm -f "$RUN/paths"
    log "parse alone: ${PARSE_S} s (exit $PARSE_RC)"
fi

# ---------------------------------------------------------------- 4. queries
declare -a ROWS=()
BASE_MS=""
# query LABEL ARGS...: one untimed run (results counted, exit code kept), then RUNS timed runs to /dev/null
query() {
    local label=$1; shift
    local rc=0 times="" t0 t1 i
    "$NEWSARC" "$@" >"$LOGS/q.out" 2>"$LOGS/q.err" || rc=$?
    local lines; lines=$(wc -l <"$LOGS/q.out")
    for ((i = 0; i < RUNS; i++)); do
        t0=$(now_ns); "$NEWSARC" "$@" >/dev/null 2>&1 || true; t1=$(now_ns)
        times+="$(ms "$t0" "$t1") "
    done
    read -r med lo hi < <(echo "$times" | median_of)
    local over="–"; [[ -n $BASE_MS ]] && over=$(awk -v m="$med" -v b="$BASE_MS" 'BEGIN { printf "%.1f", m - b }')
    local err=""; [[ -s $LOGS/q.err ]] && err=$(head -c 200 "$LOGS/q.err" | tr '\n' ' ')
    ROWS+=("| \`$label\` | $med | $lo | $hi | $over | $lines | $rc |${err:+ stderr: $err} |")
    log "$label: median $med ms ($lines lines, exit $rc)"
    LAST_MED=$med
}
once() {
    local label=$1; shift
    local rc=0 t0 t1
    t0=$(now_ns); "$NEWSARC" "$@" >"$LOGS/once.out" 2>"$LOGS/once.err" || rc=$?; t1=$(now_ns)
    local lines; lines=$(wc -l <"$LOGS/once.out")
    local note; note=$(grep -o "$1: .*" "$LOGS/once.err" | tail -1 || true)
    [[ -z $note ]] && note=$(tail -1 "$LOGS/once.err" | cut -c1-200)
    ROWS+=("| \`$label\` (once) | $(ms "$t0" "$t1") | | | | $lines | $rc | ${note} |")
    log "$label: $(ms "$t0" "$t1") ms (exit $rc)"
}

if [[ $IMPORT_ONLY -eq 0 ]]; then
    A=(--archive "$ARCHIVE")
    log "finding a speaker"
    SPEAKER=${BENCH_SPEAKER:-$("$NEWSARC" export "${A[@]}" | jq -r '.quotes[]?.speaker // empty' | sort | uniq -c | sort -k1,1nr -k2 | awk 'NR == 1 { sub(/^ *[0-9]+ /, ""); print }')}
    SPEAKER_QUOTES=$("$NEWSARC" export "${A[@]}" | jq -r --arg s "$SPEAKER" '.quotes[]? | select(.speaker == $s) | .text' | wc -l)
    log "speaker: $SPEAKER ($SPEAKER_QUOTES quotes with exactly that speaker)"

    query "newsarc --version" --version
    BASE_MS=$LAST_MED
    ONE=$(find "$IN" -type f -name '*.txt' | sort | awk 'NR == 1')
    query "parse $(basename "$ONE") (1 file, no archive)" parse --format jsonl --reference-date "$REFERENCE_DATE" "$ONE"
    query "list --limit 50" list "${A[@]}" --limit 50 --format jsonl
    query "list (all)" list "${A[@]}" --format jsonl
    query "list --since 1987-03-01 --until 1987-03-31" list "${A[@]}" --since 1987-03-01 --until 1987-03-31 --format jsonl
    query "list --agency Reuters --limit 50" list "${A[@]}" --agency Reuters --limit 50 --format jsonl
    query "search \"oil prices\" --limit 50" search "${A[@]}" "oil prices" --limit 50
    query "search \"oil\" (all)" search "${A[@]}" oil
    query "search --speaker \"$SPEAKER\"" search "${A[@]}" --speaker "$SPEAKER"
    query "stats" stats "${A[@]}"
    once "verify" verify "${A[@]}"
    once "export" export "${A[@]}"
fi

# ---------------------------------------------------------------- 5. results
DISK_FREE=$(df -h --output=avail,size "$BENCH_DIR" | tail -1 | awk '{ print $1 " free of " $2 }')
CPU=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
MEM=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
{
    echo "## newsarc archive benchmark, N = $N"
    echo
    echo "$(date '+%Y-%m-%d %H:%M:%S %Z'); $(nproc) cores ($CPU), $MEM RAM, $(uname -r); disk ($BENCH_DIR): $DISK_FREE after the run;"
    echo "load average before cp/import $LOAD_BEFORE, at the end $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared: other sessions build and test);"
    echo "newsarc $VERSION built from $BUILT; $(dotnet --version | sed 's/^/.NET SDK /'); publish ${PUBLISH_S} s."
    echo
    echo "Input: $FILES files (reuters-copies.py, --copies $COPIES; $PER_COPY articles with a body in the corpus), $INPUT_BYTES bytes, $INPUT_MB MiB on disk; page cache warm for both cp and import."
    echo
    echo "| step | wall s | files/s | peak RSS | notes |"
    echo "|---|---|---|---|---|"
    echo "| \`cp -r\` | $CP_S | $CP_RATE | | median of $CP_RUNS: ${CP_TIMES% } s; with its \`sync\`: ${CP_SYNC_TIMES% } s (median $CP_SYNC_S) |"
    echo "| \`newsarc import\` | $IMPORT_S | $RATE | $PEAK_KB kB ($PEAK_MB MiB) | own \`seconds\` $OWN_S; user $IMPORT_USER s, sys $IMPORT_SYS s, CPU $IMPORT_CPU; exit $IMPORT_RC |"
    [[ $PARSE_S != "–" ]] && echo "| parse alone (\`newsarc parse --format jsonl @paths\`, no archive) | $PARSE_S | $(awk -v n="$FILES" -v s="$PARSE_S" 'BEGIN { printf "%.1f", n / s }') | $PARSE_KB kB | user $PARSE_USER s, sys $PARSE_SYS s; exit $PARSE_RC |"
    echo
    echo "import / cp = **$RATIO** (import / (cp + sync) = $RATIO_SYNC). Imported $IMPORTED new articles, $ADDED files whose article another file had given (source added), $PRESENT already present, $FAILED failed. Archive $ARCHIVE_MB MiB on disk, index $INDEX_MB MiB."
    [[ -n $PROGRESS ]] && echo "Import progress (every 5 s): $PROGRESS"
    if [[ $IMPORT_ONLY -eq 0 ]]; then
        echo
        echo "Queries at $IMPORTED articles ($N files) ($RUNS runs each after one untimed run; wall ms of the whole process; speaker: \"$SPEAKER\", $SPEAKER_QUOTES quotes under exactly that name):"
        echo
        echo "| command | median ms | min ms | max ms | median − \`--version\` | lines out | exit | notes |"
        echo "|---|---|---|---|---|---|---|---|"
        printf '%s\n' "${ROWS[@]}"
    fi
} | tee "$RUN/results.md"

rm -rf "$COPY"-*
if [[ ${BENCH_KEEP:-0} != 1 ]]; then
    log "removing input, archive and build of this run (BENCH_KEEP=1 keeps them); logs and results stay in $RUN"
    rm -rf "$IN" "$ARCHIVE" "$RUN/artifacts" "$RUN/src"
fi

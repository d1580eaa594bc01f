#!/usr/bin/env bash
# Catalog search under load: seeds 10,000 published microcredentials into a SQLite database, starts the web host
# (Release) on 127.0.0.1 with it, warms it, then runs wrk (throughput) and hey -q (fixed rate) against the HTML
# search page and the REST search. Only loopback; every run is bounded in time.
#
# Usage: bench/catalog-load/run.sh            (environment: PORT, COUNT, RATE, SECONDS_WRK, SECONDS_HEY, WORK)
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
here="$repo/bench/catalog-load"
port="${PORT:-5587}"
count="${COUNT:-10000}"
rate="${RATE:-200}"
seconds_wrk="${SECONDS_WRK:-20}"
seconds_hey="${SECONDS_HEY:-25}"
work="${WORK:-$(mktemp -d)}"
base="http://127.0.0.1:$port"

for tool in wrk hey; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y wrk hey" >&2; exit 1; }
done

cd "$repo"
dotnet build bench/Credence.Benchmarks -c Release -v q -nologo
dotnet build src/Credence.Web -c Release -v q -nologo

db="$work/catalog.db"
if [[ ! -f "$db" ]]; then
  dotnet artifacts/bin/Credence.Benchmarks/release/Credence.Benchmarks.dll seed-catalog "$db" "$count" samples
fi

dotnet artifacts/bin/Credence.Web/release/Credence.Web.dll \
  --urls "$base" \
  --environment Production \
  --ConnectionStrings:Credence "Data Source=$db;Pooling=true" \
  --Credence:LoadSampleInstitution false \
  --Logging:LogLevel:Default Warning \
  >"$work/web.log" 2>&1 &
web_pid=$!
trap 'kill "$web_pid" 2>/dev/null || true; wait "$web_pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$base/api/microcredentials?q=sql" 2>/dev/null && break
  kill -0 "$web_pid" 2>/dev/null || { cat "$work/web.log" >&2; exit 1; }
  sleep 0.5
done

# The query mix: single words, prefixes, two-word queries, and one that matches nothing.
queries=(data sql nurs python "patient care" welding "network security" machin "quality inspection" cyber
  spreadsheet phleb "help desk" analytics cnc "supply chain" terminology plc leadership zzzznomatch)

urlencode() { local s="$1"; printf '%s' "${s// /+}"; }

echo "== warm-up"
for round in 1 2 3; do
  for q in "${queries[@]}"; do
    curl -fsS -o /dev/null "$base/?q=$(urlencode "$q")"
    curl -fsS -o /dev/null "$base/api/microcredentials?q=$(urlencode "$q")"
  done
done
# Tiered compilation recompiles the hot paths after a few thousand calls, on a background thread: run enough
# requests that this happens before the measurement, not during it.
hey -n 3000 -c 4 "$base/?q=data" >/dev/null
hey -n 3000 -c 4 "$base/api/microcredentials?q=data" >/dev/null
hits="$(curl -fsS "$base/api/microcredentials?q=data" | grep -o '"total":[0-9]*' || true)"
echo "api ?q=data -> $hits"

targets="$work/targets"
mkdir -p "$targets"
for surface in html api; do
  : >"$targets/$surface.txt"
  for q in "${queries[@]}"; do
    if [[ $surface == html ]]; then
      echo "/?q=$(urlencode "$q")" >>"$targets/$surface.txt"
    else
      echo "/api/microcredentials?q=$(urlencode "$q")" >>"$targets/$surface.txt"
    fi
  done
done

echo "== uptime before: $(uptime)"
for surface in html api; do
  echo "== wrk $surface: -t2 -c16 -d${seconds_wrk}s, rotating ${#queries[@]} queries"
  PATHS_FILE="$targets/$surface.txt" timeout $((seconds_wrk + 30)) \
    wrk -t2 -c16 -d"${seconds_wrk}s" --latency -s "$here/rotate.lua" "$base"
done

for surface in html api; do
  # hey takes one URL: the broad query "data" (thousands of hits, so counting and sorting do real work).
  # -q is per worker: 10 workers at rate/10 each give the fixed total rate (with fewer, a worker whose
  # request outlasts its tick interval loses ticks and the total falls short).
  path="/api/microcredentials?q=data"
  [[ $surface == html ]] && path="/?q=data"
  echo "== hey $surface $path: $rate requests/s for ${seconds_hey}s"
  timeout $((seconds_hey + 30)) hey -z "${seconds_hey}s" -c 10 -q $((rate / 10)) "$base$path" |
    sed -n '/Summary/,$p'
done
echo "== uptime after: $(uptime)"

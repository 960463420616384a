#!/usr/bin/env bash
# Crawl-scale pack builds on a real Slurm cluster started on this machine (docs/scale.md): munge, slurmctld and
# one or two slurmd workers (one CPU each). WARC shards are generated from the real pages in ../shared; a job
# array runs one `firsthand pack build` task per shard, and a merge job that depends on all of them (afterok)
# merges the parts, checks that every shard gave one, and publishes the result as a signed feed (`pack publish`,
# then `pack verify`). Four runs: one worker, two workers, two workers with one shard made to fail its first
# attempt (a task exiting with 75 is requeued by Slurm, RequeueExit: a retry), and two workers with one shard
# that keeps failing: after two retries it fails, and the merge refuses to run without its part (never a
# silent hole).
# Prints shards, pages, articles, wall time and retries per run, and exits non-zero if any run did not behave.
# Needs root, Debian's slurm-wlm and munge, python3. usage: slurm-pipeline.sh [FIRSTHAND] [SHARED_DIR] [SHARDS]
set -euo pipefail
cd "$(dirname "$0")/.."
firsthand=$(realpath "${1:-build/cli/firsthand}")
shared=$(realpath "${2:-../shared}")
shards=${3:-8}
for tool in slurmctld slurmd munged sbatch python3; do
  command -v "$tool" >/dev/null || { echo "SKIPPED: $tool missing (apt-get install slurm-wlm munge)"; exit 0; }
done
[ -d "$shared/bench/extraction" ] || { echo "SKIPPED: no real pages ($shared/bench/extraction absent)"; exit 0; }
[ "$(id -u)" -eq 0 ] || { echo "SKIPPED: starting slurmd needs root"; exit 0; }

work=$(mktemp -d "${TMPDIR:-/tmp}/firsthand-slurm.XXXXXX")
chmod 755 "$work"
export SLURM_CONF=$work/slurm.conf
# Waits for the daemons to exit (up to 30 s, then kills them): on a loaded machine a slurmctld still saving its
# state, or a slurmd still holding its node name, kept the next cluster from coming up.
stop_cluster() {
  local pids=() pid_file
  for pid_file in "$work"/*.pid; do
    [ -f "$pid_file" ] && pids+=("$(cat "$pid_file")")
  done
  [ ${#pids[@]} -gt 0 ] && { kill "${pids[@]}" 2>/dev/null || true; }
  for _ in $(seq 1 30); do
    kill -0 "${pids[@]}" 2>/dev/null || break
    sleep 1
  done
  [ ${#pids[@]} -gt 0 ] && { kill -9 "${pids[@]}" 2>/dev/null || true; }
  rm -f "$work"/*.pid
}
trap 'stop_cluster; rm -rf "$work"' EXIT

# munge: its key, and its daemon unless one already answers.
if ! munge -n </dev/null >/dev/null 2>&1; then
  [ -s /etc/munge/munge.key ] || { dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none; }
  chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
  mkdir -p /run/munge && chown munge:munge /run/munge
  runuser -u munge -- /usr/sbin/munged
fi

# Shards: every page under ../shared/bench/extraction as a WARC response record, dealt round-robin, each record
# a gzip member of its own (as crawlers write .warc.gz).
mkdir -p "$work/shards" "$work/parts" "$work/keys"
python3 - "$shared/bench/extraction" "$work/shards" "$shards" <<'PY'
import gzip, pathlib, sys
pages = sorted(p for p in pathlib.Path(sys.argv[1]).rglob('*.html') if p.is_file())
count = int(sys.argv[3])
outs = [open(f'{sys.argv[2]}/shard-{i:03d}.warc.gz', 'wb') for i in range(count)]
for n, page in enumerate(pages):
    http = b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n' + page.read_bytes()
    head = ('WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://%s/%d\r\n'
            'Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n'
            % (page.stem.replace('_', '-')[:60] or 'page', n, len(http))).encode()
    outs[n % count].write(gzip.compress(head + http + b'\r\n\r\n'))
print(len(pages), file=open(f'{sys.argv[2]}/pages', 'w'))
PY
pages=$(cat "$work/shards/pages")
"$firsthand" pack keygen --out "$work/keys/crawl" >/dev/null

# One shard's task. Exit code 75 asks Slurm to requeue it (RequeueExit); SLURM_RESTART_COUNT counts retries.
cat >"$work/task.sh" <<TASK
#!/usr/bin/env bash
i=\$(printf '%03d' "\$SLURM_ARRAY_TASK_ID")
attempt=\${SLURM_RESTART_COUNT:-0}
echo "\$i \$attempt" >>"$work/attempts"
if [ "\$i" = "\$FAIL_ALWAYS" ] || { [ "\$i" = "\$FAIL_ONCE" ] && [ "\$attempt" = 0 ]; }; then
  echo "shard \$i: failure injected (attempt \$attempt)" >&2
  status=1
else
  "$firsthand" pack build --out "$work/parts/part-\$i.pack" "$work/shards/shard-\$i.warc.gz" >/dev/null; status=\$?
fi
if [ "\$status" -ne 0 ]; then
  rm -f "$work/parts/part-\$i.pack"
  [ "\$attempt" -lt 2 ] && exit 75
  exit 1
fi
TASK
# The merge: every shard must have given its part (never a silent hole), then merge, publish, verify.
cat >"$work/merge.sh" <<MERGE
#!/usr/bin/env bash
set -euo pipefail
missing=""
for i in \$(seq -f %03g 0 $((shards - 1))); do [ -s "$work/parts/part-\$i.pack" ] || missing="\$missing \$i"; done
[ -z "\$missing" ] || { echo "merge refused: no part from shard(s)\$missing" >&2; exit 1; }
"$firsthand" pack merge "$work/crawl.pack" "$work"/parts/part-*.pack >"$work/merged"
"$firsthand" pack publish --key "$work/keys/crawl.key" --out "$work/feed" --title "Crawl pack" --publisher "Slurm pipeline" "$work/crawl.pack" >/dev/null
"$firsthand" pack verify "$work/feed/feed.json" --pub "$work/keys/crawl.pub" >"$work/verified"
MERGE
chmod +x "$work/task.sh" "$work/merge.sh"

start_cluster() {  # workers
  local host port
  host=$(hostname -s)
  port=$((20000 + RANDOM % 20000))
  {
    echo "ClusterName=firsthand"
    echo "SlurmctldHost=$host"
    echo "SlurmctldPort=$port"
    echo "SlurmUser=root"
    echo "AuthType=auth/munge"
    echo "CredType=cred/munge"
    echo "ProctrackType=proctrack/linuxproc"
    echo "TaskPlugin=task/none"
    echo "SelectType=select/cons_tres"
    echo "SelectTypeParameters=CR_CPU"
    echo "MpiDefault=none"
    echo "ReturnToService=2"
    echo "JobRequeue=1"
    echo "RequeueExit=75"
    echo "AccountingStorageType=accounting_storage/none"
    echo "JobAcctGatherType=jobacct_gather/none"
    echo "MinJobAge=600"
    echo "StateSaveLocation=$work/state"
    echo "SlurmdSpoolDir=$work/spool/%n"
    echo "SlurmctldPidFile=$work/slurmctld.pid"
    echo "SlurmdPidFile=$work/slurmd-%n.pid"
    echo "SlurmctldLogFile=$work/slurmctld.log"
    echo "SlurmdLogFile=$work/slurmd-%n.log"
    for n in $(seq 1 "$1"); do
      echo "NodeName=worker$n NodeHostname=$host Port=$((port + n)) CPUs=1 RealMemory=2000 State=UNKNOWN"
    done
    echo "PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP"
  } >"$SLURM_CONF"
  rm -rf "$work/state" "$work/spool" && mkdir -p "$work/state" "$work/spool"
  slurmctld -i
  for n in $(seq 1 "$1"); do mkdir -p "$work/spool/worker$n"; slurmd -N "worker$n"; done
  for _ in $(seq 1 60); do
    [ "$(sinfo -h -t idle -o %D 2>/dev/null | awk '{s += $1} END {print s + 0}')" -eq "$1" ] && return 0
    sleep 1
  done
  echo "slurm-pipeline: the cluster did not come up" >&2
  tail -n 5 "$work"/*.log >&2
  return 1
}

# Waits for the jobs to leave the queue. Slurm holds a requeued task back (Reason=BeginTime) before running it
# again; the wait starts such a task at once, so that a retry costs its own run and not that delay.
wait_for() {  # job ids
  local queued
  for _ in $(seq 1 900); do
    queued=$(squeue -h -r -j "$1" -o "%i %T %r" 2>/dev/null) || { sleep 1; continue; }
    [ -z "$queued" ] && return 0
    awk '$2 == "PENDING" && $3 == "BeginTime" { print $1 }' <<<"$queued" |
      while read -r id; do scontrol update JobId="$id" StartTime=now 2>/dev/null || true; done
    sleep 1
  done
  echo "slurm-pipeline: jobs $1 still queued after 15 minutes" >&2
  return 1
}

failures=0
run() {  # workers, FAIL_ONCE shard, FAIL_ALWAYS shard, expected outcome (merged | refused)
  stop_cluster
  start_cluster "$1"
  rm -f "$work"/parts/* "$work/attempts" "$work/merged" "$work/verified"
  rm -rf "$work/feed"
  local began array merge outcome retries articles seconds
  began=$(date +%s.%N)
  array=$(FAIL_ONCE=$2 FAIL_ALWAYS=$3 sbatch --parsable --requeue --export=ALL --array=0-$((shards - 1)) \
    -o "$work/task-%a.log" "$work/task.sh")
  merge=$(sbatch --parsable --dependency=afterany:"$array" -o "$work/merge.log" "$work/merge.sh")
  wait_for "$array,$merge"
  seconds=$(awk -v s="$began" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
  retries=$(awk '$2 > 0' "$work/attempts" | wc -l)
  if [ -s "$work/verified" ]; then
    articles=$(sed -n 's/^.*: \([0-9]*\) articles.*/\1/p' "$work/merged")
    outcome="merged: $articles articles; $(tail -1 "$work/verified")"
  else
    outcome="$(cat "$work/merge.log" 2>/dev/null)"
    [ -n "$3" ] && outcome="$outcome; shard $3 failed $(grep -c "^$3 " "$work/attempts") times"
  fi
  echo "slurm-pipeline: $1 worker(s): $shards shards, $pages pages, $seconds s wall, $retries retries; $outcome"
  case $4 in
    merged) [ -s "$work/verified" ] || failures=$((failures + 1)) ;;
    refused) grep -q "merge refused: no part from shard(s) $3" "$work/merge.log" && [ ! -e "$work/merged" ] ||
      failures=$((failures + 1)) ;;
  esac
}

run 1 "" "" merged
run 2 "" "" merged
run 2 003 "" merged
run 2 "" 005 refused
stop_cluster
echo "slurm-pipeline: $((4 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]

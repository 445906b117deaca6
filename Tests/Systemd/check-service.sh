#!/usr/bin/env bash
# Tests Deploy/wirewatch.service: statically (systemd-analyze verify and security), then under
# a real systemd booted as PID 1 of new PID and mount namespaces. The boot needs root; without
# it those checks are skipped with a message. The namespace is always torn down.
#
#   Tests/Systemd/check-service.sh            (make test runs it)
#   WIREWATCH_BIN=path/to/wirewatch Tests/Systemd/check-service.sh
set -u
repo="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${WIREWATCH_BIN:-$repo/.build/debug/wirewatch}"
unit_src="$repo/Deploy/wirewatch.service"
seeds="$repo/../shared/seeds"
passed=0 failed=0 n=0

ok() { n=$((n + 1)); passed=$((passed + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; [ -n "${2:-}" ] && echo "$2" | sed 's/^/#   /'; }
check() { local what="$1"; shift; local out; if out="$("$@" 2>&1)"; then ok "$what"; else not_ok "$what" "$out"; fi; }
finish() { echo "systemd: $passed passed, $failed failed"; [ "$failed" = 0 ]; exit $?; }

[ -x "$bin" ] || { echo "check-service.sh: no binary at $bin; run 'swift build' first" >&2; exit 1; }

# --- Static checks: need systemd-analyze only.
if command -v systemd-analyze >/dev/null; then
  static=$(mktemp -d)
  sed "s|/usr/local/bin/wirewatch|$bin|" "$unit_src" > "$static/wirewatch.service"
  check "systemd-analyze verify is clean" bash -c "out=\$(systemd-analyze verify '$static/wirewatch.service' 2>&1); echo \"\$out\"; [ -z \"\$out\" ]"
  exposure=$(systemd-analyze security --offline=true "$unit_src" 2>/dev/null | sed -n 's/.*Overall exposure level for .*: \([0-9.]*\).*/\1/p')
  check "systemd-analyze security exposure ${exposure:-?} is at most 1.0" awk -v e="${exposure:-99}" 'BEGIN { exit !(e <= 1.0) }'
  rm -rf "$static"
else
  echo "# systemd-analyze not found: static unit checks skipped"
fi

# --- Under a real systemd.
if [ "$(id -u)" != 0 ]; then
  echo "# skipped: booting systemd in a namespace needs root (CI runs as root)"
  finish
fi
if [ ! -d "$seeds" ]; then
  echo "# skipped: needs ../shared/seeds (the seed articles), which is absent here"
  finish
fi

tag="wirewatch-systest-$$"
group="wwsystest$$"
# Not under /tmp or /var/tmp: the namespace mounts fresh tmpfs over both.
work=$(mktemp -d /var/lib/wirewatch-systest.XXXXXX)
logs_name="wirewatch-systest-$$"
sd_pid=""

teardown() {
  if [ -n "$sd_pid" ] && kill -0 "$sd_pid" 2>/dev/null; then
    nsenter -t "$sd_pid" -p -m systemctl poweroff --no-block >/dev/null 2>&1
    for _ in $(seq 50); do kill -0 "$sd_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$sd_pid" 2>/dev/null
  fi
  pkill -9 -f "$tag" 2>/dev/null
  rm -rf "$work" "/var/log/$logs_name" "/var/log/private/$logs_name"
  getent group "$group" >/dev/null && groupdel "$group"
}
trap 'teardown' EXIT
trap 'exit 130' INT TERM

groupadd --system "$group"
chmod 0755 "$work"
mkdir -p "$work/bin" "$work/srv"
install -m 0755 "$bin" "$work/bin/wirewatch"
# The installed layout: data files in ../share/wirewatch, as install.sh puts them.
install -D -m 0644 -t "$work/share/wirewatch" "$repo/Sources/Extraction/Resources/entities.model" \
  "$repo/Sources/Extraction/Resources/common-words.txt"
install -d -m 2775 -g "$group" "$work/srv/drop"
install -d -m 2770 -g "$group" "$work/srv/archive" "$work/srv/quarantine" "$work/srv/control"
ledger="/var/log/$logs_name/ledger.jsonl"
write_config() {
  cat > "$work/wirewatch.conf" <<CONF
drop = $work/srv/drop
archive = $work/srv/archive
quarantine = $work/srv/quarantine
ledger = $ledger
max_bytes = $1
log_level = info
CONF
}
write_config 10MiB

# The real unit, pointed at the test's folders, with a short watchdog.
sed -e "s|^ExecStart=.*|ExecStart=$work/bin/wirewatch run --config $work/wirewatch.conf --fault-hang-marker $work/srv/control/hang|" \
    -e "s|^ReadWritePaths=.*|ReadWritePaths=$work/srv|" \
    -e "s|^LogsDirectory=.*|LogsDirectory=$logs_name|" \
    -e "s|^SupplementaryGroups=.*|SupplementaryGroups=$group|" \
    -e "s|^WatchdogSec=.*|WatchdogSec=4|" \
    -e "s|^RestartSec=.*|RestartSec=1|" \
    "$unit_src" > "$work/wirewatch.service"

# The journal outlives the namespace (it is the host's /var/log/journal): every query below reads
# only this run's entries, from a second before the boot on.
since=$(date -d '1 second ago' '+%Y-%m-%d %H:%M:%S')
setsid unshare -p -f -m --mount-proc --propagation private \
  sh -c 'mount -t tmpfs tmpfs /tmp && mount -t tmpfs tmpfs /var/tmp && exec /lib/systemd/systemd --system --unit=basic.target' "$tag" \
  >"$work/boot.log" 2>&1 &
for _ in $(seq 100); do
  parent=$(pgrep -f -- "$tag" | head -1)
  [ -n "$parent" ] && sd_pid=$(pgrep -P "$parent" | head -1)
  [ -n "$sd_pid" ] && break
  sleep 0.1
done
in_ns() { nsenter -t "$sd_pid" -p -m "$@"; }
state=""
for _ in $(seq 100); do
  state=$(in_ns systemctl is-system-running 2>/dev/null)
  case "$state" in running|degraded) break ;; esac
  sleep 0.2
done
if [ -z "$sd_pid" ] || ! case "$state" in running|degraded) true ;; *) false ;; esac; then
  not_ok "systemd boots in a namespace" "state '$state'; $(cat "$work/boot.log" 2>/dev/null | tail -5)"
  finish
fi
ok "systemd boots in a namespace ($state)"

in_ns sh -c "cat > /run/systemd/system/wirewatch.service" < "$work/wirewatch.service"
in_ns systemctl daemon-reload

show() { in_ns systemctl show -p "$1" --value wirewatch.service; }
ledger_lines() { in_ns cat "$ledger" 2>/dev/null; }
count() { ledger_lines | grep -c "$1"; }
wait_for() { # wait_for SECONDS COMMAND...: until the command succeeds
  local limit=$(( $1 * 10 )); shift
  for _ in $(seq "$limit"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  return 1
}

# 1. start returns only once READY=1 came, and the live STATUS shows.
check "systemctl start returns after READY=1" in_ns systemctl start wirewatch.service
check "the unit is active right after start" test "$(show ActiveState)" = active
check "StatusText shows the daemon's STATUS ($(show StatusText))" bash -c "[[ '$(show StatusText)' == watching* ]]"

# 2. The seed articles give ledger lines.
cp "$seeds"/000_*.txt "$work/srv/drop/000.txt"
cp "$seeds"/003_*.txt "$work/srv/drop/003.txt"
check "both seeds give ok lines" wait_for 10 bash -c "[ \$(nsenter -t $sd_pid -p -m cat $ledger 2>/dev/null | grep -c '\"status\":\"ok\"') -ge 2 ]"
check "STATUS counts them (\"2 ingested\")" wait_for 3 bash -c "nsenter -t $sd_pid -p -m systemctl show -p StatusText --value wirewatch | grep -q '2 ingested'"

# 3. reload re-reads the configuration: a 100-byte limit rejects the next article.
write_config 100
check "systemctl reload completes" in_ns systemctl reload wirewatch.service
check "the unit is active after reload" test "$(show ActiveState)" = active
head -c 600 "$seeds"/003_*.txt > "$work/srv/drop/long.txt"
check "the reloaded limit takes effect (too_large)" wait_for 10 bash -c "nsenter -t $sd_pid -p -m cat $ledger | grep '\"file\":\"long.txt\"' | grep -q too_large"
write_config 10MiB
in_ns systemctl reload wirewatch.service

# 4. SIGKILL: Restart=on-failure brings it back, nothing lost or doubled.
lines_before=$(ledger_lines | wc -l)
in_ns systemctl kill -s SIGKILL wirewatch.service
check "SIGKILL leads to a restart" wait_for 15 bash -c "[ \"\$(nsenter -t $sd_pid -p -m systemctl show -p NRestarts --value wirewatch)\" = 1 ] && [ \"\$(nsenter -t $sd_pid -p -m systemctl show -p ActiveState --value wirewatch)\" = active ]"
printf 'After the restart\n\nA short article.\n' > "$work/srv/drop/after-kill.txt"
check "an article after the restart is ingested" wait_for 10 bash -c "nsenter -t $sd_pid -p -m cat $ledger | grep -q '\"file\":\"after-kill.txt\"'"
check "no line lost or duplicated ($(ledger_lines | wc -l) lines, was $lines_before + 1)" test "$(ledger_lines | wc -l)" = $((lines_before + 1))

# 5. A hung processing loop is killed by the watchdog and restarted.
install -m 0660 -g "$group" /dev/null "$work/srv/control/hang"
check "the watchdog kills a hung loop and systemd restarts it" wait_for 30 bash -c "[ \"\$(nsenter -t $sd_pid -p -m systemctl show -p NRestarts --value wirewatch)\" = 2 ] && [ \"\$(nsenter -t $sd_pid -p -m systemctl show -p ActiveState --value wirewatch)\" = active ]"
check "the journal records the watchdog timeout" bash -c "nsenter -t $sd_pid -p -m journalctl -u wirewatch --since '$since' --no-pager | grep -qi 'watchdog timeout'"
printf 'After the watchdog\n\nStill here.\n' > "$work/srv/drop/after-hang.txt"
check "an article after the watchdog restart is ingested" wait_for 10 bash -c "nsenter -t $sd_pid -p -m cat $ledger | grep -q '\"file\":\"after-hang.txt\"'"

# 6. stop is clean.
check "systemctl stop completes" in_ns systemctl stop wirewatch.service
check "stopped cleanly (ActiveState $(show ActiveState), Result $(show Result), status $(show ExecMainStatus))" \
  test "$(show ActiveState)/$(show Result)/$(show ExecMainStatus)" = "inactive/success/0"
check "the ledger verifies" "$bin" verify --ledger "/var/log/$logs_name/ledger.jsonl"
check "every input left the drop folder" test -z "$(ls -A "$work/srv/drop")"

check "the installed binary found its entity model (no warning in the journal)" \
  bash -c "! nsenter -t $sd_pid -p -m journalctl -u wirewatch --since '$since' --no-pager | grep -q 'entity model was not found'"
check "ledger records carry entities" bash -c "nsenter -t $sd_pid -p -m cat $ledger | grep '\"file\":\"000.txt\"' | grep -q 'Vladimir Putin'"

# 7. The journal has structured entries with priorities and fields.
# Into a file, not an argument: a long journal made "Argument list too long".
in_ns journalctl -u wirewatch WIREWATCH_STATUS=rejected --since "$since" -o json --no-pager > "$work/rejected.json" 2>/dev/null
check "journalctl WIREWATCH_STATUS=rejected finds the rejection" grep -q '"WIREWATCH_FILE":"long.txt"' "$work/rejected.json"
check "rejections are logged at warning priority" grep -q '"PRIORITY":"4"' "$work/rejected.json"
check "ok lines carry WIREWATCH_SEQ at info priority" bash -c "nsenter -t $sd_pid -p -m journalctl -u wirewatch WIREWATCH_STATUS=ok PRIORITY=6 --since '$since' -o json --no-pager | grep -q WIREWATCH_SEQ"

finish

#!/usr/bin/env bash
# Installs Wirewatch as a systemd service. Run as root from the repository:
#   sudo Deploy/install.sh [--fixed-user] [--producer USER]...
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
prefix=/usr/local
fixed_user=no
producers=()
while [ $# -gt 0 ]; do
  case "$1" in
    --fixed-user) fixed_user=yes ;;
    --producer) producers+=("$2"); shift ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[ "$(id -u)" = 0 ] || { echo "install.sh: run as root (sudo Deploy/install.sh)" >&2; exit 1; }

echo "==> building the release binary"
make -C "$repo" deps >/dev/null
(cd "$repo" && swift build -c release --product wirewatch --static-swift-stdlib)
install -D -m 0755 "$repo/.build/release/wirewatch" "$prefix/bin/wirewatch"
# The entity model and word list; the binary finds them in ../share/wirewatch.
install -D -m 0644 -t "$prefix/share/wirewatch" "$repo/Sources/Extraction/Resources/entities.model" \
  "$repo/Sources/Extraction/Resources/common-words.txt"

echo "==> the group 'wirewatch' (producers write into the drop folder through it)"
getent group wirewatch >/dev/null || groupadd --system wirewatch
if [ "$fixed_user" = yes ] && ! getent passwd wirewatch >/dev/null; then
  useradd --system --gid wirewatch --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin wirewatch
fi
for user in "${producers[@]}"; do usermod -a -G wirewatch "$user"; done

echo "==> folders under /srv/wirewatch"
# setgid folders keep new files in the group, so the daemon can read what producers drop.
install -d -m 0755 /srv/wirewatch
install -d -m 2775 -g wirewatch /srv/wirewatch/drop
install -d -m 2770 -g wirewatch /srv/wirewatch/archive /srv/wirewatch/quarantine
if [ "$fixed_user" = yes ]; then
  chown wirewatch:wirewatch /srv/wirewatch/archive /srv/wirewatch/quarantine
fi

echo "==> unit and configuration"
install -D -m 0644 "$here/wirewatch.service" /etc/systemd/system/wirewatch.service
if [ "$fixed_user" = yes ]; then
  install -D -m 0644 "$here/fixed-user.conf" /etc/systemd/system/wirewatch.service.d/fixed-user.conf
else
  rm -f /etc/systemd/system/wirewatch.service.d/fixed-user.conf
fi
if [ -e /etc/wirewatch/wirewatch.conf ]; then
  echo "    keeping the existing /etc/wirewatch/wirewatch.conf"
else
  install -D -m 0644 "$here/wirewatch.conf" /etc/wirewatch/wirewatch.conf
fi
systemctl daemon-reload

cat <<NEXT

Installed. Next steps:
  systemctl enable --now wirewatch          # start it now and at boot
  systemctl status wirewatch                # STATUS shows "watching ...: N ingested"
  cp article.txt /srv/wirewatch/drop/       # as root or a member of group wirewatch
  journalctl -u wirewatch -f                # the log; WIREWATCH_STATUS=rejected filters rejections
  wirewatch tail -f --ledger /var/log/wirewatch/ledger.jsonl
Add producers to the group with: usermod -a -G wirewatch USER
NEXT

#!/usr/bin/env bash
# Removes the Wirewatch service. Keeps the ledger and the folders unless --purge is given:
#   sudo Deploy/uninstall.sh [--purge]
set -euo pipefail
purge=no
[ "${1:-}" = "--purge" ] && purge=yes
[ "$(id -u)" = 0 ] || { echo "uninstall.sh: run as root" >&2; exit 1; }

systemctl disable --now wirewatch.service 2>/dev/null || true
rm -f /etc/systemd/system/wirewatch.service
rm -rf /etc/systemd/system/wirewatch.service.d
rm -f /usr/local/bin/wirewatch
rm -rf /usr/local/share/wirewatch
systemctl daemon-reload

if [ "$purge" = yes ]; then
  rm -rf /etc/wirewatch /srv/wirewatch /var/log/wirewatch /var/log/private/wirewatch
  getent passwd wirewatch >/dev/null && userdel wirewatch
  getent group wirewatch >/dev/null && groupdel wirewatch
  echo "Removed Wirewatch, its configuration, folders and ledger."
else
  echo "Removed the service and binary. Kept /etc/wirewatch, /srv/wirewatch and the ledger in /var/log/wirewatch"
  echo "(run with --purge to delete them too)."
fi

#!/usr/bin/env bash
# A real CUPS print queue for the printing tests: FrontOfficeTest, a cups-pdf printer that writes each
# job it prints as a PDF file. Installs CUPS and cups-pdf with apt when missing, starts the scheduler
# when it is not running (there is no systemd in CI: cupsd is started directly), and adds the queue when
# it is missing. Quick when all of that is already there; safe to run again.
#
# Where the printed files land: cups-pdf's `Out` setting in /etc/cups/cups-pdf.conf, `${HOME}/PDF` on
# Debian, where ${HOME} is the home directory (from the password database, not the environment) of the
# user who submitted the job: /root/PDF when the tests run as root. tests/ui/test_printing.py reads the
# same setting to find them.
set -euo pipefail

QUEUE=FrontOfficeTest
PPD=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd  # given as a file: no need for cups-driverd's driver list
sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"

missing=()
for package in cups printer-driver-cups-pdf; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "print_queue: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

scheduler_running() { lpstat -r 2>/dev/null | grep -q "scheduler is running"; }

if ! scheduler_running; then
  echo "print_queue: starting cupsd" >&2
  $sudo mkdir -p /run/cups
  $sudo /usr/sbin/cupsd  # forks into the background by itself
  for _ in $(seq 1 100); do
    scheduler_running && break
    sleep 0.1
  done
  scheduler_running || { echo "print_queue: cupsd did not start (see /var/log/cups/error_log)" >&2; exit 1; }
fi

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
  echo "print_queue: adding the queue $QUEUE (cups-pdf)" >&2
  $sudo lpadmin -p "$QUEUE" -v cups-pdf:/ -E -P "$PPD"
fi
# Accepting jobs and enabled, also when an earlier failed job stopped it.
$sudo cupsenable "$QUEUE"
$sudo cupsaccept "$QUEUE"
lpstat -p "$QUEUE"

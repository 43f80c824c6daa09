#!/usr/bin/env bash
# The independent readers the tests in tests/readers/ check outputs with: LibreOffice (opens every
# DOCX and converts it to PDF; Calc converts every XLSX to CSV), qpdf (checks every PDF's structure)
# and poppler-utils (pdffonts, pdftotext), and the Liberation fonts: LibreOffice lays out «Times New
# Roman» with Liberation Serif, which has its metrics (as Tinos, the PDF's font, has), so the DOCX
# paginates as Word would.
# Idempotent: installs only when one of them is missing. Needs root (or sudo) for apt.
set -euo pipefail

calc_present() {
  local soffice
  soffice="$(command -v libreoffice || command -v soffice || true)"
  [ -n "$soffice" ] && [ -e "$(dirname "$(readlink -f "$soffice")")/libsclo.so" ]
}

if command -v libreoffice >/dev/null && calc_present && command -v qpdf >/dev/null && command -v pdffonts >/dev/null && command -v pdftotext >/dev/null \
  && fc-list | grep -q 'Liberation Serif'; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui qpdf poppler-utils fonts-liberation

#!/usr/bin/env bash
# Debian packages vanban needs: Tesseract with Vietnamese for OCR, antiword for .doc, DejaVu fonts and
# LibreOffice Writer (no GUI) for rendering the sample corpus as Word 97 .doc, Chromium and its
# driver for the web page's end-to-end tests, PostgreSQL's client for the tests' own databases. Installs what is
# missing when run as root; otherwise says what to install.
set -euo pipefail
packages=(tesseract-ocr tesseract-ocr-vie antiword fonts-dejavu-core libreoffice-writer-nogui chromium chromium-driver
          postgresql-client)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "vanban needs these Debian packages: ${missing[*]}" >&2
  echo "install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# Installs the Debian packages dossier needs (cairo, pango, cmark, zlib, poppler and poppler-glib, qpdf (a test tool), libhyphen with English patterns, python3-venv for the PDF checker), with sudo when not root.
set -euo pipefail
packages=(pkg-config libcairo2-dev libpango1.0-dev libfontconfig1-dev libcmark-dev zlib1g-dev poppler-utils qpdf libhyphen-dev hyphen-en-us hyphen-en-gb libpoppler-glib-dev python3-venv)
missing=()
for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing: ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

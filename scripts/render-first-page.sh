#!/bin/sh
# Regenerates docs/first-page.png, the picture of the first printed page shown in the README:
# export the shipped list straight to PDF (LibreOffice, through `export -o FILE.pdf`), rasterise page 1.
# Needs what .ci/run installs: libreoffice-calc, poppler-utils, fonts-wqy-microhei (CJK glyphs) and
# fonts-crosextra-carlito (metric twin of Calibri: without it LibreOffice sizes columns wider than
# Excel and shrinks the whole table to fit the page).
set -eu
cd "$(dirname "$0")/.."
list=${1:-lists/huangpi-culture-tourism}
out=${2:-docs/first-page.png}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

npm run --silent build
node bin/dutylist.js export "$list" -o "$tmp/list.pdf" --on "$(sed -n 's/^effective: *//p' "$list/list.yaml")"
pdftoppm -f 1 -l 1 -r 110 -png -singlefile "$tmp/list.pdf" "$tmp/page"
cp "$tmp/page.png" "$out"
echo "wrote $out ($(pdfinfo "$tmp/list.pdf" | sed -n 's/^Pages: *//p') pages in all)"

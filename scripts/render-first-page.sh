#!/bin/sh
# Regenerates docs/first-page.png, the picture of the first printed page shown in the README:
# export the shipped list, print it to PDF with LibreOffice, rasterise page 1.
# Needs: libreoffice-calc, poppler-utils, fonts-wqy-microhei (CJK glyphs), and preferably
# fonts-crosextra-carlito (metric twin of Calibri, so LibreOffice sizes columns as Excel does).
set -eu
cd "$(dirname "$0")/.."
list=${1:-lists/huangpi-culture-tourism}
out=${2:-docs/first-page.png}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

npm run --silent build
node bin/dutylist.js export "$list" -o "$tmp/list.xlsx"
# A private LibreOffice profile: a running soffice on the default profile would swallow the job.
soffice "-env:UserInstallation=file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$tmp/list.xlsx" >/dev/null 2>&1
pdftoppm -f 1 -l 1 -r 110 -png -singlefile "$tmp/list.pdf" "$tmp/page"
cp "$tmp/page.png" "$out"
echo "wrote $out ($(pdfinfo "$tmp/list.pdf" | sed -n 's/^Pages: *//p') pages in all)"

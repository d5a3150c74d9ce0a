#!/bin/sh
# For developers, not CI: converts Word and Excel files to PDF with LibreOffice
# headless, then every PDF page to a PNG with pdftoppm, so a person can look at
# each page before calling a document done.
#
#   scripts/to-pdf.sh OUTDIR FILE.docx [FILE.xlsx ...]
#   scripts/to-pdf.sh --examples OUTDIR   # renders both examples' documents first
#
# Needs (Debian): libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
# fonts-liberation (Liberation Serif has Times New Roman's metrics).
set -eu

usage() { echo "usage: $0 OUTDIR FILE... | $0 --examples OUTDIR" >&2; exit 2; }
[ $# -ge 2 ] || usage
command -v soffice >/dev/null || { echo "$0: soffice not found (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "$0: pdftoppm not found (apt-get install poppler-utils)" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
if [ "$1" = "--examples" ]; then
  out=$2
  mkdir -p "$out"
  set --
  # Run from the repository so the documents cite examples/… as a clerk's run would, not this machine's paths.
  case $out in /*) ;; *) out="$PWD/$out" ;; esac
  cd "$root"
  for ex in tien-giang-2018:2018-07-15 dong-thap-2026:2026-06-30; do
    name=${ex%%:*}
    asof=${ex#*:}
    dir="examples/$name"
    node "$root/bin/thidua.js" document "$dir" -o "$out/$name-ke-hoach.docx" --force
    node "$root/bin/thidua.js" report "$dir" --as-of "$asof" -o "$out/$name-bao-cao.docx" --force || true
    node "$root/bin/thidua.js" checklist "$dir" --as-of "$asof" --by unit -o "$out/$name-viec-can-lam.docx" --force
    node "$root/bin/thidua.js" report "$dir" --as-of "$asof" -o "$out/$name-so-lieu.xlsx" --force || true
    node "$root/bin/thidua.js" schedule "$dir" --as-of "$asof" -o "$out/$name-lich.xlsx" --force
    set -- "$@" "$out/$name-ke-hoach.docx" "$out/$name-bao-cao.docx" "$out/$name-viec-can-lam.docx" "$out/$name-so-lieu.xlsx" "$out/$name-lich.xlsx"
  done
else
  out=$1
  shift
  mkdir -p "$out"
fi

# A private profile: a developer's own LibreOffice settings must not change the result.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for f in "$@"; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$f" >"$out/.soffice.log" 2>&1 || { cat "$out/.soffice.log" >&2; exit 1; }
  # javaldx: LibreOffice looking for Java, which conversion does not need.
  if grep -v javaldx "$out/.soffice.log" | grep -qi 'warn\|error'; then echo "$f:" >&2; cat "$out/.soffice.log" >&2; fi
  pdf="$out/$(basename "${f%.*}").pdf"
  pdftoppm -r 60 -png "$pdf" "${pdf%.pdf}"
  echo "$pdf: $(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p') page(s)"
done
rm -f "$out/.soffice.log"

#!/bin/sh
# Regenerates the broken inputs of this directory from the article in ../formats. The outputs are
# committed, so tests never need LibreOffice; run this only to change them.
# Needs: LibreOffice (soffice, headless), python3 for the random bytes.
set -eu
cd "$(dirname "$0")"

: > empty.txt
printf '  \n\t\n   \r\n' > whitespace.txt
python3 -c 'import random; r = random.Random(42); open("random.bin", "wb").write(bytes(r.randrange(256) for _ in range(4096)))'
head -c 3000 ../formats/article.pdf > truncated-pdf.pdf
head -c 2500 ../formats/article.docx > truncated-docx.docx

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
soffice --headless -env:UserInstallation="file://$work/profile" --infilter="HTML (StarWriter)" \
  --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
  --outdir "$work" ../formats/src/article-document.html >/dev/null 2>&1
cp "$work/article-document.pdf" encrypted.pdf

#!/bin/sh
# Regenerates the article of seeds/001_boilerplate in every input format declutter reads. The
# outputs are committed, so the tests never need LibreOffice; run this only to change them.
# Needs: LibreOffice (soffice, headless), gzip, bzip2, xz, iconv.
#
#   article.html                 hand-written web page around the article (edited, not generated)
#   src/article-document.html    the article as a plain document: the source of the office formats
#
# The PDF's 16-point type wraps every paragraph over several lines and breaks one paragraph
# across two pages, as long articles do.
set -eu
cd "$(dirname "$0")"
seed=../seeds/001_boilerplate

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for format in docx doc odt rtf pdf epub; do
  soffice --headless -env:UserInstallation="file://$work/profile" --infilter="HTML (StarWriter)" \
    --convert-to "$format" --outdir "$work" src/article-document.html >/dev/null 2>&1
  cp "$work/article-document.$format" "article.$format"
done

gzip -n -9 -c article.html > article.html.gz
gzip -n -9 -c "$seed.txt" > article.txt.gz
bzip2 -9 -c article.html > article.html.bz2
xz -9 -c "$seed.txt" > article.txt.xz
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$seed.txt"; } > article.utf16le.txt
iconv -f UTF-8 -t UTF-16BE "$seed.txt" > article.utf16be.txt
sed 's/$/\r/' "$seed.txt" > article.crlf.txt
iconv -f UTF-8 -t WINDOWS-1252 "$seed.txt" > article.cp1252.txt
# A page in UTF-16: its byte-order mark outranks the meta charset it still carries, as in browsers.
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE article.html; } > article.utf16.html
# A legacy page that declares its charset, and one that does not (found by detection).
sed 's/<meta charset="utf-8">/<meta http-equiv="Content-Type" content="text\/html; charset=windows-1252">/' article.html \
  | iconv -f UTF-8 -t WINDOWS-1252 > article.cp1252.html
sed '/<meta charset="utf-8">/d' article.html | iconv -f UTF-8 -t WINDOWS-1252 > article.undeclared-cp1252.html

# Every format gives the body of the text seed.
cp "$seed.expected.txt" article.expected.txt

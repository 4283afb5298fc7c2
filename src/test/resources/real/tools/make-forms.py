#!/usr/bin/env python3
"""Makes the PDF, Word and web-page forms of a real text record, as cities publish them.

    python3 make-forms.py ../assembly/takasago-giun-r050412.txt   # writes takasago-giun-r050412.pdf, .docx, .html

PDF and Word: A4, the text in a Japanese font, long lines wrapped by the page width, the page number centred in
the footer as "－ 1 －". The text goes line by line into a flat OpenDocument file (one paragraph per line, spaces
and tabs kept), which LibreOffice converts (needs soffice and fonts-noto-cjk).
HTML: the page a city CMS serves: site header with navigation and a search box, breadcrumbs, the record in the
content container (one <p> per line), a contact box and a footer; the text itself is unchanged.
"""
import os
import re
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Noto Serif CJK JP" svg:font-family="'Noto Serif CJK JP'"
   xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 </office:font-face-decls>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="150%"/>
   <style:text-properties style:font-name="Noto Serif CJK JP" fo:font-size="10.5pt"
    style:font-name-asian="Noto Serif CJK JP" style:font-size-asian="10.5pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="A4">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm"
    fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
   <style:footer-style><style:header-footer-properties fo:min-height="1cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4">
   <style:footer><text:p text:style-name="Footer">－ <text:page-number text:select-page="current">1</text:page-number> －</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
"""
TAIL = """ </office:text></office:body>
</office:document>
"""


def paragraph(line):
    out = []
    for part in re.split(r"(\t| {2,})", line):
        if part == "\t":
            out.append("<text:tab/>")
        elif part.startswith("  "):
            out.append('<text:s text:c="%d"/>' % len(part))
        else:
            out.append(escape(part))
    return '  <text:p text:style-name="Standard">' + "".join(out) + "</text:p>\n"


PAGE = """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="UTF-8"><title>{title}｜会議録｜市議会</title></head>
<body>
<div id="tmp_wrapper">
<header id="tmp_header"><p class="logo"><a href="/">市議会</a></p>
 <nav id="tmp_gnavi"><ul><li><a href="/gikai/">議会の紹介</a></li><li><a href="/kaigiroku/">会議録</a></li>
 <li><a href="/iinkai/">委員会</a></li></ul></nav>
 <form id="tmp_search" action="/search"><input type="text" name="q" value="サイト内検索"><button>検索</button></form>
</header>
<div id="tmp_pankuzu"><ol><li><a href="/">トップページ</a></li><li><a href="/kaigiroku/">会議録</a></li>
 <li>{title}</li></ol></div>
<div id="tmp_main">
 <div id="tmp_contents">
{body}
 </div>
 <div id="tmp_contact"><h2>このページに関するお問い合わせ</h2><p>議会事務局 議事課　電話：000-000-0000</p></div>
 <div id="tmp_side"><h2>関連情報</h2><ul><li><a href="/kaigiroku/list.html">会議録の一覧</a></li></ul></div>
</div>
<footer id="tmp_footer"><p>Copyright &copy; City Council. All rights reserved.</p><p><a href="#tmp_header">ページの先頭へ</a></p></footer>
</div>
</body>
</html>
"""


def html_line(line):
    if not line.strip():
        return ""
    text = escape(line).replace("\t", "&emsp;")
    text = re.sub(r" {2,}", lambda m: "&nbsp;" * len(m.group(0)), text)
    return "  <p>" + text + "</p>\n"


def main(path):
    with open(path, encoding="utf-8-sig") as f:
        lines = f.read().splitlines()
    base = os.path.splitext(path)[0]
    with tempfile.TemporaryDirectory() as tmp:
        fodt = os.path.join(tmp, os.path.basename(base) + ".fodt")
        with open(fodt, "w", encoding="utf-8") as f:
            f.write(HEAD + "".join(paragraph(l) for l in lines) + TAIL)
        with open(base + ".html", "w", encoding="utf-8") as f:
            title = next((l.split("：", 1)[1].strip() for l in lines if l.startswith("会議名：")), "会議録")
            f.write(PAGE.format(title=escape(title), body="".join(html_line(l) for l in lines)))
        for target in ("pdf", 'docx:"MS Word 2007 XML"'):
            subprocess.run(["soffice", "--headless", "--convert-to", target.replace('"', ""), "--outdir",
                            os.path.dirname(os.path.abspath(path)), fodt], check=True, capture_output=True)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        main(p)

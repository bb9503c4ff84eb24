"""Builds held-out contracts as Word files and PDFs from a small markup, so the files can be made again.

Markup, one item per line: T: title, H: heading, P: paragraph, LN: a "List Number" paragraph,
TB: a table row (cells split by |). Word files get real Word tables and list numbering; PDFs are
typeset with wrapped lines over several pages (reportlab, STSong). Used by holdout*/make_files.py.
"""
import re
from pathlib import Path


def parse(src):
    items = []
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        items.append((tag, text))
    return items


def build_docx(items, path):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(11)
    i = 0
    while i < len(items):
        tag, text = items[i]
        if tag == "T":
            doc.add_heading(text, level=0)
        elif tag == "H":
            doc.add_heading(text, level=2)
        elif tag == "LN":
            doc.add_paragraph(text, style="List Number")
        elif tag == "TB":
            rows = []
            while i < len(items) and items[i][0] == "TB":
                rows.append(items[i][1].split("|"))
                i += 1
            ncol = max(len(r) for r in rows)
            table = doc.add_table(rows=len(rows), cols=ncol)
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c in range(ncol):
                    table.cell(r, c).text = row[c] if c < len(row) else ""
            continue
        else:
            doc.add_paragraph(text)
        i += 1
    doc.save(path)


def visual_lines(text, zh):
    width = 38 if zh else 90
    out, cur, units = [], "", 0.0
    for ch in text:
        u = 1.0 if ord(ch) > 0x2E80 else 0.5
        if units + u > width:
            out.append(cur)
            cur, units = "", 0.0
        cur += ch
        units += u
    if cur:
        out.append(cur)
    return out


def build_pdf(items, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    top, bottom, left, lead = h - 60, 60, 56, 17
    y = top
    page = 1
    ln = 0

    def newpage():
        nonlocal y, page
        c.setFont("STSong-Light", 8)
        c.drawCentredString(w / 2, 30, "第 %d 页" % page)
        c.showPage()
        page += 1
        y = top

    for tag, text in items:
        if tag == "TB":
            text = "  ".join(x for x in text.split("|"))
        if tag == "LN":
            ln += 1
            text = "%d. %s" % (ln, text)
        else:
            ln = 0 if tag in ("H", "T") else ln
        size = 15 if tag == "T" else (12 if tag == "H" else 10.5)
        for vl in visual_lines(text, True):
            if y < bottom:
                newpage()
            c.setFont("STSong-Light", size)
            if tag == "T":
                c.drawCentredString(w / 2, y, vl)
            else:
                c.drawString(left, y, vl)
            y -= lead + (6 if tag == "T" else 0)
        if tag == "H":
            y -= 3
    newpage()
    c.save()


WIDTH = 38  # as visual_lines for Chinese
NO_LINE_START = set("，。、；：！？）》」』”’%")
TOKEN = re.compile(r"[\u2e81-\U0010ffff]|[^\s\u2e81-\U0010ffff]+|\s+")


def units(s):
    return sum(1.0 if ord(ch) > 0x2E80 else 0.5 for ch in s)


def wrap(text):
    lines, cur = [], []
    for tok in TOKEN.findall(text):
        if units("".join(cur) + tok) <= WIDTH:
            cur.append(tok)
            continue
        if tok.isspace():
            lines.append("".join(cur).rstrip())
            cur = []
            continue
        carry = []
        if tok in NO_LINE_START and cur and ord(cur[-1][0]) > 0x2E80:
            carry = [cur.pop()]
        while units(tok) > WIDTH:  # a token wider than a line: hard split, as visual_lines would
            if cur:
                lines.append("".join(cur).rstrip())
                cur = []
            cut = len(tok)
            while units(tok[:cut]) > WIDTH:
                cut -= 1
            lines.append(tok[:cut])
            tok = tok[cut:]
        if cur:
            lines.append("".join(cur).rstrip())
        cur = carry + [tok]
    if cur:
        lines.append("".join(cur).rstrip())
    return [ln for ln in lines if ln.strip()]


def prewrap(src):
    """Paragraphs (and table rows) of a PDF source broken into lines at word boundaries, never inside an English
    word or a number and without starting a line with closing Chinese punctuation, as a word processor prints them;
    build_pdf then draws each line as it is (holdout15 onwards)."""
    out = []
    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":  # build_pdf prints a table row as its cells joined by two spaces
            tag, text = "P", "  ".join(text.split("|"))
        if tag != "P":
            out.append(line)
            continue
        out.extend("P:" + piece for piece in wrap(text))
    return "\n".join(out)


def write(sources: dict[str, str], targets: dict[str, tuple[str, str]], out: Path, wrap_words: bool = False) -> None:
    """targets: key -> (file name, "docx" | "pdf"); sources: key -> markup. `wrap_words`: PDFs broken at word
    boundaries (prewrap) rather than at a fixed width."""
    for key, (name, kind) in targets.items():
        items = parse(prewrap(sources[key]) if wrap_words and kind == "pdf" else sources[key])
        (build_docx if kind == "docx" else build_pdf)(items, out / name)
        print("wrote", name)

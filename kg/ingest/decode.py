"""Bytes of a scraped file to article text: encodings detected, HTML pages reduced to their text.

Scrapers save what servers send: UTF-8 mostly, but also GBK/GB18030 from Chinese sites,
UTF-16 with a byte-order mark from Windows tools, whole HTML pages with scripts and
navigation, and now and then a binary file under a text name. Each is either decoded or
refused with the reason, never guessed at silently:

* a byte-order mark decides (UTF-8, UTF-16, UTF-32);
* valid UTF-8 is UTF-8;
* bytes that read as GB18030 into Chinese characters are GB18030 (or GBK, its subset);
* otherwise charset-normalizer chooses between Big5 and Windows-1252, and its answer is
  taken only when the decoded text is coherent (little "mess") and holds no control
  characters;
* NUL bytes without a UTF-16/32 mark mean a binary file.

HTML (by suffix, or a text that starts like a page) goes through trafilatura, which keeps the
main text and drops scripts, styles, navigation and comments.
"""

from __future__ import annotations

import codecs
import html as entities
import re

from charset_normalizer import from_bytes

from kg.errors import IngestError

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Above this share of "mess" (charset-normalizer's measure of implausible text) a detected
#: encoding is a guess, and a guess would put garbage into the graph.
MAX_MESS = 0.2
#: Characters of Chinese text: CJK ideographs and punctuation, full-width forms, the general
#: punctuation (“”‘’…—) and geometric marks (▲■●) Chinese sites use.
CHINESE_TEXT = re.compile(r"[\u2000-\u206f\u25a0-\u25ff\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
CHINESE_SHARE = 0.9
#: What else the detector may choose from: traditional Chinese, and the Western code page
#: of English pages saved by Windows tools. Left free, it read "caf\xe9" as Arabic.
OTHER_ENCODINGS = ("big5", "cp1252")
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
LOOKS_LIKE_HTML = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
#: C0 and C1 controls other than tab, line feed and carriage return: never in real text.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def decode(data: bytes, source: str) -> str:
    """The text of ``data``, or :class:`IngestError` naming ``source`` and why it is no text."""
    if not data.strip():
        raise IngestError(source, "is empty")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(
                    source, f"has a {encoding.upper()} byte-order mark but is not {encoding}"
                ) from exc
    if b"\x00" in data:
        raise IngestError(source, "looks binary (contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start
    if (text := _as_chinese(data)) is not None:
        return text
    best = from_bytes(data, cp_isolation=list(OTHER_ENCODINGS)).best()
    if best is None or best.chaos > MAX_MESS:
        raise IngestError(
            source,
            f"is not UTF-8 (invalid byte at offset {offset}) and no other encoding reads it "
            "as text",
        )
    text = str(best)
    if CONTROL.search(text):
        raise IngestError(source, f"looks binary (control characters when read as {best.encoding})")
    return text


def _as_chinese(data: bytes) -> str | None:
    """GB18030 (which reads GBK and GB2312 too), when it decodes and what is not ASCII is
    Chinese: an English report from a Chinese site has only a few such characters (a title
    in 《》, quotes), too few for a statistical detector, which then guesses a Latin code page."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    foreign = [c for c in text if ord(c) > 127]
    chinese = sum(1 for c in foreign if CHINESE_TEXT.match(c))
    return text if chinese >= CHINESE_SHARE * len(foreign) else None


def is_html(data: bytes, suffix: str = "") -> bool:
    return suffix.lower() in HTML_SUFFIXES or bool(LOOKS_LIKE_HTML.match(data[:4096]))


def html_to_text(html: str, source: str) -> str:
    """The main text of a web page (title first when there is one), without its furniture."""
    import trafilatura  # imported here: it takes a second, and most corpora are plain text

    text = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=False,
        favor_recall=True,
        deduplicate=False,
    )
    if not text or not text.strip():
        raise IngestError(source, "is an HTML page with no main text that could be extracted")
    title = _title(html)
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    return text


def _title(html: str) -> str | None:
    match = re.search(r"(?is)<title[^>]*>(.*?)</title>", html[:100_000])
    if not match:
        return None
    title = " ".join(entities.unescape(match[1]).split())
    return title or None

"""Bytes to text: BOMs, UTF-8, UTF-16 without a BOM, detected encodings; binary refused."""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import InputError

__all__ = ["decode"]


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, path: str = "<bytes>") -> str:
    """Bytes to text: UTF-8 (BOM allowed), UTF-16/32 with a BOM, else a detected encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(path, f"not valid {encoding.upper()} despite its BOM") from None
            return _checked_text(text, path)
    if not data.strip():
        raise InputError(path, "empty file")
    sample = data[:65536]
    if b"\x00" in sample:
        wide = _bomless_utf16(sample)
        if wide is None:
            raise InputError(path, "binary file, not text")
        return _checked_text(data.decode(wide, errors="replace"), path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data, path)
    return _checked_text(text, path)


def _bomless_utf16(sample: bytes) -> str | None:
    even, odd = sample[0::2], sample[1::2]
    if len(sample) >= 4 and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if len(sample) >= 4 and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _detect(data: bytes, path: str) -> str:
    # Mostly UTF-8 with a few stray single-byte characters (files pasted together): keep
    # the UTF-8 and read the stray bytes as cp1252, the usual culprit.
    if len(_UTF8_MULTIBYTE.findall(data[:1_000_000])) >= 3:
        return data.decode("utf-8", errors="summarise-cp1252")
    western = _western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace")


_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f]")


_ODD_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[^\w\s’'\x00-\x7f](?=[^\W\d_])")


def _western(data: bytes) -> str | None:
    """The text as cp1252 (a superset of Latin-1's printable characters) when it reads as
    Western European prose, else None.

    charset-normalizer alone often takes short English or French cp1252/Latin-1 text for a
    Baltic or Central European code page ("Café" -> "Cafķ"). Western text has few non-ASCII
    letters among its letters and no symbols inside words; the same bytes in cp1251 (Cyrillic)
    or cp1250 (Polish "Za¿ó³æ") fail that test and go to the detector.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d)
        return None
    sample = text[:100_000]
    letters = sum(1 for ch in sample if ch.isalpha())
    non_ascii = sum(1 for ch in _NON_ASCII_LETTER.findall(sample) if ch.isalpha())
    if letters == 0 or non_ascii > 0.15 * letters or _ODD_INSIDE_WORD.search(sample):
        return None
    return text


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("summarise-cp1252", _cp1252_fallback)


def _checked_text(text: str, path: str) -> str:
    if not text.strip():
        raise InputError(path, "no text (only white space)")
    sample = text[:65536]
    controls = sum(1 for ch in sample if _is_control(ch))
    if controls > 0.05 * len(sample) or sample.count("\ufffd") > 0.1 * len(sample):
        raise InputError(path, "binary file, not text")
    return text


def _is_control(ch: str) -> bool:
    return ch not in "\n\t\r" and unicodedata.category(ch) == "Cc"

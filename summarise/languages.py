"""The languages the tool reads, by name and ISO 639-1 code."""

from __future__ import annotations

from .errors import UnknownLanguageError

__all__ = ["LANGUAGES", "normalize_language"]

# Languages that both the splitter (BlingFire's model handles Latin-script text) and sumy
# (stop words plus a stemmer) support. ISO 639-1 codes are accepted as aliases.
LANGUAGES: dict[str, str] = {
    "english": "en",
    "french": "fr",
    "german": "de",
    "italian": "it",
    "portuguese": "pt",
    "spanish": "es",
    "swedish": "sv",
    "czech": "cs",
    "slovak": "sk",
    "polish": "pl",
}
_ALIASES = {code: name for name, code in LANGUAGES.items()}


def normalize_language(language: str) -> str:
    """Map "en"/"English" to "english"; raise UnknownLanguageError (a SummariseError and a
    ValueError) for an unsupported language."""
    name = language.strip().lower()
    name = _ALIASES.get(name, name)
    if name not in LANGUAGES:
        raise UnknownLanguageError(language, LANGUAGES)
    return name

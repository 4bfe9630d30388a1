"""Headline, dateline and agency credit of an article, read from its display paragraphs.

All three stay in the text (entity and quote spans can still point at them); they are also
published as metadata strings.

- **Title**: when the caller gives none, a first paragraph that is a short line
  (``TITLE_MAX_WORDS``) without sentence-final punctuation, followed by more text.
- **Dateline**: the start of the lead, a place (1-3 words) then either ``(agency) -`` /
  ``(agency):`` (optionally with a date after a comma: ``لندن، 12 مايو (رويترز) -``), or
  ``- agency:`` where the agency is quoted, initials (أ ف ب) or names an agency, or just ``-``.
- **Credit**: a short paragraph (``CREDIT_MAX_WORDS``) that names an agency (``AGENCY_CUES``:
  words such as وكالة / للأنباء, agency names and initials in Arabic and Latin script), is not a
  sentence (no final full stop, no reporting verb or إن/أن) and has the shape of a credit: in
  brackets ``(رويترز)``, ``المصدر: …``, ``agency - place`` (either way round), ``وكالة … للأنباء``,
  or nothing but agency names. A headline that merely mentions an agency is not a credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from akhbar.nlp.normalize import to_key

TITLE_MAX_WORDS = 20
TITLE_MAX_CHARS = 200
CREDIT_MAX_WORDS = 12
CREDIT_SEARCH_HEAD = 6
CREDIT_SEARCH_TAIL = 3
"""A credit line sits among the first or the last paragraphs of a story."""

AGENCY_CUES = (
    # generic words (key spelling: hamza on alef, ة and ى folded)
    "وكاله", "وكالات", "للانباء", "الانباء", "انباء", "الصحافه", "المصدر",
    # agencies by name
    "رويترز", "فرانس برس", "فرانس پرس", "اسوشيتد برس", "اسوشيتدبرس", "الاسوشيتد", "شينخوا",
    "سبوتنيك", "نوفوستي", "انترفاكس", "ايتار تاس", "الاناضول", "ارنا", "ايسنا", "كونا", "سانا",
    "بترا", "واس", "وام", "قنا", "بنا", "سبا", "العمانيه", "معا", "وفا", "يونهاب", "كيودو",
    "reuters", "afp", "ap", "dpa", "xinhua", "anadolu", "irna", "tass", "ria", "sputnik",
    "upi", "ansa", "efe", "kyodo", "yonhap", "news agency", "press agency", "agency",
)  # fmt: skip
"""Agency words and names in key spelling, matched as whole words (Latin case-insensitively)."""

AGENCY_INITIALS = r"ا ?\.? ?ف ?\.? ?ب|د ?\.? ?ب ?\.? ?ا|ا ?\.? ?ش ?\.? ?ا|يو ?\.? ?بي ?\.? ?اي"
"""أ ف ب (AFP), د ب أ (dpa), أ ش أ (MENA), يو بي آي (UPI), with or without dots, in key form."""

SENTENCE_WORDS = frozenset(
    {
        "ان", "قال", "قالت", "ذكر", "ذكرت", "افاد", "افادت", "اعلن", "اعلنت", "اكد",
        "اكدت", "نقل", "نقلت", "بحسب", "وفق", "وفقا", "نقلا", "عن",
    }
)  # fmt: skip
"""Words that make a short line a sentence rather than a credit (``ذكرت وكالة …``)."""

_CUE_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, AGENCY_CUES)) + "|" + AGENCY_INITIALS + r")(?!\w)",
    re.IGNORECASE,
)
_FINAL_PUNCT = ".!?؟:،؛…,;"
_CLOSERS = "»”\"'’)]}"
_PLACE = r"[^\W\d_]+(?: [^\W\d_]+){0,2}"
_DASH = r" ?[-–—]+"
_DATELINE_PAREN = re.compile(
    f"^{_PLACE}(?:،? [^()\\-–—:\\n]{{1,30}}?)? ?\\((?P<agency>[^()\\n]{{1,40}})\\)(?:{_DASH}| ?:)"
)
_DATELINE_AGENCY = re.compile(
    f"^{_PLACE}{_DASH} ?(?P<agency>[^\\-–—:.،\\n]{{1,40}}?)(?:{_DASH}| ?:)"
)
_DATELINE_DASH = re.compile(f"^{_PLACE}{_DASH}(?= )")
_SOURCE_PREFIX = re.compile(r"^(?:ال)?(?:مصدر|مصادر|source)\s*:", re.IGNORECASE)
_AGENCY_NAME = re.compile(
    r"^وكاله .*(?:للانباء|الانباء)(?:\s*[-–—/]\s*[^\W\d_]+(?: [^\W\d_]+){0,2})?$"
)
_DASH_SPLIT = re.compile(r" [-–—/] ")
_QUOTED = re.compile(r"^[«\"“].+[»\"”]$")


@dataclass(frozen=True, slots=True)
class Structure:
    title: int | None
    """Index of the paragraph that is the headline, if any."""
    title_text: str | None
    dateline: str | None
    credit: int | None
    """Index of the credit paragraph, if any."""
    credit_text: str | None


def find_structure(paras: list[str], title_given: bool) -> Structure:
    """Locate headline, dateline and credit among the display paragraphs."""
    edges = [*range(min(len(paras), CREDIT_SEARCH_HEAD)), *range(len(paras))[-CREDIT_SEARCH_TAIL:]]
    credit = next((i for i in dict.fromkeys(edges) if is_credit(paras[i])), None)
    title = 0 if not title_given and _is_headline(paras, credit) else None
    lead = next((i for i in range(len(paras)) if i not in (title, credit)), None)
    dateline = find_dateline(paras[lead]) if lead is not None else None
    return Structure(
        title=title,
        title_text=paras[title] if title is not None else None,
        dateline=dateline,
        credit=credit,
        credit_text=paras[credit] if credit is not None else None,
    )


def is_credit(para: str) -> bool:
    """Whether a paragraph is an agency credit line rather than a sentence."""
    words = para.split()
    if not words or len(words) > CREDIT_MAX_WORDS:
        return False
    key = to_key(para)
    if _CUE_RE.search(key) is None:
        return False
    if any(w.strip(_CLOSERS + _FINAL_PUNCT + "([«“") in SENTENCE_WORDS for w in key.split()):
        return False
    bracketed = para.startswith("(") and para.endswith(")")
    if para.rstrip(_CLOSERS)[-1:] in ".!?؟" and not bracketed and len(words) > 4:
        return False
    return bracketed or _has_credit_shape(key)


def _has_credit_shape(key: str) -> bool:
    """``source: …``, ``agency - place`` (either side), ``وكالة … للأنباء`` or only agency names."""
    if _SOURCE_PREFIX.match(key) or _AGENCY_NAME.match(key):
        return True
    sides = [side.strip() for side in _DASH_SPLIT.split(key)]
    if len(sides) == 2 and all(sides):
        cue_side = [bool(_CUE_RE.search(side)) for side in sides]
        if any(cue_side) and any(
            len(side.split()) <= 3 for side, cue in zip(sides, cue_side, strict=True) if not cue
        ):
            return True
    return not _CUE_RE.sub(" ", key).strip(" ()/-–—،,.:و")


def find_dateline(lead: str) -> str | None:
    """The dateline at the start of the lead paragraph, as written there."""
    for pattern in (_DATELINE_PAREN, _DATELINE_AGENCY):
        match = pattern.match(lead)
        if (
            match is not None
            and match.end() < len(lead)
            and _is_agency(match.group("agency"), pattern)
        ):
            return match.group().strip()
    match = _DATELINE_DASH.match(lead)
    if match is not None and match.end() < len(lead):
        return match.group().strip()
    return None


def _is_agency(text: str, pattern: re.Pattern[str]) -> bool:
    text = text.strip()
    if pattern is _DATELINE_PAREN:
        return len(text.split()) <= 5
    return bool(_QUOTED.match(text)) or _CUE_RE.search(to_key(text)) is not None


def _is_headline(paras: list[str], credit: int | None) -> bool:
    if len(paras) < 2 or credit == 0:
        return False
    first = paras[0]
    if len(first) > TITLE_MAX_CHARS or len(first.split()) > TITLE_MAX_WORDS:
        return False
    return first.rstrip(_CLOSERS)[-1:] not in _FINAL_PUNCT

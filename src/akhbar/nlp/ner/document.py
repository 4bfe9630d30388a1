"""Label consistency within a document: second-stage features from the first pass.

The first CRF tags every sentence alone. For each token, the second stage sees its own and its
neighbours' first-pass labels, and which entity types the first pass gave to the same
clitic-stripped word elsewhere in the document (the batch of sentences given to ``tag``, in
article order). A name tagged once next to a title is then found again where it stands alone.
A key that is another key of the document with a proclitic in front (an unknown name the
stemmer left whole, e.g. ولكرومبو beside كرومبو) shares that key's evidence.
A key that was the first or last word of a multi-word entity (هورست كوبل) is marked as such
wherever it occurs (كوبل alone).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from akhbar.nlp.ner.fold import clitic_candidates
from akhbar.nlp.ner.triggers import SPORT_KEYS

# Words this short or this common carry no document-level evidence.
MIN_KEY_LEN = 3
# A sports report: at least this many sports words, and at least this share of its tokens.
SPORT_MIN = 5
SPORT_SHARE = 0.015
_TOPIC_PREFIXES = ("g=", "frs=")


def is_sport(keys: Sequence[Sequence[str]]) -> bool:
    """Whether a document (its tokens' consistency keys) reads as a sports report."""
    n = sum(1 for sent in keys for key in sent if key in SPORT_KEYS)
    return n >= SPORT_MIN and n >= SPORT_SHARE * sum(map(len, keys))


def topic_features(own: Sequence[str]) -> tuple[str, ...]:
    """Second-stage features of a token in a sports report: a bias, and its gazetteer flags
    and rank bucket (from its own first-stage features), so that a city name or an unknown
    word there can lean towards a club."""
    return ("sp", *("sp" + f for f in own if f.startswith(_TOPIC_PREFIXES)))


def key_features(
    keys: Sequence[Sequence[str]], first: Sequence[Sequence[str]], common: frozenset[str]
) -> dict[str, tuple[str, ...]]:
    """Document evidence per consistency key (clitic-stripped folded form): which entity
    labels the first pass gave it, its majority type, whether it repeats. Keys absent from the
    result carry no evidence. ``common`` holds keys too frequent to be names."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    for sent_keys, labels in zip(keys, first, strict=True):
        for key, label in zip(sent_keys, labels, strict=True):
            if len(key) < MIN_KEY_LEN or key in common:
                continue
            total[key] += 1
            if label != "O":
                seen[key][label] += 1
    ends = _span_ends(keys, first)
    alias = _clitic_aliases(total)
    for key, target in alias.items():
        total[target] += total[key]
        seen[target].update(seen.get(key, ()))
        ends.setdefault(target, set()).update(ends.get(key, ()))
    out = {}
    for key in total:
        target = alias.get(key, key)
        feats = _token_doc(target, seen, total) + sorted(ends.get(target, ()))
        if feats:
            out[key] = tuple(feats)
    return out


def _span_ends(
    keys: Sequence[Sequence[str]], first: Sequence[Sequence[str]]
) -> dict[str, set[str]]:
    """Keys that are the first (``df=T``) or last (``dl=T``) word of a multi-word entity of
    type T in the first pass: a surname met alone after the full name (كوبل after هورست
    كوبل), an organisation's head word."""
    out: dict[str, set[str]] = {}
    for sent_keys, labels in zip(keys, first, strict=True):
        start = -1
        for i, label in enumerate((*labels, "O")):
            if start >= 0 and not label.startswith("I-"):
                if i - start > 1:
                    kind = labels[start][2:]
                    out.setdefault(sent_keys[start], set()).add("df=" + kind)
                    out.setdefault(sent_keys[i - 1], set()).add("dl=" + kind)
                start = -1
            if label.startswith("B-"):
                start = i
    return out


def _clitic_aliases(keys: Counter[str]) -> dict[str, str]:
    """Keys that are another key of the same document with a proclitic attached (a name the
    stemmer did not know, e.g. with و or ل in front): key -> the bare key."""
    out = {}
    for key in keys:
        for cand in clitic_candidates(key)[1:]:
            if cand in keys and len(cand) >= MIN_KEY_LEN:
                out[key] = cand
                break
    return out


def document_features(
    keys: Sequence[Sequence[str]], first: Sequence[Sequence[str]], common: frozenset[str]
) -> list[list[list[str]]]:
    """Second-stage features per token: own and neighbours' first-pass labels, own and
    neighbours' document evidence (``key_features``)."""
    evidence = key_features(keys, first, common)
    out = []
    for sent_keys, labels in zip(keys, first, strict=True):
        per_token = [evidence.get(key, ()) for key in sent_keys]
        n = len(labels)
        sent_out = []
        for i in range(n):
            feats = ["y1=" + labels[i]]
            feats.append("-1:y1=" + (labels[i - 1] if i else "BOS"))
            feats.append("+1:y1=" + (labels[i + 1] if i + 1 < n else "EOS"))
            feats.extend(per_token[i])
            if i:
                feats.extend("-1:" + f for f in per_token[i - 1])
            if i + 1 < n:
                feats.extend("+1:" + f for f in per_token[i + 1])
            sent_out.append(feats)
        out.append(sent_out)
    return out


def second_stage_features(
    feats: Sequence[Sequence[Sequence[str]]],
    keys: Sequence[Sequence[str]],
    first: Sequence[Sequence[str]],
    common: frozenset[str],
) -> list[list[list[str]]]:
    """Complete second-stage feature lists of a document: each token's first-stage features
    ``feats``, its ``document_features``, and its ``topic_features`` in a sports report."""
    extra = document_features(keys, first, common)
    sport = is_sport(keys)
    return [
        [[*f, *e, *(topic_features(f) if sport else ())] for f, e in zip(fs, es, strict=True)]
        for fs, es in zip(feats, extra, strict=True)
    ]


def _token_doc(key: str, seen: dict[str, Counter[str]], total: Counter[str]) -> list[str]:
    n = total.get(key, 0)
    if not n:
        return []
    labels = seen.get(key)
    if not labels:
        return ["dO"] if n > 1 else []
    feats = ["d=" + label for label in labels]
    best = labels.most_common(1)[0][0]
    kind = best[2:]
    tagged = sum(c for lab, c in labels.items() if lab[2:] == kind)
    feats.append("dt=" + kind)
    if tagged * 2 >= n:
        feats.append("dmaj=" + kind)
    if n > 1:
        feats.append("drep")
    return feats

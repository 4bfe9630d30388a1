"""Label consistency within a document: second-stage features from the first pass.

The first CRF tags every sentence alone. For each token, the second stage sees its own and its
neighbours' first-pass labels, and which entity types the first pass gave to the same
clitic-stripped word elsewhere in the document (the batch of sentences given to ``tag``, in
article order). A name tagged once next to a title is then found again where it stands alone.
A key that is another key of the document with a proclitic in front (an unknown name the
stemmer left whole, e.g. ولكرومبو beside كرومبو) shares that key's evidence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from akhbar.nlp.ner.fold import clitic_candidates

# Words this short or this common carry no document-level evidence.
MIN_KEY_LEN = 3


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
    alias = _clitic_aliases(total)
    for key, target in alias.items():
        total[target] += total[key]
        seen[target].update(seen.get(key, ()))
    out = {}
    for key in total:
        feats = _token_doc(alias.get(key, key), seen, total)
        if feats:
            out[key] = tuple(feats)
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

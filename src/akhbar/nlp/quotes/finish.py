"""The final pass: cut at coordinated statements, drop nested same-speaker cues."""

from __future__ import annotations

import bisect
from dataclasses import replace

from akhbar.nlp.quotes import content as ct
from akhbar.nlp.quotes import lexicon as lx
from akhbar.nlp.quotes import tokens as tk
from akhbar.nlp.quotes.boundaries import RELATIVES, glued_subject
from akhbar.nlp.quotes.cues import fold, folded
from akhbar.nlp.quotes.state import Context, Sentence
from akhbar.nlp.quotes.tokens import Tok
from akhbar.nlp.types import (
    Content,
    Quote,
)

ATTRIBUTION_LEADS = folded(lx.words("حسب بحسب وحسب وبحسب وفقا وفق طبقا"))
"""حسب ما قال X / وفقا لما ذكر X: the verb after ما is a post-posed cue."""
RESUMED = ("ه", "ها")
"""هذا ما قاله / ما أكدته X: the statement before it is X's (not "وهو ما يؤكد أن…", a fact)."""
JOINED_ATTRIBUTION_LEADS = folded(lx.words("حسبما بحسبما وحسبما وبحسبما وفقما طبقما"))
"""The same with ما written joined (حسبما ذكرت الوكالة)."""


def attribution_lead(toks: list[Tok], n: int) -> int | None:
    """Where "حسب ما" / "حسبما" right before the cue at token ``n`` starts, or "هذا ما" before a
    cue with a resumptive pronoun ("…"، هذا ما قاله X); None without."""
    if n > 1 and toks[n - 1].word in ("ما", "لما") and toks[n - 2].word in ATTRIBUTION_LEADS:
        return n - 2
    if n > 1 and toks[n - 1].word == "ما" and toks[n - 2].word in tk.THIS_IS_WHAT:
        return n - 2 if toks[n].word.endswith(RESUMED) else None
    if n > 0 and toks[n - 1].word in JOINED_ATTRIBUTION_LEADS:
        return n - 1
    return None


NARRATIVE_AFTER_DHALIKA = folded(
    lx.words("ردا بعد بينما في خلال عقب إثر أثناء قبل عندما حين تزامنا وسط على")
)
"""وذلك + one of these starts the reporter's framing of the statement, not its content."""

WITHOUT = folded(lx.words("دون بدون"))

WITHHELD = folded(
    lx.words(
        "إعطاء ذكر تحديد توضيح إيضاح الكشف كشف تقديم الإشارة الخوض إعلان "
        "يكشف تكشف يوضح توضح يذكر تذكر يحدد تحدد يعطي تعطي يقدم تقدم يشير تشير يخوض تخوض "
        "يدلي تدلي يعلن تعلن يفصح تفصح"
    )
)
"""What a reporter says was withheld after "دون (أن)": the details of the statement."""

NP_BREAKS = folded(lx.words("لكن ولكن لكنه لكنها لكنهم بينما فيما ثم إذ"))

CLAUSE_BREAKS = folded(lx.words("، , فقد لكنه لكنها كما ثم بينما فيما"))
"""Words right before a cue that make it a new statement, not one inside the content; so does
"في حين" (whereas: في حين نفى السفير…; not إلى حين, until)."""

CLAUSE_LEADS = (CLAUSE_BREAKS - {",", "،"}) | frozenset(lx.words("لم لا لن ما حيث في حين"))
"""Words of a new statement's clause before its cue (لكنه لم يوضح، حيث أبدت مصادر…، في حين
نفى…)."""

REFERENCE = folded(lx.words("إشارة اشارة"))
UNVERIFIED_LEADS = folded(lx.words("وهو ولم ولا"))
VERIFYING = folded(lx.words("التحقق التأكد"))
UNVERIFIED_REACH = 4
""""، وهو ما لم يتسن التحقق منه…"، "، ولم يتسن التأكد من…": the reporter's note that a claim
could not be checked ends its content."""
ALA = fold("على")
AS_PUT = folded(lx.words("تعبيره تعبيرها تعبيرهم وصفه وصفها وصفهم زعمه زعمها زعمهم"))
"""على حد + these: "as he put it", the reporter's aside after a content (not a cue, unlike على
حد قوله)."""


def finish(ctx: Context, st: Sentence) -> list[Quote]:
    """End each open content where a coordinated statement starts, then drop cues nested in
    the content of the same speaker's statement (قال إنه لا يعتقد أن…)."""
    text = ctx.doc.text
    points = _cut_points(ctx, st)
    cut: list[Quote] = []
    for quote, via in zip(st.quotes, st.vias, strict=True):
        if via != "quote":
            start, end = quote.content.start, quote.content.end
            ends = sorted([*points, *_np_breaks(st, colon_only=via == "colon")])
            ends = points if via == "that" else ends
            at = next((p for p in ends if start < p < end and not in_marks(text, start, p)), -1)
            if at > 0:
                cs, ce = ct.trim(text, start, at)
                kind = ct.quote_type(via, text, cs, ce)
                quote = replace(quote, content=Content(cs, ce, text[cs:ce]), type=kind)
        cut.append(_unwrapped(ctx, quote))
    return [q for q in cut if not any(_nested_same(text, q, outer) for outer in cut)]


def _unwrapped(ctx: Context, quote: Quote) -> Quote:
    """A content wholly inside one pair of quotation marks ("قال إن «…»") loses the marks; it
    stays direct."""
    start, end = quote.content.start, quote.content.end
    cs, ce = ct.unwrap(ctx.key, ctx.doc.text, start, end)
    if (cs, ce) == (start, end) or ce <= cs:
        return quote
    return replace(quote, content=Content(cs, ce, ctx.doc.text[cs:ce]), type="direct")


def _cut_points(ctx: Context, st: Sentence) -> list[int]:
    """Offsets where a reported clause ends: a coordinated statement (a و/ف-prefixed or
    participle cue, or a cue after "، / لكنه / كما / ثم", whether or not it made a quote), the
    reporter's framing "وذلك ردا على / بينما…", the narrative "، كما رفض…" (not "، كما أن…"),
    and a credit or dateline of another item."""
    points = {_clause_start(st, q.cue.start) for q in st.quotes if _coordinated(st, q.cue.start)}
    points.update(
        _clause_start(st, h.start)
        for h in st.hits
        if h.form.kind in ("verb", "participle")
        and not h.form.ambiguous
        and h.start not in st.consumed
        and _coordinated(st, h.start, comma=False)
    )
    toks = st.toks
    if toks and "وذلك" in ctx.key[toks[0].start : st.end]:
        points.update(
            toks[n].start
            for n in range(len(toks) - 1)
            if toks[n].word == "وذلك" and toks[n + 1].word in NARRATIVE_AFTER_DHALIKA
        )
    points.update(
        toks[n].start
        for n in range(1, len(toks) - 1)
        if toks[n].word == "كما"
        and toks[n - 1].word in ",،"
        and not toks[n + 1].word.startswith("ال")
        and not tk.is_complementiser(toks[n + 1].word)
    )
    points.update(_reporter_notes(toks))
    points.update(_glued_headlines(ctx, st))
    if toks:
        lo = bisect.bisect_left(ctx.credits, toks[0].start)
        hi = bisect.bisect_left(ctx.credits, st.end)
        points.update(ctx.credits[lo:hi])
    return sorted(points)


def _glued_headlines(ctx: Context, st: Sentence) -> list[int]:
    """Where a headline glued to the text before it starts: the name before an unprefixed
    imperfect cue ("…مع الآخرين ألونسو يعبر عن إحباطه", ``glued_subject``)."""
    found = []
    for h in st.hits:
        if h.form.kind == "verb" and h.form.imperfect and not h.prefixed and h.start in st.at:
            p = glued_subject(ctx, st.toks, st.at[h.start])
            if p is not None:
                found.append(st.toks[p].start)
    return found


def _reporter_notes(toks: list[Tok]) -> list[int]:
    """The reporter's notes after a statement: "(من) دون أن يكشف/يوضح…"، "، (من) دون إعطاء/تحديد
    …" (without giving details), "، علما أن/بأن…" (noting that), "، في إشارة إلى…" (in
    reference to), "، على حد تعبيره" (as he put it) and "، وهو ما لم يتسن التحقق منه" (which
    could not be verified)."""
    found = []
    for n in range(1, len(toks) - 1):
        word, nxt = toks[n].word, toks[n + 1].word
        if word in WITHOUT:
            lead = n - 1 if toks[n - 1].word == "من" else n
            comma = lead > 0 and toks[lead - 1].word in ",،"
            after = toks[n + 2].word if n + 2 < len(toks) else ""
            clause = tk.is_complementiser(nxt) and after in WITHHELD
            # a verbal noun only after "من دون" or a comma ("دون تحديد موقع الزيادة" may be
            # part of a noun-phrase content)
            if clause or (nxt in WITHHELD and (comma or lead < n)):
                found.append(toks[lead - 1 if comma else lead].start)
        elif word == "علما" and toks[n - 1].word in ",،" and tk.is_complementiser(nxt):
            found.append(toks[n - 1].start)
        elif word == "في" and nxt in REFERENCE and toks[n - 1].word in ",،":
            found.append(toks[n - 1].start)  # "، في إشارة إلى…": the reporter's gloss
        elif (
            word in UNVERIFIED_LEADS
            and toks[n - 1].word in ",،"
            and any(t.word in VERIFYING for t in toks[n + 1 : n + 1 + UNVERIFIED_REACH])
        ):
            found.append(toks[n - 1].start)  # "، وهو ما لم يتسن التحقق منه": the reporter's note
        elif word == ALA and nxt == "حد" and toks[n - 1].word in ",،":
            after = toks[n + 2].word if n + 2 < len(toks) else ""
            if after in AS_PUT:
                found.append(toks[n - 1].start)  # "، على حد تعبيره": as he put it
    return found


def _clause_start(st: Sentence, start: int) -> int:
    """Where the clause of the cue at ``start`` begins: before "لكنه لم" in "…لكنه لم يوضح",
    before "حسب ما" in "… حسب ما قال X"."""
    n = st.at.get(start)
    if n is None:
        return start
    lead = attribution_lead(st.toks, n)
    if lead is not None:
        return st.toks[lead].start
    m = n
    while m > max(0, n - 2) and st.toks[m - 1].word in CLAUSE_LEADS:
        m -= 1
    return st.toks[m].start


def _np_breaks(st: Sentence, *, colon_only: bool = False) -> list[int]:
    """Conjunctions that start a new finite clause, and a colon: they end a content that is a
    noun phrase (طلبت الحكومة … بإخلاء المنطقة لكن كثيرين رفضوا…، الذي انتقد فيه دور X: …);
    direct speech after a colon runs on over conjunctions (…تعادل ثم فوز…) but not a colon."""
    return [t.start for t in st.toks if t.word == ":" or (t.word in NP_BREAKS and not colon_only)]


def in_marks(text: str, start: int, pos: int) -> bool:
    """``pos`` lies inside a quotation opened after ``start``."""
    span = text[start:pos]
    return span.count("«") > span.count("»") or span.count('"') % 2 == 1


def _coordinated(st: Sentence, start: int, *, comma: bool = True) -> bool:
    """A cue starting a new statement rather than one reported inside the current content;
    ``comma=False``: a comma alone is not enough (…محامي فلان، المعتقل في X، سيبلغ موكله…)."""
    hit = next((h for h in st.hits if h.start == start), None)
    if hit is None or hit.form.kind in ("participle", "noun") or hit.prefixed:
        return True
    n = st.at.get(hit.start, 0)
    if attribution_lead(st.toks, n) is not None:
        return True
    if n and st.toks[n - 1].word in RELATIVES:
        return False  # a relative clause inside the content (إن الوزارة، التي تهدد…، لم…)
    breaks = CLAUSE_BREAKS if comma else CLAUSE_BREAKS - {",", "،"}
    before = [t.word for t in st.toks[max(0, n - 2) : n]]
    return any(w in breaks for w in before) or before == ["في", "حين"]


def _nested_same(text: str, quote: Quote, outer: Quote) -> bool:
    """A cue inside another quote's content with the same source: an elided subject (قال إنه
    لا يعتقد أن…) or the same entity named again inside quotation marks (…«يؤكد الرئيس…»)."""
    inside = outer.content.start <= quote.cue.start < outer.content.end
    if quote is outer or not inside:
        return False
    sid, oid = quote.speaker.entity_id, outer.speaker.entity_id
    quoted = outer.type == "direct" or in_marks(text, outer.content.start, quote.cue.start)
    if sid is not None and sid == oid and quoted:
        return True
    same = (sid or quote.speaker.name) == (oid or outer.speaker.name)
    return same and quote.speaker.resolution == "context"

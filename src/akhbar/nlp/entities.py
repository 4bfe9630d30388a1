"""Entity stage: tagged tokens -> per-article entities with canonical names, titles, roles and
nationality adjectives.

Steps: tag every sentence in one call (``mentions``), add article-level name patterns the
tagger rarely finds (``name_patterns``: credit agency, institutions, events, states, titled
names), build canonical mention names
(``entity_merge``: proclitics off, hamza restored), merge by folded name, join partial names
(شويغو -> سيرجي شويغو), add untagged repeats, then titles (``titles``), roles (``roles``) and
nationalities (``nationality``). Ids E1, E2… follow first mention.
"""

from __future__ import annotations

from akhbar.nlp.entity_merge import Group, NameBuilder, group_drafts, link_partial_names, propagate
from akhbar.nlp.lexicons import Lexicons, load_lexicons
from akhbar.nlp.mentions import TokenView, tag_spans, token_view
from akhbar.nlp.name_patterns import apply_patterns
from akhbar.nlp.nationality import find_nationalities
from akhbar.nlp.ner import Tagger
from akhbar.nlp.roles import MentionRef, RoleParser, role_index
from akhbar.nlp.spelling import SpellingIndex
from akhbar.nlp.titles import titles_before
from akhbar.nlp.types import Document, Entity, EntityResult, Mention


def extract_entities(doc: Document, tagger: Tagger) -> EntityResult:
    """Tag ``doc`` with ``tagger`` and assemble its entities (see the module docstring)."""
    lex = load_lexicons()
    view = token_view(doc)
    spelling = SpellingIndex(view)
    builder = NameBuilder(view, lex, spelling)
    spans = apply_patterns(doc, view, lex, tag_spans(view, tagger))
    drafts = [d for span in spans if (d := builder.draft(span)) is not None]
    groups = link_partial_names(group_drafts(drafts))
    propagate(view, groups, builder)
    groups.sort(key=lambda g: g.start)
    entities = [_entity(f"E{n}", g, doc, view, lex) for n, g in enumerate(groups, start=1)]
    by_id = {e.id: e for e in entities}

    refs = {
        d.first: MentionRef(d.last, g.type, e.id)
        for g, e in zip(groups, entities, strict=True)
        for d in g.drafts
    }
    tied: list[tuple[str, str]] = []
    for role, ids in RoleParser(view, lex, spelling, refs).ties():
        for text, entity_id in zip(role.texts, ids, strict=False):
            entity = by_id[entity_id]
            _add(entity.roles, text)
            if role.title is not None:
                _add(entity.titles, role.title)
            tied.append((text, entity_id))

    person_tokens = {
        i for g in groups if g.type == "PER" for d in g.drafts for i in range(d.first, d.last)
    }
    return EntityResult(
        entities=entities,
        nationalities=find_nationalities(view, lex, entities, person_tokens),
        backend=tagger.name,
        roles=role_index(tied),
    )


def _entity(entity_id: str, group: Group, doc: Document, view: TokenView, lex: Lexicons) -> Entity:
    mentions = []
    titles: list[str] = []
    for d in sorted(group.drafts, key=lambda d: d.first):
        start, end = view.starts[d.first], view.ends[d.last - 1]
        mentions.append(Mention(start, end, doc.text[start:end]))
        if group.type == "PER":
            for title in titles_before(view, d.first, lex)[1]:
                _add(titles, title)
    return Entity(id=entity_id, type=group.type, name=group.name, mentions=mentions, titles=titles)


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)

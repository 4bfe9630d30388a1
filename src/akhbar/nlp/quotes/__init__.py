"""Quotation stage: who said what (reporting cues, speakers linked to entities, content spans).

``lexicon`` holds the words as data, ``cues`` compiles them, ``speaker`` finds and links the
source, ``content`` finds the statement, ``extract`` runs the rules sentence by sentence.
"""

from akhbar.nlp.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]

"""The optional CAMeL BERT backend, for real, with a tiny random BERT in camel's data layout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from akhbar.errors import BackendUnavailable
from akhbar.nlp.ner import load_tagger
from akhbar.nlp.ner.camel_backend import CamelTagger, chunk_sentence, map_label

CAMEL_LABELS = ["B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O"]
OUR_LABELS = {"B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC", "O"}
SENTENCE = "قال الوزير كريم نبيل في القاهرة إن التعاون مع شركة النور مستمر"
WORDS = SENTENCE.split(" ")


def test_importing_the_ner_package_does_not_import_torch() -> None:
    code = (
        "import sys, akhbar.nlp.ner, akhbar.nlp.ner.camel_backend, akhbar.nlp.entities; "
        "print(sorted(m for m in ('torch', 'transformers', 'camel_tools.ner') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_without_data_the_backend_is_unavailable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    with pytest.raises(BackendUnavailable, match=r"data/ner/arabert/config\.json"):
        load_tagger("camel")
    (tmp_path / "data" / "ner" / "arabert").mkdir(parents=True)
    (tmp_path / "data" / "ner" / "arabert" / "config.json").write_text("{}")
    with pytest.raises(BackendUnavailable, match=r"catalogue\.json"):
        CamelTagger()


def test_labels_map_to_our_four_types() -> None:
    assert [map_label(x) for x in CAMEL_LABELS] == [
        "B-LOC", "B-ORG", "B-PER", "B-MISC", "I-LOC", "I-ORG", "I-PER", "I-MISC", "O",
    ]  # fmt: skip
    assert map_label("B-UNKNOWN") == "O"


def test_chunks_stay_under_the_limit_and_cover_every_word() -> None:
    sizes = [3, 4, 2, 5, 1, 9, 2]
    chunks = chunk_sentence(sizes, limit=8)
    assert chunks == [(0, 2), (2, 5), (5, 6), (6, 7)]
    assert [sum(sizes[a:b]) for a, b in chunks] == [7, 8, 9, 2]  # a 9-piece word stands alone


@pytest.fixture(scope="module")
def tiny_camel_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A randomly initialised BERT token classifier saved where camel-tools expects its model."""
    torch = pytest.importorskip("torch", reason="torch is not installed (requirements/bert.txt)")
    transformers = pytest.importorskip("transformers", reason="transformers is not installed")
    root = tmp_path_factory.mktemp("camel")
    model_dir = root / "data" / "ner" / "arabert"
    model_dir.mkdir(parents=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *dict.fromkeys(WORDS), "##ات"]
    (model_dir / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,
        id2label=dict(enumerate(CAMEL_LABELS)),
        label2id={label: i for i, label in enumerate(CAMEL_LABELS)},
    )
    torch.manual_seed(0)
    transformers.BertForTokenClassification(config).save_pretrained(model_dir)
    transformers.BertTokenizer(str(model_dir / "vocab.txt")).save_pretrained(model_dir)
    catalogue = {
        "version": "1.6",
        "packages": {},
        "components": {
            "NamedEntityRecognition": {
                "default": "arabert",
                "datasets": {"arabert": {"path": "ner/arabert"}},
            }
        },
    }
    (root / "catalogue.json").write_text(json.dumps(catalogue), encoding="utf-8")
    return root


@pytest.mark.slow
def test_tiny_bert_gives_one_valid_label_per_token(
    tiny_camel_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tiny_camel_data))
    tagger = load_tagger("camel")
    assert tagger.name == "camel"
    long_sentence = WORDS * 60  # 720 words, 720 word pieces: over BERT's 512
    odd = ["كريم", "\u0651", "القاهرة", "مجهولة"]  # a lone shadda yields no word piece
    sentences = [WORDS, long_sentence, [], odd]
    labels = tagger.tag(sentences)
    assert [len(x) for x in labels] == [len(s) for s in sentences]
    assert all(label in OUR_LABELS for sentence in labels for label in sentence)
    assert labels[3][1] == "O"
    assert tagger.tag([WORDS]) == [labels[0]]  # deterministic, batch-independent

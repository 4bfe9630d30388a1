"""The published contract: committed JSON Schemas are current; input rules behave as documented."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from akhbar.jsonschemas import FILES, schema
from akhbar.schemas import RawArticle

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("which", sorted(FILES))
def test_committed_schema_is_current(which: str) -> None:
    committed = json.loads((REPO / "schemas" / FILES[which]).read_text(encoding="utf-8"))
    assert committed == schema(which), "run `make schemas` and commit schemas/"


@pytest.mark.parametrize("which", sorted(FILES))
def test_schema_is_valid_json_schema(which: str) -> None:
    jsonschema.Draft202012Validator.check_schema(schema(which))


def test_unknown_fields_are_kept_in_metadata() -> None:
    article = RawArticle.model_validate(
        {"id": "a", "body": "نص", "feed": "wire-3", "metadata": {"desk": "world", "feed": "keep"}}
    )
    assert article.metadata == {"desk": "world", "feed": "keep"}
    article = RawArticle.model_validate({"id": "b", "body": "نص", "priority": 2})
    assert article.metadata == {"priority": 2}
    assert "priority" not in article.model_dump()


def test_integer_ids_become_strings_but_booleans_do_not() -> None:
    assert RawArticle.model_validate({"id": 2**63, "body": "x"}).id == str(2**63)
    with pytest.raises(ValueError):
        RawArticle.model_validate({"id": True, "body": "x"})


def test_input_schema_accepts_what_the_model_accepts() -> None:
    validator = jsonschema.Draft202012Validator(schema("input"))
    validator.validate({"id": "x", "body": "y", "extra": [1, 2]})
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"id": "x"})


def test_docker_compose_file_is_valid() -> None:
    binary = shutil.which("docker-compose")
    if binary is None:
        pytest.skip(
            "docker-compose not installed (.ci/run installs Debian's); compose not validated"
        )
    done = subprocess.run(
        [binary, "-f", str(REPO / "docker-compose.yml"), "config", "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    config = subprocess.run(
        [binary, "-f", str(REPO / "docker-compose.yml"), "config"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "noeviction" in config and "appendonly" in config
    assert "stop_grace_period" in config

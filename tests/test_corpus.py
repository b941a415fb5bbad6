"""The article as Markdown: every heading recovered, body text verbatim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.errors import CorpusError
from assistant.knowledge.chunking import chunk_documents, split_sections
from assistant.knowledge.corpus import load_corpus, read_document
from tests.conftest import CORPUS, SEED

ARTICLE = CORPUS / "interdependent-relationships.md"

EXPECTED_HEADINGS = [
    (1, "Interdependent Relationships – What Is It and How To Build One?"),
    (2, "What interdependence actually means"),
    (3, "Not dependent, not independent—something better"),
    (3, "Why it matters more than ever today"),
    (3, "Real-world example: Friends who’ve got your back"),
    (3, "The four key ingredients"),
    (4, "Mutual respect"),
    (4, "Emotional safety"),
    (4, "Healthy boundaries"),
    (4, "Willingness to grow—together and separately"),
    (3, "Interdependence in everyday life"),
    (2, "Signs you’re in an interdependent relationship"),
    (3, "You both value personal space and quality time"),
    (3, "You express needs without guilt"),
    (3, "You’re both emotionally available"),
    (3, "You’re able to disagree respectfully"),
    (3, "Your identities remain intact"),
    (3, "You support each other’s growth"),
    (3, "Decision-making is shared"),
    (3, "There’s a natural rhythm of give and take"),
    (3, "You feel safe to be honest"),
    (3, "You feel stronger with them, not smaller"),
    (2, "How to build an interdependent relationship"),
    (3, "Get clear on who you are"),
    (3, "Practice self-regulation"),
    (3, "Communicate openly—and listen fully"),
    (3, "Set boundaries early and often"),
    (3, "Build rituals of connection"),
    (3, "Encourage each other’s independence"),
    (3, "Embrace repair after rupture"),
    (3, "Revisit your connection as life shifts"),
    (3, "Lead with curiosity, not control"),
    (2, "Final Thoughts"),
]


def _words(text: str) -> list[str]:
    return re.sub(r"\s+", " ", text).strip().split(" ")


def test_every_heading_is_found_in_order_with_its_level():
    text = ARTICLE.read_text(encoding="utf-8")
    found = [(len(m.group(1)), m.group(2)) for m in re.finditer(r"^(#+) (.+)$", text, re.M)]
    assert found == EXPECTED_HEADINGS


@pytest.mark.skipif(not SEED.exists(), reason="the seed article lives in ../shared")
def test_body_text_is_verbatim_against_the_seed():
    seed = SEED.read_text(encoding="utf-8")
    seed = seed.replace("•", "").replace("Similar Posts", "")
    seed = re.sub(r"^\|$", "", seed, flags=re.M)
    md = re.sub(r"^#+ ", "", ARTICLE.read_text(encoding="utf-8"), flags=re.M)
    md = re.sub(r"^- ", "", md, flags=re.M)
    assert _words(md) == _words(seed)


def test_site_leftovers_are_dropped():
    text = ARTICLE.read_text(encoding="utf-8")
    assert "Similar Posts" not in text
    assert not re.search(r"^\|\s*$", text, re.M)


def test_bullets_become_markdown_lists():
    text = ARTICLE.read_text(encoding="utf-8")
    assert "- “I’d love to hang out, but I need a solo night tonight.”" in text
    assert "•" not in text


def test_every_chunk_knows_its_heading_path_and_file():
    chunks = chunk_documents(load_corpus([CORPUS]).documents)
    sections = {c.section for c in chunks}
    assert "How to build an interdependent relationship > Practice self-regulation" in sections
    assert (
        "What interdependence actually means > The four key ingredients > Mutual respect"
        in sections
    )
    assert "Interdependent Relationships – What Is It and How To Build One?" in sections
    assert all(c.source == "interdependent-relationships.md" for c in chunks)
    # Every section with body text is represented, in reading order.
    paths = [s.path for s in split_sections(ARTICLE.read_text(encoding="utf-8"))]
    assert len(sections) == len(paths)
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))


def test_non_utf8_file_is_reported_by_name_and_others_still_load(tmp_path: Path):
    (tmp_path / "good.md").write_text("# Title\n\nSome text.\n", encoding="utf-8")
    (tmp_path / "latin1.md").write_bytes("# Café\n\nna\xefve".encode("latin-1"))
    result = load_corpus([tmp_path])
    assert [d.source for d in result.documents] == ["good.md"]
    assert len(result.errors) == 1 and "latin1.md" in result.errors[0]
    assert "UTF-8" in result.errors[0]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"   \n\n ", "empty"),
        (b"just prose, no headings\n", "no Markdown headings"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "UTF-8"),
        (b"# ok\x00\x00binary", "binary"),
    ],
)
def test_unusable_files_raise_a_clear_error_naming_the_file(
    tmp_path: Path, content: bytes, expected: str
):
    bad = tmp_path / "bad.md"
    bad.write_bytes(content)
    with pytest.raises(CorpusError, match=expected) as info:
        read_document(bad)
    assert "bad.md" in str(info.value)


def test_long_sections_split_on_paragraphs_with_overlap():
    from assistant.knowledge.chunking import MAX_CHARS, chunk_document
    from assistant.knowledge.corpus import Document

    paragraphs = [f"Paragraph {i} talks about trust and space. " * 6 for i in range(8)]
    doc = Document(source="long.md", text="# T\n\n## Long\n\n" + "\n\n".join(paragraphs))
    chunks = chunk_document(doc)
    assert len(chunks) > 1
    assert all(len(c.text) <= MAX_CHARS for c in chunks)
    assert all(c.section == "Long" for c in chunks)
    # Neighbouring chunks share a little text (overlap), and nothing is lost.
    joined = " ".join(c.text for c in chunks)
    for p in paragraphs:
        assert p.strip()[:40] in joined

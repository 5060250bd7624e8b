"""``extract()`` runs the components on the text (``pipeline.analyse``); ``nlp()`` runs the same
components as spaCy components. Both must find the same records, and every spaCy span must cover
its record's offsets (but for whitespace a record ends with: spaCy leaves it to the next token)."""

from __future__ import annotations

import pytest

from conftest import CORPUS
from extractor.normalize import normalize
from extractor.pipeline import analyse, nlp

DOCUMENTS = sorted(CORPUS.glob("**/documents/*.txt"))


@pytest.mark.parametrize("path", DOCUMENTS[:6] + DOCUMENTS[-3:], ids=lambda p: p.name)
def test_spacy_pipeline_and_analyse_find_the_same_records(path):
    text = normalize(path.read_text(encoding="utf-8")).text
    found = analyse(text)
    doc = nlp()(text)
    assert doc._.header == found.header
    for name in ("dates", "periods", "units", "references", "awards"):
        spans = doc.spans[name]
        assert [s._.record for s in spans] == getattr(found, name), name
        for span in spans:
            record = span._.record
            assert span.start_char <= record.start and len(text[: record.end].rstrip()) <= span.end_char, name

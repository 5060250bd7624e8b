"""TCVN3 (ABC, .VnTime) and VNI (VNI-Times) legacy text <-> Unicode."""

from __future__ import annotations

import unicodedata

import pytest

from extractor.readers import legacy

TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
BASES = ["a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"]
LOWER = sorted({unicodedata.normalize("NFC", b + t) for b in BASES for t in TONES} - set("aeiouy") | {"đ"})
UPPER = [letter.upper() for letter in LOWER]
TCVN3_CAPITALS = ["Ă", "Â", "Đ", "Ê", "Ô", "Ơ", "Ư"]

SENTENCES = [
    "Quyết định về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Độc lập - Tự do - Hạnh phúc",
]


def _lower_uncoded_capitals(text: str) -> str:
    """What TCVN3 keeps of ``text`` in a regular (not all-capital) font."""
    return "".join(ch.lower() if ch in UPPER and ch not in TCVN3_CAPITALS else ch for ch in text)


# --- the tables ---------------------------------------------------------------------------------


def test_letter_inventory():
    assert len(LOWER) == 67 and len(set(LOWER + UPPER)) == 134


def _check_table(name: str, letters: list[str]) -> list[tuple[str, str]]:
    """A table covers ``letters`` exactly, in NFC, with one legacy form per letter."""
    pairs = legacy.table(name)
    assert sorted(u for u, _ in pairs) == sorted(letters)
    forms = [form for _, form in pairs]
    assert len(set(forms)) == len(forms)
    assert all(unicodedata.is_normalized("NFC", letter) for letter, _ in pairs)
    return pairs


def test_tcvn3_table_covers_lowercase_and_its_capitals():
    pairs = _check_table("tcvn3", LOWER + TCVN3_CAPITALS)
    assert len(pairs) == 74
    for _, form in pairs:
        assert len(form) == 1
        assert 0xA1 <= form.encode("cp1252")[0] <= 0xFE  # VN3 letters live in 0xA1-0xFE


def test_vni_table_covers_every_letter():
    pairs = _check_table("vni", LOWER + UPPER)
    assert len(pairs) == 134
    for _, form in pairs:
        assert 1 <= len(form) <= 2
        form.encode("cp1252")  # every character is a Windows-1252 one


def test_unknown_table():
    with pytest.raises(ValueError):
        legacy.table("viscii")


# --- fixed points (cross-checked against glibc iconv TCVN5712-1, UniKey, xvnkb and others) -------

TCVN3_FIXED = {
    "ư": b"\xad", "đ": b"\xae", "ơ": b"\xac", "ă": b"\xa8", "â": b"\xa9", "ê": b"\xaa", "ô": b"\xab",
    "Ă": b"\xa1", "Â": b"\xa2", "Ê": b"\xa3", "Ô": b"\xa4", "Ơ": b"\xa5", "Ư": b"\xa6", "Đ": b"\xa7",
    "à": b"\xb5", "ả": b"\xb6", "ã": b"\xb7", "á": b"\xb8", "ạ": b"\xb9",
    "ế": b"\xd5", "ộ": b"\xe9", "ỵ": b"\xfe",
}

VNI_FIXED = {
    "đ": b"\xf1", "Đ": b"\xd1", "ơ": b"\xf4", "Ơ": b"\xd4", "ư": b"\xf6", "Ư": b"\xd6",
    "á": b"a\xf9", "à": b"a\xf8", "ả": b"a\xfb", "ã": b"a\xf5", "ạ": b"a\xef",
    "â": b"a\xe2", "ấ": b"a\xe1", "ă": b"a\xea", "ắ": b"a\xe9", "Ấ": b"A\xc1",
    "í": b"\xed", "ị": b"\xf2", "ỵ": b"\xee", "ớ": b"\xf4\xf9", "ự": b"\xf6\xef",
}


@pytest.mark.parametrize("letter,raw", TCVN3_FIXED.items())
def test_tcvn3_fixed_points(letter, raw):
    assert legacy.to_tcvn3(letter) == raw.decode("cp1252")
    assert legacy.decode_tcvn3(raw) == letter


@pytest.mark.parametrize("letter,raw", VNI_FIXED.items())
def test_vni_fixed_points(letter, raw):
    assert legacy.to_vni(letter) == raw.decode("cp1252")
    assert legacy.decode_vni(raw) == letter


def test_published_examples():
    # The examples public converters give in their documentation.
    assert legacy.from_vni("Xin chaøo caùc baïn") == "Xin chào các bạn"
    assert legacy.from_tcvn3("B\xb6o Th\xbeng") == "Bảo Thắng"
    assert legacy.from_tcvn3("M\xad\xeang Kh\xad\xacng") == "Mường Khương"
    assert legacy.from_tcvn3("B\xb8t X\xb8t") == "Bát Xát"


# --- round trips --------------------------------------------------------------------------------


@pytest.mark.parametrize("letter", LOWER + UPPER)
def test_vni_round_trip_every_letter(letter):
    assert legacy.from_vni(legacy.to_vni(letter)) == letter
    assert legacy.from_vni(legacy.to_vni(f"x{letter}y")) == f"x{letter}y"


@pytest.mark.parametrize("letter", LOWER + TCVN3_CAPITALS)
def test_tcvn3_round_trip_every_coded_letter(letter):
    assert legacy.from_tcvn3(legacy.to_tcvn3(letter)) == letter


@pytest.mark.parametrize("letter", [u for u in UPPER if u not in TCVN3_CAPITALS])
def test_tcvn3_capitals_without_a_code(letter):
    # Written with the lowercase code, as in the all-capital fonts (.VnTimeH).
    assert legacy.to_tcvn3(letter) == legacy.to_tcvn3(letter.lower())
    assert legacy.from_tcvn3(legacy.to_tcvn3(letter)) == letter.lower()
    assert legacy.from_tcvn3(legacy.to_tcvn3(letter), upper=True) == letter


@pytest.mark.parametrize("sentence", SENTENCES)
def test_round_trip_sentences(sentence):
    assert legacy.from_vni(legacy.to_vni(sentence)) == sentence
    assert legacy.from_tcvn3(legacy.to_tcvn3(sentence)) == _lower_uncoded_capitals(sentence)
    heading = sentence.upper()
    assert legacy.from_tcvn3(legacy.to_tcvn3(heading), upper=True) == heading
    for encode, decode in ((legacy.to_tcvn3, legacy.decode_tcvn3), (legacy.to_vni, legacy.decode_vni)):
        raw = encode(sentence).encode("cp1252")
        assert decode(raw).lower() == sentence.lower()


def test_known_legacy_forms():
    tcvn3 = "C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam"
    assert legacy.to_tcvn3("Cộng hòa xã hội chủ nghĩa Việt Nam") == tcvn3
    assert legacy.to_vni("Cộng hòa xã hội chủ nghĩa Việt Nam") == "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"


def test_decomposed_input_and_nfc_output():
    nfd = unicodedata.normalize("NFD", SENTENCES[1])
    assert legacy.from_vni(legacy.to_vni(nfd)) == SENTENCES[1]
    assert legacy.from_tcvn3(legacy.to_tcvn3(nfd)) == SENTENCES[1]
    assert unicodedata.is_normalized("NFC", legacy.from_vni("Vie\u0323t"))


def test_vni_longest_match_first():
    # "ô" alone is ơ, "ôù" is ớ, "oâ" is ô: the two-character forms win.
    assert legacy.from_vni("ô") == "ơ"
    assert legacy.from_vni("ôù") == "ớ"
    assert legacy.from_vni("oâ") == "ô"
    assert legacy.from_vni("moät") == "một"


def test_ascii_and_other_characters_pass_through():
    text = "Số 12/2021/QĐ-UBND (tab\t, newline\n) 100% @#"
    assert legacy.from_tcvn3(legacy.to_tcvn3(text)) == _lower_uncoded_capitals(text)
    assert legacy.from_vni(legacy.to_vni(text)) == text
    assert legacy.from_tcvn3("plain ASCII 123") == "plain ASCII 123"
    assert legacy.from_vni("plain ASCII 123") == "plain ASCII 123"


def test_decode_bytes_never_fails():
    every_byte = bytes(range(256))
    assert isinstance(legacy.decode_tcvn3(every_byte), str)
    assert isinstance(legacy.decode_vni(every_byte), str)
    assert legacy.decode_tcvn3(b"\x81 \x8d \x90") == "\x81 \x8d \x90"  # undefined in Windows-1252


# --- detection ----------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", SENTENCES)
def test_detect_converted_sentences(sentence):
    assert legacy.detect(legacy.to_tcvn3(sentence)) == "tcvn3"
    assert legacy.detect(legacy.to_vni(sentence)) == "vni"
    assert legacy.detect(legacy.to_tcvn3(sentence.upper())) == "tcvn3"
    assert legacy.detect(legacy.to_vni(sentence.upper())) == "vni"


def test_detect_a_document():
    text = "\n".join(SENTENCES)
    assert legacy.detect(legacy.to_tcvn3(text)) == "tcvn3"
    assert legacy.detect(legacy.to_vni(text)) == "vni"
    raw = legacy.to_tcvn3(text).encode("cp1252")
    assert legacy.detect(raw.decode("cp1252")) == "tcvn3"


@pytest.mark.parametrize("text", [
    *SENTENCES,
    "\n".join(SENTENCES),
    unicodedata.normalize("NFD", "\n".join(SENTENCES)),
    "Hòa bình, tòa án, khóa học, hoãn thi hành, xóa bỏ, hóa đơn, ngoài ra, đoàn thể, toàn bộ",
    "hoà toà khoá hoãn xoá hoá ngoài toàn hoàn",
    "The quick brown fox jumps over the lazy dog. Decision No. 12 of the People's Committee.",
    "café, naïve, Señor",
    "Ça coûte très cher à Paris, où l'été est chaud; à côté, là-bas, c'était déjà fini.",
    "El niño comió en el jardín. ¿Dónde está el baño? Mañana iremos a la montaña.",
    "Größe, schön, für, über, Mädchen, Straße, Bücher, hören",
    "«©®±×÷¿¡§¶µ·¸¹º»¼½¾ ­ ¨ ª « ¬ ® ¯ ° ² ³ ´ ¤ ¥ ¦ £ ¢",
    "",
    "12/2021",
])
def test_detect_negative(text):
    assert legacy.detect(text) is None


def test_detect_needs_several_words():
    assert legacy.detect(legacy.to_tcvn3("Việt Nam")) is None
    assert legacy.detect(legacy.to_vni("Việt Nam")) is None
    assert legacy.detect(legacy.to_vni("Cộng hòa")) is None


# --- fonts --------------------------------------------------------------------------------------


@pytest.mark.parametrize("font,expected", [
    (".VnTime", "tcvn3"), (".VnTimeH", "tcvn3"), (".VnArial", "tcvn3"), (".VnArialH", "tcvn3"),
    (".VnCentury Schoolbook", "tcvn3"), (" .VnTime ", "tcvn3"),
    ("VNI-Times", "vni"), ("VNI-Helve", "vni"), ("VNI-Times-Bold", "vni"),
    ("Times New Roman", None), ("Arial", None), ("Calibri", None), ("", None), ("VnTime", None),
    ("Vni", None),
])
def test_font_encoding(font, expected):
    assert legacy.font_encoding(font) == expected


def test_uppercase_fonts():
    assert legacy.is_uppercase_font(".VnTimeH")
    assert legacy.is_uppercase_font(".VnArialH")
    assert not legacy.is_uppercase_font(".VnTime")
    assert not legacy.is_uppercase_font("VNI-Times")
    assert not legacy.is_uppercase_font("Times New Roman")

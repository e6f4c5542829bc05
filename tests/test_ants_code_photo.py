"""The code photo: its format and check character (mock_sites/ants/code_photo.py)."""

from __future__ import annotations

import random

import pytest

from mock_sites.ants.code_photo import (
    BAD_CHECK,
    BAD_SHAPE,
    LENGTH,
    MISSING,
    CodePhotoError,
    check_code,
    generate_code,
    grouped,
    photo_svg,
)

VALID = generate_code(random.Random("test"))


def mistyped(code: str, position: int) -> str:
    """`code` with the character at `position` replaced by the next one of the alphabet."""
    replacement = (
        "0" if code[position] == "Z" else ("A" if code[position] == "9" else chr(ord(code[position]) + 1))
    )
    return code[:position] + replacement + code[position + 1 :]


def swapped(code: str) -> str:
    """`code` with its first two different neighbouring characters swapped."""
    i = next(i for i in range(len(code) - 1) if code[i] != code[i + 1])
    return code[:i] + code[i + 1] + code[i] + code[i + 2 :]


@pytest.mark.parametrize("seed", range(20))
def test_generated_codes_are_valid(seed: int) -> None:
    code = generate_code(random.Random(seed))
    assert len(code) == LENGTH
    assert check_code(code) == code


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (VALID, VALID),
        (VALID.lower(), VALID),
        (grouped(VALID), VALID),
        ("-".join(grouped(VALID).split()), VALID),
        (f"  {VALID}\n", VALID),
    ],
)
def test_accepted_spellings(typed: str, expected: str) -> None:
    assert check_code(typed) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", MISSING),
        ("   ", MISSING),
        (VALID[:-1], BAD_SHAPE),
        (VALID + "A", BAD_SHAPE),
        (VALID[:-1] + "é", BAD_SHAPE),
        (VALID[:10] + "_" + VALID[11:], BAD_SHAPE),
        (mistyped(VALID, 0), BAD_CHECK),
        (mistyped(VALID, 10), BAD_CHECK),
        (mistyped(VALID, LENGTH - 1), BAD_CHECK),
        (swapped(VALID), BAD_CHECK),
    ],
)
def test_refused_codes(typed: str, message: str) -> None:
    with pytest.raises(CodePhotoError) as refused:
        check_code(typed)
    assert str(refused.value) == message


@pytest.mark.parametrize("position", range(LENGTH))
def test_any_single_mistyped_character_is_caught(position: int) -> None:
    with pytest.raises(CodePhotoError, match="n'est pas valide"):
        check_code(mistyped(VALID, position))


def test_the_photo_is_the_same_for_the_same_code_and_differs_otherwise() -> None:
    other = generate_code(random.Random("autre"))
    assert photo_svg(VALID) == photo_svg(VALID)
    assert photo_svg(VALID) != photo_svg(other)
    assert photo_svg(VALID).startswith("<svg") and VALID in photo_svg(VALID)

"""The France Identité app's rules on their own: which phones may ask for certification, and since when."""

from __future__ import annotations

from datetime import date

import pytest

from mock_sites.france_identite.rules import (
    NOT_A_PHONE,
    PHONE_TOO_OLD,
    PhoneSystem,
    certification_offered,
    phone_refusal,
    phone_system,
)

IPHONE_17 = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
)
IPHONE_16 = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"
)
IPHONE_14 = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 14_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/14.0.3 Mobile/15E148 Safari/604.1"
)
IPAD_18 = (
    "Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"
)
ANDROID_14 = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"
)
ANDROID_11 = (
    "Mozilla/5.0 (Linux; Android 11; SM-G991B) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"
)
ANDROID_10 = (
    "Mozilla/5.0 (Linux; Android 10; Pixel 3) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"
)
ANDROID_8 = (
    "Mozilla/5.0 (Linux; Android 8.0.0; SM-G965U Build/R16NW) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"
)
DESKTOP = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
)
MAC = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.0 Safari/605.1.15"
)


@pytest.mark.parametrize(
    ("user_agent", "system", "refusal"),
    [
        (IPHONE_17, PhoneSystem("iOS", 17), None),
        (IPAD_18, PhoneSystem("iOS", 18), None),
        (IPHONE_16, PhoneSystem("iOS", 16), PHONE_TOO_OLD),  # « > 16 » : 16 itself is refused
        (IPHONE_14, PhoneSystem("iOS", 14), PHONE_TOO_OLD),
        (ANDROID_14, PhoneSystem("Android", 14), None),
        (ANDROID_11, PhoneSystem("Android", 11), None),
        (ANDROID_10, PhoneSystem("Android", 10), PHONE_TOO_OLD),  # « supérieur à 10 » : 10 is refused
        (ANDROID_8, PhoneSystem("Android", 8), PHONE_TOO_OLD),
        (DESKTOP, None, NOT_A_PHONE),
        (MAC, None, NOT_A_PHONE),  # "Mac OS X 10_15" is no iPhone
        ("", None, NOT_A_PHONE),
    ],
)
def test_only_ios_above_16_and_android_above_10_may_ask(
    user_agent: str, system: PhoneSystem | None, refusal: str | None
) -> None:
    assert phone_system(user_agent) == system
    assert phone_refusal(user_agent) == refusal


def test_the_refusal_says_what_to_do() -> None:
    assert "iOS 17" in PHONE_TOO_OLD and "Android 11" in PHONE_TOO_OLD
    assert "Mettez à jour" in PHONE_TOO_OLD


@pytest.mark.parametrize(
    ("today", "offered"),
    [
        (date(2023, 11, 12), False),
        (date(2023, 11, 13), True),  # « Depuis le 13 novembre 2023 »
        (date(2023, 1, 1), False),
        (date(2024, 6, 9), True),
    ],
)
def test_certification_is_offered_from_13_november_2023(today: date, offered: bool) -> None:
    assert certification_offered(today) is offered

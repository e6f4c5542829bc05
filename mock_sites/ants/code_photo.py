"""The « code photo » printed on a sheet of ID photos (photomaton or ANTS-approved photographer).

Our model (the tutorial only says "a string of digits and letters"): 22 characters from 0-9 and
A-Z; the last one is an ISO 7064 MOD 37,36 check character over the first 21 (python-stdnum), so
any single mistyped character or swap of two neighbours is caught. Spaces, hyphens and lower case
are tolerated when typed.
"""

from __future__ import annotations

import hashlib
import random
import re

from stdnum.exceptions import ValidationError
from stdnum.iso7064 import mod_37_36

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LENGTH = 22
SHAPE = re.compile(rf"[0-9A-Z]{{{LENGTH}}}")
SEPARATORS = re.compile(r"[\s-]+")

MISSING = "Saisissez votre code photo ou joignez votre photo d'identité numérisée."
BAD_SHAPE = (
    f"Le code photo compte {LENGTH} caractères, chiffres et lettres : "
    "recopiez-le tel qu'il figure sur votre planche photos."
)
BAD_CHECK = "Ce code photo n'est pas valide : vérifiez chaque caractère sur votre planche photos."


class CodePhotoError(ValueError):
    """A typed code photo the site refuses; the message is the site's."""


def normalize(typed: str) -> str:
    """The code without spaces or hyphens, in capitals."""
    return SEPARATORS.sub("", typed).upper()


def check_code(typed: str) -> str:
    """The normalized code if it is well formed and its check character matches."""
    code = normalize(typed)
    if not code:
        raise CodePhotoError(MISSING)
    if not SHAPE.fullmatch(code):
        raise CodePhotoError(BAD_SHAPE)
    try:
        mod_37_36.validate(code, alphabet=ALPHABET)
    except ValidationError:
        raise CodePhotoError(BAD_CHECK) from None
    return code


def generate_code(rng: random.Random) -> str:
    """A valid code, as a photo booth prints it on its sheet."""
    body = "".join(rng.choice(ALPHABET) for _ in range(LENGTH - 1))
    return body + mod_37_36.calc_check_digit(body, alphabet=ALPHABET)


def grouped(code: str) -> str:
    """The code in groups of 4, as printed on the sheet (easier to copy)."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def photo_svg(code: str) -> str:
    """The ID photo the code stands for: a portrait drawn from the code (same code, same photo)."""
    digest = hashlib.sha256(code.encode()).digest()
    background = f"#{digest[0] % 64 + 176:02x}{digest[1] % 64 + 176:02x}{digest[2] % 64 + 176:02x}"
    skin = ("#f1c27d", "#e0ac69", "#c68642", "#8d5524", "#ffdbac")[digest[3] % 5]
    hair = ("#2c1b10", "#6a4e23", "#b89778", "#1b1b1b", "#915f2f")[digest[4] % 5]
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="175" height="225" viewBox="0 0 35 45">'
        f'<rect width="35" height="45" fill="{background}"/>'
        f'<path d="M4 45 Q4 31 17.5 31 Q31 31 31 45 Z" fill="#3d4a5c"/>'
        f'<ellipse cx="17.5" cy="19" rx="8" ry="10" fill="{skin}"/>'
        f'<path d="M9.5 17 Q10 8 17.5 8 Q25 8 25.5 17 Q22 12 17.5 12 Q13 12 9.5 17 Z" fill="{hair}"/>'
        f'<text x="17.5" y="44" font-size="2" text-anchor="middle" fill="#1b1b1b">{code}</text>'
        "</svg>"
    )

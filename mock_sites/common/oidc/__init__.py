"""OpenID Connect for the mock sites: a provider (Authlib server) and a relying party (Authlib client)."""

import os

# The mock sites speak plain HTTP on loopback only; Authlib refuses that unless told so.
os.environ.setdefault("AUTHLIB_INSECURE_TRANSPORT", "1")

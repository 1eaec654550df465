"""The one setting the vault's key derivation and the server's password hashing share.

FTBT_KDF_PROFILE=owasp-min (tests only) skips tuning and uses OWASP's minimum
Argon2id cost on both sides; unset, each side uses its own tuned default.
"""

from __future__ import annotations

KDF_PROFILE_ENV = "FTBT_KDF_PROFILE"
OWASP_MIN = "owasp-min"

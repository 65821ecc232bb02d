"""Where the API key comes from: the MIX_DESIGNER_KEY variable, else the OS keyring.

The key is handled as a pydantic SecretStr from the moment it is read, so a stray print, log
line or traceback shows ``**********``. It is never taken from a command line, never written
to a file we own, and only its MD5 with ``t`` (the sign) leaves the machine.
"""

from __future__ import annotations

import os

from pydantic import SecretStr

from designer.core.errors import CredentialsError

ENV_VAR = "MIX_DESIGNER_KEY"
KEYRING_SERVICE = "mix-designer"


def _account(appid: int | None) -> str:
    return f"appid-{appid}" if appid is not None else "default"


def find_key(appid: int | None = None) -> SecretStr:
    """The key for ``appid``: environment first, then the keyring (this APPID, then default)."""
    if value := os.environ.get(ENV_VAR):
        return SecretStr(value)
    try:
        import keyring  # imported here: only commands that sign need it, and it is slow
        from keyring.errors import KeyringError

        for account in dict.fromkeys((_account(appid), _account(None))):
            if stored := keyring.get_password(KEYRING_SERVICE, account):
                return SecretStr(stored)
    except (KeyringError, RuntimeError, OSError):
        pass  # no usable keyring backend: same advice as no key at all
    raise CredentialsError(
        f"no API key: set the {ENV_VAR} environment variable, or store the key in the OS "
        "keyring with `mix-designer key set --appid N`"
    )


def keyring_usable() -> bool:
    """Whether the OS keyring can keep a key (False on a headless box with no backend)."""
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except (RuntimeError, OSError, ImportError):
        return False


def store_key(appid: int | None, key: SecretStr) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, _account(appid), key.get_secret_value())
    except (KeyringError, RuntimeError, OSError) as error:
        raise CredentialsError(
            f"the OS keyring cannot store the key ({type(error).__name__}); use the "
            f"{ENV_VAR} environment variable instead"
        ) from None


def delete_key(appid: int | None) -> bool:
    """Forget the stored key; False if there was none."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        keyring.delete_password(KEYRING_SERVICE, _account(appid))
        return True
    except PasswordDeleteError:
        return False
    except (KeyringError, RuntimeError, OSError) as error:
        raise CredentialsError(
            f"the OS keyring is not available ({type(error).__name__})"
        ) from None

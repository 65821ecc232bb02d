"""API 3.0's SecretId/SecretKey: the SDK's usual environment variables, else the OS keyring.

Like the Mix_StreamV2 key (core.credentials): the SecretKey is a SecretStr from the moment it is
read, is never taken from a command line, never written to a file we own, and never leaves the
machine (Tencent's SDK sends only the TC3 signature made with it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from pydantic import SecretStr

from designer.core.credentials import KEYRING_SERVICE
from designer.core.errors import CredentialsError

#: The names Tencent's SDKs and tools read (tencentcloud.common.credential.EnvironmentVariable).
SECRET_ID_VAR = "TENCENTCLOUD_SECRET_ID"
SECRET_KEY_VAR = "TENCENTCLOUD_SECRET_KEY"
#: Keyring accounts under the same service as the Mix_StreamV2 key.
SECRET_ID_ACCOUNT = "api3-secret-id"
SECRET_KEY_ACCOUNT = "api3-secret-key"

#: The sandbox's public demo pair (docs/sandbox.md): the SecretKey is the demo MD5 key.
SANDBOX_SECRET_ID = "AKIDsandbox"


@dataclass(frozen=True, slots=True)
class Api3Credentials:
    secret_id: str
    #: SecretStr: a repr, a log line or a traceback shows **********.
    secret_key: SecretStr


def find_api3_credentials() -> Api3Credentials:
    """Both from the environment, else both from the keyring; CredentialsError if neither."""
    secret_id, secret_key = os.environ.get(SECRET_ID_VAR), os.environ.get(SECRET_KEY_VAR)
    if secret_id and secret_key:
        return Api3Credentials(secret_id, SecretStr(secret_key))
    try:
        import keyring  # imported here: only commands that send need it, and it is slow
        from keyring.errors import KeyringError

        stored_id = keyring.get_password(KEYRING_SERVICE, SECRET_ID_ACCOUNT)
        stored_key = keyring.get_password(KEYRING_SERVICE, SECRET_KEY_ACCOUNT)
        if stored_id and stored_key:
            return Api3Credentials(stored_id, SecretStr(stored_key))
    except (KeyringError, RuntimeError, OSError):
        pass  # no usable keyring backend: same advice as no pair at all
    raise CredentialsError(
        f"no API 3.0 credentials: set {SECRET_ID_VAR} and {SECRET_KEY_VAR}, or store them in "
        "the OS keyring with `mix-designer key set --api v3`"
    )


def sandbox_credentials(secret_key: str) -> Api3Credentials:
    return Api3Credentials(SANDBOX_SECRET_ID, SecretStr(secret_key))


def store_api3_credentials(credentials: Api3Credentials) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, SECRET_ID_ACCOUNT, credentials.secret_id)
        keyring.set_password(KEYRING_SERVICE, SECRET_KEY_ACCOUNT,
                             credentials.secret_key.get_secret_value())
    except (KeyringError, RuntimeError, OSError) as error:
        raise CredentialsError(
            f"the OS keyring cannot store the pair ({type(error).__name__}); use the "
            f"{SECRET_ID_VAR} and {SECRET_KEY_VAR} environment variables instead"
        ) from None


def delete_api3_credentials() -> bool:
    """Forget the stored pair; False if none was stored."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        found = False
        for account in (SECRET_KEY_ACCOUNT, SECRET_ID_ACCOUNT):
            try:
                keyring.delete_password(KEYRING_SERVICE, account)
                found = True
            except PasswordDeleteError:
                pass
        return found
    except (KeyringError, RuntimeError, OSError) as error:
        raise CredentialsError(
            f"the OS keyring is not available ({type(error).__name__})"
        ) from None

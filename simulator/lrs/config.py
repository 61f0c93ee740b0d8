"""Where the LRS is and how to log in: endpoint, key and secret.

The endpoint comes from, in order: ``VAGVAL_LRS_ENDPOINT`` (scripts), the user's ``lrs.json``
in the data folder, the organisation's file (``[lrs] endpoint``). The key is kept in
``lrs.json`` beside the endpoint; the secret is kept apart from it, in the operating system's
credential store through ``keyring`` when a usable one exists (Windows Credential Manager,
macOS Keychain, the Secret Service on a Linux desktop), and otherwise in ``lrs-secret`` in the
data folder, readable only by its owner (mode 0600). :func:`secret_store` says which, and the
settings dialog shows it. ``VAGVAL_LRS_KEY`` / ``VAGVAL_LRS_SECRET`` override both for scripts.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from simulator import organisation as org_file
from simulator.format.reading import read_file
from simulator.store.datadir import data_dir as resolve_data_dir

CONFIG_FILE = "lrs.json"
SECRET_FILE = "lrs-secret"
KEYRING_SERVICE = "Vägval LRS"
SecretPlace = Literal["keyring", "file"]
MAX_JSON_BYTES = 64 * 1024  # lrs.json and lrs-secret hold a few short strings


@dataclass(frozen=True)
class LrsSettings:
    endpoint: str = ""  # e.g. https://lrs.example.org/xAPI/ (statements are at endpoint + "statements")
    key: str = ""
    secret: str = ""
    home_page: str = ""  # the system that issues account names; default: the endpoint's origin
    endpoint_from: Literal["", "env", "user", "organisation"] = ""

    @property
    def configured(self) -> bool:
        return bool(self.endpoint)

    @property
    def account_home_page(self) -> str:
        if self.home_page:
            return self.home_page
        parts = urlsplit(self.endpoint)
        return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else "urn:vagval:local"


_LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def endpoint_problem(endpoint: str, lang: str = "sv") -> str | None:
    """Why ``endpoint`` cannot be used as an LRS address, in plain words, or None.

    Only https:// addresses are used, since the key, the secret and the trainees' results go
    with every request; plain http:// only to this computer (a local test LRS). No file:,
    ftp: or data: address, whose "answer" would mark statements as sent that went nowhere."""
    from urllib.parse import urlsplit as split

    text = endpoint.strip()
    try:
        parts = split(text)
        host = parts.hostname or ""
        has_login = bool(parts.username or parts.password)
        _ = parts.port  # a port that is not a number raises here
    except ValueError:
        host, has_login, parts = "", False, split("")
    sv: str | None = None
    en = ""
    if any(char.isspace() or not char.isprintable() for char in text):
        # urllib refuses these with InvalidURL (a ValueError) when the request is made
        sv = f"LRS-adressen får inte innehålla mellanslag eller styrtecken: {text!r}."
        en = f"The LRS address may not contain spaces or control characters: {text!r}."
    elif parts.scheme not in ("http", "https") or not host:
        sv = f"LRS-adressen ska se ut som https://lrs.exempel.se/xAPI/, inte {text!r}."
        en = f"The LRS address should look like https://lrs.example.org/xAPI/, not {text!r}."
    elif parts.scheme == "http" and host.lower() not in _LOOPBACK_NAMES:
        sv = ("LRS-adressen måste börja med https://: med http:// skulle nyckel, lösenord och "
              "resultat gå okrypterade över nätet (http:// går bara till den här datorn).")
        en = ("The LRS address must begin with https://: with http:// the key, the secret and "
              "the results would cross the network unencrypted (http:// only to this computer).")
    elif has_login or parts.query or parts.fragment:
        sv = ("LRS-adressen får inte innehålla inloggning, frågor (?) eller #; nyckel och "
              "lösenord skrivs i sina egna fält.")
        en = ("The LRS address may not contain a login, a query (?) or a #; the key and the "
              "secret go in their own fields.")
    if sv is None:
        return None
    return en if lang == "en" else sv


def load_settings(data_dir: str | os.PathLike[str] | None = None,
                  organisation: org_file.Organisation | None = None) -> LrsSettings:
    """The settings in force (never raises: an unreadable file counts as empty)."""
    folder = resolve_data_dir(data_dir)
    user = _read_json(folder / CONFIG_FILE)
    endpoint, source = os.environ.get("VAGVAL_LRS_ENDPOINT", ""), "env"
    if not endpoint:
        endpoint, source = str(user.get("endpoint", "")), "user"
    if not endpoint:
        org = organisation if organisation is not None else org_file.load()
        endpoint, source = org.lrs_endpoint, "organisation"
    key = os.environ.get("VAGVAL_LRS_KEY") or str(user.get("key", ""))
    secret = os.environ.get("VAGVAL_LRS_SECRET") or (read_secret(folder, key) if key else "")
    return LrsSettings(
        endpoint=endpoint, key=key, secret=secret, home_page=str(user.get("home_page", "")),
        endpoint_from=source if endpoint else "",  # type: ignore[arg-type]
    )


def save_settings(endpoint: str, key: str, secret: str | None, *,
                  data_dir: str | os.PathLike[str] | None = None, home_page: str = "") -> SecretPlace:
    """Keep the user's endpoint and key, and the secret where :func:`secret_store` says
    (``secret=None`` leaves a stored one as it is). Returns where the secret went."""
    folder = resolve_data_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    _replace(folder, CONFIG_FILE, json.dumps({"endpoint": endpoint.strip(), "key": key.strip(),
                                              "home_page": home_page.strip()}, indent=2))
    place = secret_store()
    if secret is not None:
        write_secret(folder, key.strip(), secret)
    return place


def secret_store() -> SecretPlace:
    """Where a secret is kept on this computer: the OS credential store or the 0600 file."""
    return "keyring" if _keyring() is not None else "file"


def read_secret(folder: Path, key: str) -> str:
    ring = _keyring()
    if ring is not None:
        try:
            value = ring.get_password(KEYRING_SERVICE, key)
        except Exception:  # a locked or broken credential store: try the file
            value = None
        if value:
            return str(value)
    return str(_read_json(folder / SECRET_FILE).get(key, ""))


def write_secret(folder: Path, key: str, secret: str) -> None:
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(KEYRING_SERVICE, key, secret)
            return
        except Exception:  # refused by the credential store: fall back to the file
            pass
    path = folder / SECRET_FILE
    stored = _read_json(path)
    stored[key] = secret
    _replace(folder, SECRET_FILE, json.dumps(stored))


def _replace(folder: Path, name: str, text: str) -> None:
    """Write ``folder/name`` as a new file (mkstemp: 0600 from the start, so a secret is never
    readable by others, not even briefly) renamed over the old name: a link or a named pipe
    planted at the name (or at a fixed temporary name) is replaced, never followed, so nothing
    is written to, or truncates, a file somewhere else, and nothing waits for a reader."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, folder / name)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _keyring() -> Any:
    """The keyring module when it is installed and has a real backend; None otherwise."""
    if os.environ.get("VAGVAL_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def _read_json(path: Path) -> dict[str, object]:
    try:  # never a blocking read of a planted named pipe, nor an endless one of /dev/zero
        value = json.loads(read_file(path, MAX_JSON_BYTES).decode("utf-8-sig"))  # Notepad adds a BOM
    except (OSError, ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}

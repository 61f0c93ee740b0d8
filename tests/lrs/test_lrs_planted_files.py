"""lrs.json and lrs-secret as planted odd files: a named pipe must not hang the app or a command
(it did: `play` and `lrs-status` waited for ever), and saving must never write through a link
(the secret went to, and truncated, whatever file `lrs-secret` pointed at)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from simulator.lrs import config
from tests.planted import pipe_with_writer


def test_a_named_pipe_as_lrs_json_is_ignored_without_waiting(tmp_path: Path):
    planted = json.dumps({"endpoint": "https://planted.example/xapi/", "key": "k"}).encode()
    with pipe_with_writer(tmp_path / config.CONFIG_FILE, planted) as taken:
        settings = config.load_settings(tmp_path)
        assert not taken
    assert settings.endpoint == "" and settings.key == ""


def test_a_link_to_a_device_or_deep_json_is_ignored(tmp_path: Path):
    (tmp_path / config.CONFIG_FILE).symlink_to("/dev/zero")
    assert config.load_settings(tmp_path).endpoint == ""
    (tmp_path / config.CONFIG_FILE).unlink()
    (tmp_path / config.CONFIG_FILE).write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert config.load_settings(tmp_path).endpoint == ""  # RecursionError before


def test_saving_replaces_planted_links_and_never_writes_through_them(tmp_path: Path):
    victim = tmp_path / "elsewhere.txt"
    victim.write_text("someone's own file", encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / config.SECRET_FILE).symlink_to(victim)
    (data / "lrs.tmp").symlink_to(victim)  # the fixed temporary name used before
    config.save_settings("https://lrs.example/xapi/", "key-1", "s3cret", data_dir=data)
    assert victim.read_text(encoding="utf-8") == "someone's own file"
    secret = data / config.SECRET_FILE
    assert not secret.is_symlink() and json.loads(secret.read_text("utf-8")) == {"key-1": "s3cret"}
    if os.name == "posix":
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert config.load_settings(data).secret == "s3cret"


def test_lrs_json_saved_with_a_byte_order_mark_is_read(tmp_path: Path):
    """An lrs.json edited in Notepad starts with a BOM; json.loads refused it, so the
    settings were silently ignored."""
    (tmp_path / config.CONFIG_FILE).write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"endpoint": "https://lrs.example/xAPI/"}).encode())
    assert config.load_settings(tmp_path).endpoint == "https://lrs.example/xAPI/"

"""The one bounded reader: only regular files, never past the limit, never blocking."""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest

from ametijuhend_desktop.errors import FileFormatError, UserError
from ametijuhend_desktop.files.bounded import BoundedZip, ZipLimits, read_file, refusal_for


def test_a_regular_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.ajx"
    path.write_bytes(b"abc")
    assert read_file(path, 3) == b"abc"
    with pytest.raises(FileFormatError, match="liiga suur"):
        read_file(path, 2)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
def test_a_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "toru.ajx"
    os.mkfifo(pipe)
    started = time.perf_counter()
    with pytest.raises(FileFormatError) as info:
        read_file(pipe, 100)
    assert time.perf_counter() - started < 1
    assert "tavaline fail" in info.value.et and "ordinary file" in info.value.en


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="a device")
def test_a_device_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="tavaline fail"):
        read_file("/dev/zero", 100)
    with pytest.raises(FileFormatError, match="kaust"):
        read_file(tmp_path, 100)
    link = tmp_path / "link.ajx"
    link.symlink_to("/dev/zero")
    with pytest.raises(FileFormatError, match="tavaline fail"):
        read_file(link, 100)


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_zip_caps_on_members_size_and_ratio() -> None:
    refuse = refusal_for("a.docx")
    with pytest.raises(UserError, match="liiga palju osi"):
        BoundedZip(_zip({f"{i}.xml": b"x" for i in range(11)}), refuse, ZipLimits(max_members=10))
    with pytest.raises(UserError, match="lahtipakituna liiga suur"):
        BoundedZip(_zip({"a.xml": b"\0" * (5 * 1024 * 1024)}), refuse)  # ratio ~1000
    with pytest.raises(UserError, match="lahtipakituna liiga suur"):
        BoundedZip(_zip({"a": os.urandom(2000), "b": os.urandom(2000)}), refuse,
                   ZipLimits(max_total=3000))
    archive = BoundedZip(_zip({"a": b"hello"}), refuse)
    assert archive.read("a") == b"hello"
    with pytest.raises(UserError, match="lahtipakituna liiga suur"):
        archive.read("a", 4)


def test_a_lying_size_is_caught_while_unpacking() -> None:
    data = bytearray(_zip({"a.xml": b"<a>" + b"x" * 5000 + b"</a>"}))
    # Claim 10 bytes in both headers: the stream stops there and the CRC disagrees.
    for signature, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        offset = data.find(signature) + at
        data[offset:offset + 4] = (10).to_bytes(4, "little")
    archive = BoundedZip(bytes(data), refusal_for("a.docx"))
    with pytest.raises(UserError, match="vigane"):
        archive.read("a.xml")

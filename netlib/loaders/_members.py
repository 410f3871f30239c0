"""Files of a LinkedIn archive, from a ``.zip`` or an unpacked folder, read safely.

Members are read into memory, never extracted to disk. Names that are
absolute, climb out with ``..``, or are macOS resource forks are ignored.
A zip whose members would decompress to something absurd (in total, or
compared with their compressed size) is refused before anything is read.
File names are matched case-insensitively; the files may sit at the root
or in one folder (named like the zip).
"""

from __future__ import annotations

import os
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from .._errors import LoadError
from ._text import fail

#: Safety limits for zip archives (bytes and ratios); users may tighten them.
ZIP_LIMITS = {
    "max_total_bytes": 2 * 1024**3,   # declared size of all members together
    "max_read_bytes": 1024**3,        # what the loader may hold decompressed at once
    "max_ratio": 200,                 # uncompressed / compressed, per member ...
    "ratio_applies_above": 1024**2,   # ... once the member is larger than this
    "max_members": 100_000,
}
MAX_FOLDER_DEPTH = 3
_IGNORED_PARTS = {"__macosx"}


def _safe_name(name):
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return None
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if not parts or ".." in parts or _IGNORED_PARTS & {p.lower() for p in parts}:
        return None
    if parts[-1].startswith("._"):
        return None
    return "/".join(parts)


class ArchiveFiles:
    """Case-insensitive access to the CSV files of a LinkedIn archive.

    Parameters
    ----------
    path : str or path-like
        A ``.zip`` file or a folder.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "Basic_LinkedInDataExport"
    >>> folder.mkdir()
    >>> _ = (folder / "CONNECTIONS.CSV").write_bytes(b"First Name\\nAda")
    >>> files = ArchiveFiles(folder.parent)
    >>> files.find("connections.csv")
    'Basic_LinkedInDataExport/CONNECTIONS.CSV'
    >>> files.read(files.find("connections.csv"))
    b'First Name\\nAda'
    """

    def __init__(self, path):
        self.path = Path(path)
        self.kind = "folder" if self.path.is_dir() else "zip"
        self.ignored = 0
        self._read = 0
        if not self.path.exists():
            raise LoadError(f"{self.path}: no such file or folder.")
        self.members = self._zip_members() if self.kind == "zip" else self._folder_members()

    def _zip_members(self):
        try:
            self._zip = zipfile.ZipFile(self.path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as err:
            head = self.path.read_bytes()[:4] if self.path.is_file() else b""
            found = ("a damaged zip archive" if head.startswith(b"PK")
                     else f"a file that is not a zip archive ({err})")
            fail(self.path, "a LinkedIn data archive (.zip or unpacked folder)", found)
        if len(infos) > ZIP_LIMITS["max_members"]:
            fail(self.path, f"at most {ZIP_LIMITS['max_members']:,} files in the archive",
                 f"{len(infos):,} (refused as unsafe)")
        total = sum(i.file_size for i in infos)
        if total > ZIP_LIMITS["max_total_bytes"]:
            fail(self.path, f"an archive that unpacks to under {ZIP_LIMITS['max_total_bytes']:,} bytes",
                 f"members declaring {total:,} bytes (refused as a possible zip bomb)")
        members = {}
        for info in infos:
            name = _safe_name(info.filename)
            if info.is_dir():
                continue
            if name is None:
                self.ignored += 1
                continue
            members[name] = info
        return members

    def _folder_members(self):
        members = {}
        root = str(self.path)
        for dirpath, dirnames, filenames in os.walk(root):
            rel = os.path.relpath(dirpath, root)
            depth = 0 if rel == "." else rel.count(os.sep) + 1
            dirnames[:] = [d for d in dirnames if d.lower() not in _IGNORED_PARTS
                           and depth < MAX_FOLDER_DEPTH]
            for fn in filenames:
                if fn.startswith("._"):
                    continue
                name = fn if rel == "." else f"{rel.replace(os.sep, '/')}/{fn}"
                members[name] = Path(dirpath) / fn
        return members

    def find(self, basename, folder=None):
        """Return the shallowest member named ``basename`` (any case), or None."""
        target = basename.lower()
        hits = [m for m in self.members if m.rsplit("/", 1)[-1].lower() == target
                and (folder is None or self.folder_of(m) == folder)]
        return min(hits, key=lambda m: (m.count("/"), m)) if hits else None

    def find_suffix(self, suffix, folder):
        """Members in ``folder`` whose name ends with ``suffix`` (any case), sorted."""
        return sorted(m for m in self.members
                      if self.folder_of(m) == folder and m.lower().endswith(suffix.lower()))

    @staticmethod
    def folder_of(member):
        return member.rsplit("/", 1)[0] if "/" in member else ""

    def read(self, member):
        """Return the bytes of one member, enforcing the zip safety limits."""
        where = f"{self.path} [{member}]"
        if self.kind == "folder":
            try:
                return self.members[member].read_bytes()
            except OSError as err:
                raise LoadError(f"{where}: cannot be read ({err.strerror or err}).") from None
        info = self.members[member]
        size = info.file_size
        if size > ZIP_LIMITS["ratio_applies_above"] and size > ZIP_LIMITS["max_ratio"] * max(
                info.compress_size, 1):
            fail(where, f"a compression ratio under {ZIP_LIMITS['max_ratio']}:1",
                 f"{size:,} bytes packed into {info.compress_size:,} (refused as a possible zip bomb)")
        if self._read + size > ZIP_LIMITS["max_read_bytes"]:
            fail(where, f"under {ZIP_LIMITS['max_read_bytes']:,} bytes of files to read",
                 f"{self._read + size:,} bytes (refused as unsafe)")
        try:
            with self._zip.open(info) as fh:
                data = fh.read(size + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as err:
            fail(where, "an intact zip member", f"a damaged one ({err})")
        except (RuntimeError, NotImplementedError) as err:
            fail(where, "a readable zip member", f"one that cannot be opened ({err})")
        if len(data) > size:
            fail(where, f"{size:,} bytes as declared", "more (refused as a possible zip bomb)")
        self._read += len(data)
        return data

    def close(self):
        if self.kind == "zip":
            self._zip.close()

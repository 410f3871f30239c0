"""Write a complete invented LinkedIn archive: :func:`generate_archive`."""

from __future__ import annotations

import datetime as dt
import numbers
import zipfile
from pathlib import Path

import numpy as np

from ._csvio import connections_preamble, csv_text, fmt_connected_on
from ._extras import endorsements, invitations, profile_files, recommendations
from ._messages import HEADER as MESSAGES_HEADER
from ._messages import make_messages
from ._people import PROFILE_PREFIX, make_people
from ._story import OWNER

__all__ = ["generate_archive", "archive_files", "MAX_CONNECTIONS", "TODAY"]

#: LinkedIn's cap on first-degree connections
MAX_CONNECTIONS = 30_000
#: the fixed "today" of the story, so that output never depends on the clock
TODAY = dt.date(2026, 11, 20)
MESSAGES_PER_CONNECTION = 4.5
CONNECTIONS_HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company",
                      "Position", "Connected On"]


def _check_int(name, value, low, high):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise ValueError(f"{name} must be an integer, got {value!r}")
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low:,} and {high:,}, got {value!r}")
    return int(value)


def _check_args(n_connections, n_messages, seed, today):
    if isinstance(n_connections, numbers.Integral) and n_connections > MAX_CONNECTIONS:
        raise ValueError(
            f"n_connections={n_connections!r} is above LinkedIn's cap of "
            f"{MAX_CONNECTIONS:,} first-degree connections")
    n_connections = _check_int("n_connections", n_connections, 1, MAX_CONNECTIONS)
    if n_messages is None:
        n_messages = round(MESSAGES_PER_CONNECTION * n_connections)
    n_messages = _check_int("n_messages", n_messages, 0, 2_000_000)
    seed = _check_int("seed", seed, 0, 2**63 - 1)
    if isinstance(today, str):
        try:
            today = dt.date.fromisoformat(today)
        except ValueError:
            raise ValueError(f"today must be a date or 'YYYY-MM-DD', got {today!r}") from None
    if not isinstance(today, dt.date) or today.year < 2016:
        raise ValueError(f"today must be a date from 2016 on, got {today!r}")
    return n_connections, n_messages, seed, today


def archive_files(n_connections=450, n_messages=None, *, seed=0, today=TODAY):
    """The archive's files as ``{file name: text}``, in archive order.

    Same arguments as :func:`generate_archive`, without writing anything.

    Examples
    --------
    >>> files = archive_files(20, seed=1)
    >>> sorted(files)[:3]
    ['Connections.csv', 'Endorsement_Given_Info.csv', 'Endorsement_Received_Info.csv']
    >>> files["Connections.csv"].splitlines()[0]
    'Notes:'
    """
    n_connections, n_messages, seed, today = _check_args(n_connections, n_messages, seed, today)
    day = np.datetime64(today.isoformat(), "D")
    # independent streams: the people do not change when only n_messages changes
    rng_people, rng_msg, rng_extra = (np.random.default_rng(s) for s in
                                      np.random.SeedSequence(seed).spawn(3))
    people = make_people(n_connections, rng_people, day)
    owner = {"name": f"{OWNER['first']} {OWNER['last']}", "first": OWNER["first"],
             "url": PROFILE_PREFIX + OWNER["slug"]}
    connections = [list(r) for r in zip(people.first, people.last, people.url, people.email,
                                        people.company, people.position,
                                        fmt_connected_on(people.connected))]
    tables = {
        "Connections.csv": (CONNECTIONS_HEADER, connections),
        "messages.csv": (MESSAGES_HEADER, make_messages(people, n_messages, rng_msg, day, owner)),
        "Invitations.csv": invitations(people, rng_extra, day, owner),
    }
    (tables["Endorsement_Received_Info.csv"],
     tables["Endorsement_Given_Info.csv"]) = endorsements(people, rng_extra, day)
    (tables["Recommendations_Received.csv"],
     tables["Recommendations_Given.csv"]) = recommendations(people, rng_extra, day)
    tables["Profile.csv"], tables["Positions.csv"], tables["Skills.csv"] = profile_files()
    files = {}
    for name, (header, rows) in tables.items():
        preamble = connections_preamble() if name == "Connections.csv" else ""
        files[name] = csv_text(header, rows, preamble=preamble)
    return files


def zip_name(today=TODAY):
    """``Basic_LinkedInDataExport_MM-DD-YYYY.zip`` for the export date."""
    return f"Basic_LinkedInDataExport_{today:%m-%d-%Y}.zip"


def _write_zip(path, files, today):
    stamp = (today.year, today.month, today.day, 0, 0, 0)
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            zf.writestr(info, text.encode("utf-8"))


def generate_archive(path, n_connections=450, n_messages=None, *, seed=0, as_zip=False,
                     today=TODAY):
    """Write an invented LinkedIn data archive and return where it is.

    The archive tells the story of Maren Castellano (invented), a retail
    digital-marketing executive laid off in 2026: connections built over
    fifteen years, a small core she really writes to, a long tail, recruiters,
    group threads, sponsored InMail, spam, invitations, endorsements and
    recommendations. Every person is invented. Files follow the 2026 formats
    described in ``docs/formats.md``. Output depends only on the arguments:
    the same seed gives byte-identical files.

    Parameters
    ----------
    path : str or path-like
        Folder to write the CSV files into (created if needed). With
        ``as_zip=True``: the ``.zip`` file to write, or a folder in which to
        write ``Basic_LinkedInDataExport_MM-DD-YYYY.zip``.
    n_connections : int, default 450
        Number of first-degree connections, 1 to 30,000 (LinkedIn's cap).
        Networks under ~70 hold only part of the story's named cast.
    n_messages : int, optional
        Number of rows of ``messages.csv``; by default 4.5 per connection
        (about 2,000 for 450 connections).
    seed : int, default 0
        Seed of the random generator.
    as_zip : bool, default False
        Write a zip archive (files at its root) instead of a folder.
    today : datetime.date or str, default 2026-11-20
        The export date: nothing happens after it.

    Returns
    -------
    pathlib.Path
        The folder, or the zip file.

    Raises
    ------
    ValueError
        For a size above 30,000, a non-integer or negative count, or a bad date.

    Examples
    --------
    >>> import csv, tempfile
    >>> folder = generate_archive(tempfile.mkdtemp(), n_connections=20, seed=1)
    >>> lines = (folder / "Connections.csv").read_text(encoding="utf-8").splitlines()
    >>> lines[3]
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On'
    >>> len(lines) - 4
    20
    >>> generate_archive(tempfile.mkdtemp(), 20, as_zip=True).name
    'Basic_LinkedInDataExport_11-20-2026.zip'
    >>> generate_archive(tempfile.mkdtemp(), 50_000)
    Traceback (most recent call last):
    ...
    ValueError: n_connections=50000 is above LinkedIn's cap of 30,000 first-degree connections
    """
    files = archive_files(n_connections, n_messages, seed=seed, today=today)
    today = _check_args(n_connections, n_messages, seed, today)[3]
    path = Path(path)
    if as_zip:
        if path.suffix.lower() != ".zip":
            path = path / zip_name(today)
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_zip(path, files, today)
        return path
    path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (path / name).write_bytes(text.encode("utf-8"))
    return path

"""load_contacts and normalize_profile_url on every file variant of docs/formats.md.

Byte-level fixtures live in tests/fixtures/loaders (written by make_fixtures.py);
every person in them is invented.
"""

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from netlib import LoadError, LoadReport, load_contacts, normalize_profile_url

FIXTURES = Path(__file__).parent / "fixtures" / "loaders"
COLUMNS = ["first_name", "last_name", "full_name", "profile_url", "email", "company",
           "position", "connected_on", "source", "is_hidden"]


def load(name):
    return load_contacts(FIXTURES / name)


def first_row(df, **where):
    mask = pd.Series(True, index=df.index)
    for col, value in where.items():
        mask &= df[col] == value
    assert mask.sum() == 1, f"expected one row with {where}"
    return df[mask.fillna(False)].iloc[0]


# --- LinkedIn Connections.csv across eras ---------------------------------------------

ERAS = [
    # file, format, (first, last, company, position, connected_on)
    ("linkedin_connections_export_microsoft_outlook.csv", "linkedin-legacy (Outlook-style export)",
     ("Imogen", "Quarry", "Quarry Labs", "Head of Research", None)),
    ("connections_2018_extra.csv", "linkedin-2018 (extra columns)",
     ("Olive", "Brandt", "Brandt, Brandt & Co", "Partner", "2018-01-08")),
    ("connections_2018.csv", "linkedin-2018 (no preamble)",
     ("Sami", "Okafor", "Okafor Ltd", "CFO", "2018-11-21")),
    ("connections_2020_nopreamble.csv", "linkedin-2019-20 (no preamble)",
     ("Uma", "Tanaka", "Tanaka Robotics", "Engineer", "2020-02-14")),
    ("connections_2022_preamble.csv", "linkedin-2020-23 (preamble)",
     ("Xavi", "Puig", "Puig Vins", "Sommelier", "2021-07-01")),
    ("connections_2026.csv", "linkedin-2023+ (URL column)",
     ("Ada", "Byron", "Acme Payments, Inc.", "CTO", "2026-02-07")),
]


@pytest.mark.parametrize("name, era, expected", ERAS)
def test_linkedin_eras_parse_by_name(name, era, expected):
    df = load(name)
    first, last, company, position, date = expected
    row = first_row(df, first_name=first)
    assert (row["last_name"], row["company"], row["position"]) == (last, company, position)
    assert row["full_name"] == f"{first} {last}"
    if date is None:
        assert pd.isna(row["connected_on"])
    else:
        assert row["connected_on"] == pd.Timestamp(date)
    assert list(df.columns) == COLUMNS
    assert (df["source"] == "linkedin").all()
    report = df.attrs["load_report"]
    assert isinstance(report, LoadReport)
    assert report.format == era
    assert report.rows == len(df)


def test_dtypes_follow_the_contract():
    df = load("connections_2026.csv")
    assert df["connected_on"].dtype == "datetime64[ns]"
    assert df["is_hidden"].dtype == bool
    assert all(df[c].dtype == "string" for c in ("first_name", "company", "profile_url"))


def test_2026_values_hidden_member_and_urls():
    df = load("connections_2026.csv")
    assert len(df) == 4
    jose = first_row(df, last_name="García")
    assert jose["first_name"] == "José"
    assert jose["profile_url"] == "https://www.linkedin.com/in/josé-garcía-4b1"
    assert jose["connected_on"] == pd.Timestamp("2026-01-15")
    hidden = df[df["is_hidden"]]
    assert len(hidden) == 1
    assert hidden["connected_on"].iloc[0] == pd.Timestamp("2025-12-02")
    assert hidden[["first_name", "company", "profile_url"]].isna().all(axis=None)
    report = df.attrs["load_report"]
    assert report.flagged == {"hidden members (only a date)": 1}
    # urn:li:member ids are not email addresses
    assert pd.isna(first_row(df, first_name="Yan")["email"])
    assert any("urn:li:member" in w for w in report.warnings)


def test_outlook_style_legacy_file_uses_job_title_not_honorific():
    df = load("linkedin_connections_export_microsoft_outlook.csv")
    imogen = first_row(df, first_name="Imogen")
    assert imogen["position"] == "Head of Research"
    assert imogen["email"] == "imogen.quarry@example.org"
    assert first_row(df, first_name="Tobias")["full_name"] == "Tobias J. Wren"
    assert df["connected_on"].isna().all()


# --- spreadsheet re-saves -------------------------------------------------------------

RESAVED = [
    # file, encoding, delimiter, (first, last, company, connected_on)
    ("resaved_padded_crlf_cp1252.csv", "cp1252", ",",
     ("Zoë", "Müller", "Café Noir", "2026-02-07")),
    ("resaved_bom_semicolon.csv", "utf-8 with BOM", ";",
     ("Nils", "Holm", "Holm; Holm", "2025-12-17")),
    ("resaved_utf16_tab.csv", "utf-16", "\t", ("Hugo", "Blanc", "Blanc SA", "2018-09-10")),
    ("resaved_broken_utf8.csv", "utf-8 with cp1252 bytes", ",",
     ("Noé", "Petit", "Petit Co", "2026-02-08")),
    ("resaved_locale_months.csv", "utf-8", ",", ("Bea", "Hart", "Oriel", "2009-10-30")),
]


@pytest.mark.parametrize("name, encoding, delimiter, expected", RESAVED)
def test_resaved_files(name, encoding, delimiter, expected):
    df = load(name)
    first, last, company, date = expected
    row = first_row(df, first_name=first)
    assert (row["last_name"], row["company"]) == (last, company)
    assert row["connected_on"] == pd.Timestamp(date)
    report = df.attrs["load_report"]
    assert (report.encoding, report.delimiter) == (encoding, delimiter)


def test_resaved_urls_are_normalized():
    df = load("resaved_padded_crlf_cp1252.csv")
    assert df["profile_url"].tolist() == ["https://www.linkedin.com/in/zoe-muller",
                                          "https://www.linkedin.com/in/rene-cote"]
    assert df["first_name"].tolist() == ["Zoë", "René"]


def test_excel_and_locale_dates_mixed_with_untouched_ones():
    df = load("resaved_locale_months.csv")
    dates = dict(zip(df["first_name"], df["connected_on"]))
    assert dates["Bea"] == pd.Timestamp("2009-10-30")     # 30-oct-09
    assert dates["Dani"] == pd.Timestamp("2016-12-01")    # 01 Dec 2016
    assert dates["Elle"] == pd.Timestamp("2026-01-05")    # 5-janv.-26
    assert pd.isna(dates["Finn"])                          # someday
    report = df.attrs["load_report"]
    assert any("someday" in w for w in report.warnings)


def test_placeholders_and_reordered_dropped_columns():
    df = load("resaved_locale_months.csv")
    assert pd.isna(first_row(df, first_name="Bea")["position"])   # "NA"
    assert pd.isna(first_row(df, first_name="Dani")["company"])   # "NA"
    assert df["email"].isna().all() and df["profile_url"].isna().all()
    assert first_row(df, first_name="Finn")["position"] == "Pilot"


def test_excel_dates_in_semicolon_file():
    df = load("resaved_bom_semicolon.csv")
    assert first_row(df, first_name="Åsa")["connected_on"] == pd.Timestamp("2026-01-05")


def test_header_row_is_found_by_scanning():
    assert load("connections_2026.csv").attrs["load_report"].header_row == 4
    assert load("resaved_padded_crlf_cp1252.csv").attrs["load_report"].header_row == 4
    assert load("resaved_bom_semicolon.csv").attrs["load_report"].header_row == 1


# --- other sources --------------------------------------------------------------------

OTHER_SOURCES = [
    # file, source, format, (first, last, company, position, email)
    ("google_current.csv", "google", "google (current)",
     ("Karin", "Lund", "Lund & Co", "Director", "karin@lund.example")),
    ("google_legacy.csv", "google", "google (legacy)",
     ("Mia", "Svensson", "Svensson AB", "Buyer", "mia@svensson.example")),
    ("outlook_com.csv", "outlook", "outlook (outlook.com)",
     ("Nora", "Quist", "Quist Retail", "Procurement Lead", "nora@quist.example")),
    ("outlook_classic.csv", "outlook", "outlook (classic desktop)",
     ("Örjan", "Åkesson", "Åkesson Bygg", "Site Manager", "orjan@bygg.example")),
    ("contacts_v3.vcf", "vcard", "vcard 3.0",
     ("Jane", "Doe", "ABC, Inc.", "Director, Research and Development", "jane.doe@abc.example")),
    ("contacts_v4.vcf", "vcard", "vcard 4.0",
     ("Lena", "Ortiz", "Ortiz Studio", "Art Director", "lena@ortiz.example")),
    ("contacts_v21.vcf", "vcard", "vcard 2.1",
     ("Jürgen", "Müller", "Müller Maschinenbau GmbH und Gesellschafter der Region Süd",
      "Einkauf", "juergen@mueller.example")),
]


@pytest.mark.parametrize("name, source, fmt, expected", OTHER_SOURCES)
def test_other_sources(name, source, fmt, expected):
    df = load(name)
    first, last, company, position, email = expected
    row = first_row(df, first_name=first)
    assert (row["last_name"], row["company"], row["position"], row["email"]) == (
        last, company, position, email)
    assert (df["source"] == source).all()
    assert df["connected_on"].isna().all() and not df["is_hidden"].any()
    assert list(df.columns) == COLUMNS
    assert df.attrs["load_report"].format == fmt


def test_google_multi_values_and_linkedin_website():
    df = load("google_current.csv")
    karin = first_row(df, first_name="Karin")
    assert karin["profile_url"] == "https://www.linkedin.com/in/karin-lund"
    assert first_row(df, first_name="Leo")["full_name"] == "Leo M. Park"


def test_outlook_title_is_honorific_not_position():
    df = load("outlook_com.csv")
    assert "Ms." not in df["position"].tolist()
    assert df["profile_url"].iloc[0] == "https://www.linkedin.com/in/nora-quist"


def test_vcard_escapes_groups_and_quoted_printable():
    df = load("contacts_v3.vcf")
    jane = first_row(df, first_name="Jane")
    assert jane["full_name"] == "Jane Q. Doe"
    assert jane["profile_url"] == "https://www.linkedin.com/in/jane-doe"
    karl = first_row(df, first_name="Karl")
    assert (karl["company"], karl["position"]) == ("Smith Tools", "Geschäftsführer")
    # a URL that is not LinkedIn is no profile URL
    assert load("contacts_v4.vcf")["profile_url"].isna().all()


# --- bad inputs -----------------------------------------------------------------------

BAD = [
    ("missing.csv", "no such file"),
    ("empty.csv", "empty file"),
    ("blank_lines.csv", "blank"),
    ("image.csv", "PNG image"),
    ("binary.csv", "binary data"),
    ("data.csv", "JSON"),
    ("no_header.csv", "'alpha,beta,gamma'"),
    ("unterminated.csv", "unterminated quote"),
]


@pytest.mark.parametrize("name, found", BAD)
def test_bad_inputs_raise_load_error_naming_file(name, found):
    with pytest.raises(LoadError) as info:
        load(name)
    message = str(info.value)
    assert name in message
    assert found in message


def test_folder_given_as_file_is_a_load_error(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(LoadError, match="no such file|Connections.csv"):
        load_contacts(tmp_path)


@pytest.mark.parametrize("name", ["connections_2026.csv", "resaved_padded_crlf_cp1252.csv",
                                  "contacts_v3.vcf", "unterminated.csv"])
def test_input_file_is_unchanged(name):
    path = FIXTURES / name
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    try:
        load_contacts(path)
    except LoadError:
        pass
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


def test_malformed_lines_are_skipped_and_counted(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name,Company,Position,Connected On\n"
                    "Ada,Byron,Acme,CTO,07 Feb 2026\n"
                    "Bea,Hart,Oriel,CEO,08 Feb 2026,extra,fields\n"
                    "Cal,Dunn,Zeta,COO,09 Feb 2026\n")
    df = load_contacts(path)
    assert df["first_name"].tolist() == ["Ada", "Cal"]
    assert df.attrs["load_report"].skipped == {"malformed lines": 1}


# --- normalize_profile_url ------------------------------------------------------------

URLS = [
    ("https://www.linkedin.com/in/jane-doe", "https://www.linkedin.com/in/jane-doe"),
    ("http://linkedin.com/in/jane-doe/", "https://www.linkedin.com/in/jane-doe"),
    ("www.linkedin.com/in/Jane-Doe", "https://www.linkedin.com/in/jane-doe"),
    ("  HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE/?originalSubdomain=uk#x ",
     "https://www.linkedin.com/in/jane-doe"),
    ("https://uk.linkedin.com/in/jane-doe", "https://www.linkedin.com/in/jane-doe"),
    ("linkedin.com//in/jane-doe//", "https://www.linkedin.com/in/jane-doe"),
    ("https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller", "https://www.linkedin.com/in/jürgen-müller"),
    ("https://www.linkedin.com/in/J%c3%9cRGEN-M%C3%BCLLER", "https://www.linkedin.com/in/jürgen-müller"),
    ("https://example.com/Jane", "https://example.com/Jane"),
]


@pytest.mark.parametrize("raw, expected", URLS)
def test_normalize_profile_url_scalar(raw, expected):
    assert normalize_profile_url(raw) == expected


def test_normalize_profile_url_series_and_missing():
    raw = pd.Series([r for r, _ in URLS] * 100 + ["", None, "   "])
    out = normalize_profile_url(raw)
    assert out.tolist()[: len(URLS)] == [e for _, e in URLS]
    assert out.iloc[-3:].isna().all()
    assert out.index.equals(raw.index)
    assert normalize_profile_url(None) is None and normalize_profile_url("") is None

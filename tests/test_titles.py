"""Tests for netlib.titles: normalization, categorize, seniority traps, recruiters."""

import tempfile

import numpy as np
import pandas as pd
import pytest

import netlib
from netlib import FUNCTIONS, SENIORITIES, categorize, normalize_title
from netlib.titles import COLUMNS, load_rules


def one(title, column):
    return categorize([title]).loc[0, column]


# ---------------------------------------------------------------- normalization


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Sr Engineer", "senior engineer"),
        ("Sr. Engineer", "senior engineer"),
        ("Jr Analyst", "junior analyst"),
        ("Marketing Mgr", "marketing manager"),
        ("Dir, Sales", "director, sales"),
        ("VP Sales", "vice president sales"),
        ("SVP Operations", "senior vice president operations"),
        ("EVP", "executive vice president"),
        ("AVP Risk", "assistant vice president risk"),
        ("Software Eng", "software engineer"),
        ("Sales Exec", "sales executive"),
        ("Acct Mgr", "account manager"),
        ("Assoc Director", "associate director"),
        ("Asst Manager", "assistant manager"),
        ("Project Coord", "project coordinator"),
        ("Admin Asst", "administrative assistant"),
        ("Sys Admin", "systems administrator"),
        ("Ops Manager", "operations manager"),
        ("HR Manager", "human resources manager"),
        ("Senior PM", "senior product manager"),
        ("RN", "registered nurse"),
    ],
)
def test_abbreviations_are_expanded(raw, expected):
    assert normalize_title(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Senior Engineer @ Google | ex-Meta", "senior engineer"),
        ("Senior Engineer at Google", "senior engineer"),
        ("Founder & CEO | Helping B2B SaaS scale", "founder & ceo"),
        ("Open to work | Data Analyst", "data analyst"),
        ("#OpenToWork Data Analyst", "data analyst"),
        ("🚀 Product Manager 🚀", "product manager"),
        ("Software Engineer (m/w/d)", "software engineer"),
        ("HR Business Partner (she/her)", "human resources business partner"),
        ("Father | Husband | Marketing Director", "marketing director"),
        ("Engineer – ex-Google, ex-Meta", "engineer"),
        ("Retired", ""),
        ("--", ""),
    ],
)
def test_headlines_are_reduced_to_the_title(raw, expected):
    assert normalize_title(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Director of Marketing", "marketing director"),
        ("Senior Director of Product Management", "senior product management director"),
        ("VP of Sales & Marketing", "sales & marketing vice president"),
        ("Head of People at Acme", "people head"),
        ("Chief of Staff", "chief of staff"),
    ],
)
def test_director_of_x_is_reordered(raw, expected):
    assert normalize_title(raw) == expected


@pytest.mark.parametrize("word", ["trainee", "three", "director", "chair", "airline", "itinerary"])
def test_abbreviations_only_match_whole_words(word):
    assert normalize_title(word) == word


def test_multi_role_titles_keep_both_roles():
    df = categorize(["Co-Founder & CEO", "CEO/Founder", "Founder and CTO"])
    assert df["seniority"].tolist() == ["Owner", "Owner", "Owner"]
    assert (df["function"] != "Unknown").all()


def test_normalize_title_vectorized_keeps_series_index():
    s = pd.Series(["Sr Eng", None, "VP Ops"], index=[10, 20, 30], name="position")
    out = normalize_title(s)
    assert out.index.tolist() == [10, 20, 30]
    assert out.tolist() == ["senior engineer", "", "vice president operations"]
    assert normalize_title(["Mgr", "Dir"]) == ["manager", "director"]


# ---------------------------------------------------------------- categorize


def test_columns_and_types():
    df = categorize(["Senior Software Engineer", "Registered Nurse"])
    assert list(df.columns) == COLUMNS
    assert set(df["function"]) <= set(FUNCTIONS.values())
    assert set(df["seniority"]) <= set(SENIORITIES.values())
    assert df["function_id"].map(FUNCTIONS).tolist() == df["function"].tolist()
    assert df["seniority_id"].map(SENIORITIES).tolist() == df["seniority"].tolist()
    assert df["is_recruiter"].dtype == bool
    assert df["confidence"].between(0, 1).all()
    assert df.loc[0, "role"] == "software engineer"
    assert "'senior' -> Senior" in df.loc[0, "evidence"]


@pytest.mark.parametrize(
    "title, function",
    [
        ("Senior Software Engineer", "Engineering"),
        ("marketing analyst", "Marketing"),
        ("financial analyst", "Finance"),
        ("sales engineer", "Sales"),
        ("Nurse Manager", "Healthcare Services"),
        ("Staff Accountant", "Accounting"),
        ("Paralegal", "Legal"),
        ("Police Officer", "Military and Protective Services"),
        ("Scrum Master", "Program and Project Management"),
        ("Procurement Specialist", "Purchasing"),
        ("QA Engineer", "Quality Assurance"),
        ("Leasing Agent", "Real Estate"),
        ("Research Scientist", "Research"),
        ("Customer Success Manager", "Customer Success and Support"),
        ("Graphic Designer", "Arts and Design"),
        ("Social Worker", "Community and Social Services"),
        ("Management Consultant", "Consulting"),
        ("High School Teacher", "Education"),
        ("Business Development Manager", "Business Development"),
        ("Journalist", "Media and Communication"),
        ("Product Owner", "Product Management"),
        ("Operations Manager", "Operations"),
        ("Systems Administrator", "Information Technology"),
        ("Recruiter", "Human Resources"),
        ("Executive Assistant", "Administrative"),
        ("Founder", "Entrepreneurship"),
    ],
)
def test_functions(title, function):
    assert one(title, "function") == function


@pytest.mark.parametrize(
    "title, seniority",
    [
        ("Product Owner", "Entry"),
        ("Process Owner", "Entry"),
        ("Business Owner", "Entry"),
        ("Owner", "Owner"),
        ("Owner, Acme Bakery", "Owner"),
        ("Account Executive", "Entry"),
        ("Executive Assistant", "Entry"),
        ("Chief Executive Officer", "CXO"),
        ("Chief Nursing Officer", "CXO"),
        ("Chief of Staff", "Director"),
        ("CTO", "CXO"),
        ("President", "CXO"),
        ("Vice President of Sales", "VP"),
        ("HR Business Partner", "Entry"),
        ("Talent Acquisition Partner", "Entry"),
        ("Channel Partner Manager", "Manager"),
        ("Partner", "Partner"),
        ("Managing Partner", "Partner"),
        ("School Principal", "Director"),
        ("Principal Engineer", "Senior"),
        ("Associate Director", "Director"),
        ("Associate Attorney", "Entry"),
        ("Managing Director", "VP"),
        ("Art Director", "Director"),
        ("Head of Marketing", "Director"),
        ("Team Lead", "Manager"),
        ("Lead Engineer", "Senior"),
        ("Assistant Manager", "Manager"),
        ("Marketing Intern", "Training"),
        ("Summer Intern, Engineering Manager team", "Training"),
        ("Student at State University", "Training"),
        ("Summer Analyst at Morgan Stanley", "Training"),
        ("Summer Associate, Latham & Watkins", "Training"),
        ("Volunteer", "Unpaid"),
        ("Volunteer Coordinator", "Entry"),
        ("Co-Founder", "Owner"),
        ("Founder & CEO", "Owner"),
        ("Senior Software Engineer", "Senior"),
        ("Junior Developer", "Entry"),
    ],
)
def test_seniority_traps(title, seniority):
    assert one(title, "seniority") == seniority


@pytest.mark.parametrize(
    "title",
    [
        "Technical Recruiter",
        "Talent Acquisition Partner",
        "Talent Acquisition @ Acme | ex-Google",
        "Executive Search Consultant",
        "Headhunter",
        "Sourcer",
        "Senior Recruitment Consultant at Hays",
        "Hiring for Data Engineers | DM me",
        "Hiring! DM me",
        "Reclutadora IT",
        "Chargée de recrutement",
    ],
)
def test_recruiters_are_flagged(title):
    assert one(title, "is_recruiter")


@pytest.mark.parametrize(
    "title",
    [
        "HR Business Partner",
        "Hiring Manager",
        "HR Generalist",
        "Strategic Sourcing Manager",
        "Engineering Manager | We're hiring!",
        "Software Engineer, Recruiting Platform",
        "Student Recruitment Officer",
    ],
)
def test_non_recruiters_are_not_flagged(title):
    assert not one(title, "is_recruiter")


@pytest.mark.parametrize(
    "title, function, seniority",
    [
        # the part that names the job gives the function, the part with seniority its level
        ("Attorney | Partner at Smith & Jones LLP", "Legal", "Partner"),
        ("Partner | Attorney", "Legal", "Partner"),
        ("Python | Senior Engineer", "Engineering", "Senior"),
        ("Python • SQL • Tableau | Data Analyst", "Information Technology", "Entry"),
        ("Lead Sales Strategist | Speaker | Author", "Sales", "Senior"),
        ("Senior Engineer | Volunteer", "Engineering", "Senior"),
        # a part that only says intern is the level, whatever the other parts say
        ("Intern - Product Manager", "Product Management", "Training"),
        ("Intern - Growth Architect | Speaker | Author", None, "Training"),
        # retired: the job is still the person's; retired or out of work alone is no job
        ("Retired US Army Colonel", "Military and Protective Services", "Entry"),
        ("Nurse - Retired", "Healthcare Services", "Entry"),
        ("Retired", "Unknown", "Unknown"),
        ("Happily retired", "Unknown", "Unknown"),
        ("Unemployed", "Unknown", "Unknown"),
        ("Marketing Manager | Between jobs", "Marketing", "Manager"),
        # a reporting line is not the job
        ("Executive Assistant to the CEO", "Administrative", "Entry"),
        ("Chief of Staff to the CEO @ Initech", "Operations", "Director"),
        ("Special Assistant to the President", "Administrative", "Entry"),
        ("Executive Assistant to the CMO", "Administrative", "Entry"),
        # "leader" leads people; credentials (PMP, MBA) do not name the job
        ("MBA | PMP | Six Sigma | Operations Leader", "Operations", "Manager"),
        # abbreviations that depend on the field, or that were missing
        ("Construction PM", "Program and Project Management", "Manager"),
        ("Senior PM", "Product Management", "Manager"),
        ("EA to CEO", "Administrative", "Entry"),
        ("AGC", "Legal", "Entry"),
        # retail marketing words
        ("Omnichannel Lead", "Marketing", "Senior"),
        ("E-com Lead", "Marketing", "Senior"),
        # common titles in other languages
        ("Directeur Général", "Operations", "CXO"),
        ("Direttore Generale", "Operations", "CXO"),
        ("Enfermeira", "Healthcare Services", "Entry"),
        ("Contador Público", "Accounting", "Entry"),
        ("Reclutadora IT", "Human Resources", "Entry"),
        ("Auszubildender Industriekaufmann", "Administrative", "Training"),
        # board chairs are seniority, not the model's guess at "of the board"
        ("Chairman of the Board", "Entrepreneurship", "CXO"),
        ("Chair of the Board", "Entrepreneurship", "CXO"),
    ],
)
def test_headline_parts_and_status(title, function, seniority):
    assert_categories(title, function, seniority)


@pytest.mark.parametrize(
    "title, function, seniority",
    [
        ("Ingeniero de Software", "Engineering", "Entry"),
        ("Directeur Commercial", "Sales", "Director"),
        ("Geschäftsführer", None, "CXO"),
        ("Responsable Marketing", "Marketing", "Manager"),
        ("Diretor de Recursos Humanos", "Human Resources", "Director"),
        ("Direttore Vendite", "Sales", "Director"),
        ("Enfermera", "Healthcare Services", "Entry"),
        ("Entwicklerin", "Engineering", "Entry"),
        ("Chef de projet", "Program and Project Management", "Manager"),
        ("Contrôleur de gestion", "Finance", "Entry"),
        ("Leiter Controlling", "Finance", "Manager"),
        ("Gerente de Negocios", "Business Development", "Manager"),
    ],
)
def test_other_languages(title, function, seniority):
    assert_categories(title, function, seniority)


def assert_categories(title, function, seniority):
    """``title``'s function (unless ``None``) and seniority are the ones given."""
    row = categorize([title]).loc[0]
    assert (row["function"] if function is not None else None, row["seniority"]) == (function, seniority)


BAD = [None, np.nan, pd.NA, 42, 3.5, "", "   ", "x" * 10_000, "\x00\x07\x1b[31m", "🚀🔥💯", "مدير مبيعات", "--", [1, 2]]


def test_bad_input_is_unknown_with_zero_confidence():
    df = categorize(pd.Series(BAD, dtype=object))
    assert len(df) == len(BAD)
    assert (df["function"] == "Unknown").all()
    assert (df["confidence"] == 0).all()
    assert not df["is_recruiter"].any()


def test_long_input_is_cut_early():
    """A 1.6-million-character title is cut to MAX_CHARS before any work, so it cannot slow
    the run down (speed itself is measured in benchmarks/bench_titles.py, not asserted)."""
    from netlib.titles._normalize import MAX_CHARS, to_strings

    huge = "Senior Engineer " * 100_000
    assert [len(s) for s in to_strings([huge, None])] == [MAX_CHARS, 0]
    df = categorize([huge] * 3)
    assert (df["title_clean"].str.len() <= MAX_CHARS).all()
    assert df["function"].eq("Engineering").all() and df["seniority"].eq("Senior").all()


def test_series_index_is_kept_and_title_is_the_input():
    s = pd.Series(["Nurse", None, "CFO"], index=["a", "b", "c"])
    df = categorize(s)
    assert df.index.tolist() == ["a", "b", "c"]
    assert df.loc["c", "seniority"] == "CXO"
    assert df["title"].tolist()[0] == "Nurse" and pd.isna(df["title"].tolist()[1])


def test_duplicates_are_analysed_once(monkeypatch):
    from netlib.titles import _categorize

    seen = []
    real = _categorize._analyze

    def spy(strings, rules, explain=True):
        seen.append(list(strings))
        return real(strings, rules, explain)

    monkeypatch.setattr(_categorize, "_analyze", spy)
    df = categorize(["Nurse", "CFO", "Nurse", "Nurse", None, "CFO"])
    assert len(seen) == 1 and sorted(seen[0]) == ["", "CFO", "Nurse"]
    assert df["function"].tolist()[:4] == ["Healthcare Services", "Finance", "Healthcare Services"] + [
        "Healthcare Services"
    ]


def test_single_string_and_empty_list():
    assert len(categorize("Nurse")) == 1
    empty = categorize([])
    assert list(empty.columns) == COLUMNS and len(empty) == 0


def test_custom_rules():
    rules = load_rules().with_functions({"growth hacker": "Marketing"}).with_abbreviations({"pm": "project manager"})
    df = categorize(["Growth Hacker", "Senior PM"], rules=rules)
    assert df["function"].tolist() == ["Marketing", "Program and Project Management"]


def test_import_is_lazy():
    assert "FUNCTIONS" in netlib.__all__ and callable(netlib.categorize)


def test_learned_fallback_covers_titles_without_lexicon_words():
    df = categorize(["Cardiologist", "Hydrogeologist", "Senior Geologist", "zzzz", "Kinesiologist", "Cellist"])
    assert df["function"].tolist()[:3] == ["Healthcare Services", "Research", "Research"]
    assert df["function"].tolist()[4:] == ["Healthcare Services", "Arts and Design"]
    assert "learned fallback" in df.loc[0, "evidence"] or "'" in df.loc[0, "evidence"]
    assert df.loc[3, "function"] == "Unknown" and df.loc[3, "confidence"] == 0


def test_shipped_model_is_what_the_build_script_builds():
    """Exact comparison with the scikit-learn that built it; with another version
    (tie order in max_features, solver details) the two must agree on a probe set."""
    import gzip
    import importlib.util
    import json
    from pathlib import Path

    import sklearn

    from netlib.titles._fallback import MODEL_PATH, load_model, predict_proba

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_title_model.py"
    spec = importlib.util.spec_from_file_location("build_title_model", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = json.loads(json.dumps(module.build()))
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as handle:
        shipped = json.load(handle)
    assert built["classes"] == shipped["classes"]
    if shipped.get("sklearn_version") == sklearn.__version__:
        for b, s in zip(built["features"], shipped["features"], strict=True):
            assert b["vocabulary"] == s["vocabulary"]
            np.testing.assert_allclose(b["idf"], s["idf"], atol=1e-4)
        np.testing.assert_allclose(built["coef"], shipped["coef"], atol=2e-3)
        return
    # another scikit-learn: same predictions on titles the model is there for
    texts, _ = module.training_set(load_rules(), variants=1, seed=1)
    probe = texts[::7]
    load_model.cache_clear()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.json.gz"
        module.write(built, path)
        mine = predict_proba(probe, len(FUNCTIONS), load_model(path)).argmax(axis=1)
    theirs = predict_proba(probe, len(FUNCTIONS), load_model()).argmax(axis=1)
    assert np.mean(mine == theirs) >= 0.97


def test_posting_noise_is_removed_on_whole_words():
    df = categorize(["Registered Nurse - ICU Nights 12 hr PRN", "Accountant (Remote) part-time",
                     "Remote Sensing Analyst", "Sign-On Bonus! CNA", "Urgent Care RN"])
    assert df["title_clean"].tolist()[:2] == ["registered nurse", "accountant"]
    assert df.loc[2, "title_clean"] == "remote sensing analyst"
    assert df.loc[3, "function"] == "Healthcare Services"
    assert df.loc[4, "title_clean"] == "urgent care registered nurse"


@pytest.mark.parametrize("ngram_range", [(2, 5), (3, 3), (1, 2), (1, 6)])
def test_char_wb_counts_equal_scikit_learn(ngram_range):
    """netlib's own char_wb counting gives scikit-learn's exact counts, short words included."""
    from sklearn.feature_extraction.text import CountVectorizer

    from netlib.titles._fallback import char_wb_counts

    texts = ["Sr. Software Engineer", "software  engineer", "", "   ", "Ingeniería\tde datos",
             "a", "Head of E-commerce | ex-Globex", "x" * 300, "ab ab ab", "I ii iii iiii", "Ωμέγα 🚀 x"]
    rng = np.random.default_rng(0)
    letters = list("abcdeé ")
    texts += ["".join(rng.choice(letters, size=rng.integers(0, 30))) for _ in range(200)]
    vectorizer = CountVectorizer(analyzer="char_wb", ngram_range=ngram_range).fit(texts[::2])
    mine = char_wb_counts(vectorizer.vocabulary_, texts, ngram_range)
    assert (mine != vectorizer.transform(texts)).nnz == 0


def test_corpus_titles_become_role_phrases(tmp_path):
    """Corpus titles are normalized like input titles, take their SOC code's function,
    lose their seniority words, and ambiguous, one-word or multi-part ones stay out."""
    import shutil

    from netlib.titles._rules import DATA_DIR

    for name in ["abbreviations.csv", "headline.csv", "seniority.csv", "recruiters.csv", "functions.yaml",
                 "posting_noise.yaml", "soc_functions.csv"]:
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "occupation_titles.csv").write_text(
        "soc,title\n"
        "41-2031,Sr. Sales Floor Assoc\n"     # abbreviations expanded, seniority dropped
        "43-4051,Zorb Desk Agent\n"
        "41-2031,Zorb Desk Agent\n"           # one title, two functions: left out
        "41-2031,Greeter\n"                   # one word: the lexicon's job
        "29-1141,Wound RN - Nights\n"         # two parts: left out
        "11-1011,Chief Quibble Officer\n",    # the crosswalk leaves chief executives out
        encoding="utf-8",
    )
    rules = load_rules(tmp_path)
    sales = next(i for i, name in FUNCTIONS.items() if name == "Sales")
    assert rules.functions[("sales", "floor", "associate")] == ("role", {sales: 1.0})
    for phrase in [("zorb", "desk", "agent"), ("greeter",), ("wound", "registered", "nurse"),
                   ("chief", "quibble", "officer"), ("quibble", "officer")]:
        assert phrase not in rules.functions
    assert categorize(["sales floor associate II"], rules=rules).loc[0, "function"] == "Sales"


def test_shipped_corpus_phrases_are_current():
    """corpus_phrases.csv matches its sources' digest and holds what deriving them gives;
    if this fails, run scripts/build_title_model.py."""
    from netlib.titles._rules import DATA_DIR, derive_corpus_phrases, read_corpus_phrases

    shipped = read_corpus_phrases(DATA_DIR)
    assert shipped is not None, "corpus_phrases.csv is stale: run scripts/build_title_model.py"
    assert shipped == derive_corpus_phrases(DATA_DIR, load_rules())


def test_stale_corpus_phrases_are_derived_again(tmp_path):
    """Editing a source of the stored phrase table (here the corpus) makes load_rules derive
    the phrases from the edited files instead of reading the stale table."""
    import shutil

    from netlib.titles._rules import CORPUS_PHRASES, DATA_DIR, read_corpus_phrases

    shutil.copytree(DATA_DIR, tmp_path, dirs_exist_ok=True)
    assert read_corpus_phrases(tmp_path) is not None
    with open(tmp_path / "occupation_titles.csv", "a", encoding="utf-8") as handle:
        handle.write("29-1141,Zorblax Ward Nurse\n")
    assert read_corpus_phrases(tmp_path) is None
    health = next(i for i, name in FUNCTIONS.items() if name == "Healthcare Services")
    assert load_rules(tmp_path).functions[("zorblax", "ward", "nurse")] == ("role", {health: 1.0})
    bare = tmp_path / "without_table"  # no table at all: derived as well
    shutil.copytree(tmp_path, bare, ignore=shutil.ignore_patterns(CORPUS_PHRASES, "without_table"))
    assert ("zorblax", "ward", "nurse") in load_rules(bare).functions


def test_categories_without_evidence_match_categorize():
    from netlib.titles._categorize import categories

    titles = pd.Series(["Sr. Data Analyst @ Acme", "Hiring! DM me", None, "Talent Acquisition Partner", "zzz"],
                       index=list("abcde"))
    full, quick = categorize(titles), categories(titles)
    assert (quick["evidence"] == "").all()
    pd.testing.assert_frame_equal(full.drop(columns="evidence"), quick.drop(columns="evidence"))


@pytest.mark.parametrize("title", ["Managing Director", "Director", "Senior Vice President", "Partner"])
def test_seniority_only_titles_are_not_guessed_by_the_model(title):
    """A title of seniority words names no function: the lexicon's weak default stands
    (the model read "director" as a film director)."""
    row = categorize([title]).iloc[0]
    assert "learned fallback" not in row["evidence"]
    assert row["function"] in {"Operations", "Consulting", "Finance", "Unknown"}

"""The English sentence model (contracts/sentences.py, trained on the CUAD dev half) and its place in the analysis."""
import pytest

from contracts.extract import FACTS, analyse
from contracts.sentences import READINGS, SentenceModel, contract_categories, default_model, features, pack, unpack


@pytest.fixture(scope="module")
def model():
    m = default_model()
    assert m is not None, "knowledge_base/prototypes/cuad_sentence_model.json is missing"
    return m


def test_model_file_names_its_labels_and_thresholds(model):
    assert model.labels == ["liability_cap", "liquidated_damages", "warranty", "ip_ownership", "governing_law", "termination"]
    assert all(0 <= model.low[label] <= model.high[label] <= 1 for label in model.labels)  # high 1: the model never decides alone
    assert model.coef.shape == (len(model.vocabulary), len(model.labels))


@pytest.mark.parametrize("sentence,label", [
    ("In no event shall either party's aggregate liability exceed the fees paid under this Agreement in the twelve months "
     "preceding the claim.", "liability_cap"),
    ("This Agreement shall be governed by the laws of the State of New York.", "governing_law"),
    ("Either party may terminate this Agreement for convenience upon ninety (90) days prior written notice to the other party.", "termination"),
    ("Supplier warrants that the Products will be free from defects in materials and workmanship for a period of twelve (12) "
     "months from delivery.", "warranty"),
    ("Licensee hereby assigns to Licensor all right, title and interest in and to any improvements to the Licensed Technology.", "ip_ownership"),
    ("If Supplier fails to deliver on time, Supplier shall pay liquidated damages of one percent of the price for each week of delay.",
     "liquidated_damages"),
])
def test_a_plain_sentence_of_each_label_is_recognised_and_only_as_that(model, sentence, label):
    p = dict(zip(model.labels, model.probabilities([sentence])[0]))
    assert p[label] > 0.9 and model.decide(label, True, p[label])
    assert all(p[other] < 0.5 for other in model.labels if other != label)


def test_boilerplate_scores_below_every_threshold(model):
    p = model.probabilities(["The parties shall meet quarterly to review the marketing plan."])[0]
    assert not any(model.decide(label, False, v) for v, label in zip(p, model.labels))


def test_weights_are_stored_as_float16():
    assert list(unpack(pack([1.0, -2.5, 0.1]))) == pytest.approx([1.0, -2.5, 0.1], abs=1e-3)


def test_features_fold_digits_and_pair_words():
    assert features("Within 30 Days") == ["within", "0", "days", "within 0", "0 days"]


def test_decide_trusts_the_model_when_confident_and_lets_it_veto_only_below_low():
    m = SentenceModel({"labels": ["x"], "vocabulary": ["a"], "idf": pack([1.0]), "coef": {"x": pack([0.0])}, "intercept": {"x": 0.0},
                       "low": {"x": 0.2}, "high": {"x": 0.8}})
    assert m.decide("x", False, 0.8) and m.decide("x", True, 0.2)
    assert not m.decide("x", False, 0.79) and not m.decide("x", True, 0.19)
    assert m.probabilities(["nothing known"])[0][0] == pytest.approx(0.5)  # no known feature: the intercept alone


TERMS = {"warranty_period_stated": False, "governing_law": None, "termination_for_convenience": None}


def test_english_categories_fuse_the_reading_with_the_model(model):
    clauses = [{"types": ["liability_cap", "ip_ownership"]}]  # the reading says cap and IP
    scores = {label: {"probability": 0.0, "clause": None} for label in READINGS}
    scores["liability_cap"] = {"probability": model.high["liability_cap"], "clause": 0}  # the model backs the cap
    scores["governing_law"] = {"probability": 1.0, "clause": 0}  # and is sure of a governing law the reading missed
    other = {"rejection_period": None, "sentence_labels": scores}
    fused = contract_categories(clauses, TERMS, other)
    assert fused["liability_cap"] and fused["governing_law"] and not fused["termination"]
    assert fused["ip_ownership"] == (model.low["ip_ownership"] == 0)  # a reading the model scores 0 is dropped unless low is 0
    # without sentence scores (Chinese contracts) or with use_model=False: the reading alone
    expected = {label: label in ("liability_cap", "ip_ownership") for label in READINGS}
    assert contract_categories(clauses, TERMS, {**other, "sentence_labels": {}}) == expected
    assert contract_categories(clauses, TERMS, other, use_model=False) == expected


def test_english_analysis_carries_sentence_labels_outside_the_facts():
    a = analyse("1. Law\nThis Agreement shall be governed by the laws of the State of New York.\n"
                "2. Term\nEither party may terminate this Agreement at any time upon thirty (30) days written notice.", use_embeddings=False)
    labels = a.other_terms["sentence_labels"]
    assert labels["governing_law"]["clause"] == 0 and labels["governing_law"]["probability"] > 0.9
    assert labels["termination"]["clause"] == 1
    assert "sentence_labels" not in a.facts and set(a.facts) == set(FACTS)
    assert a.other_terms["categories"]["governing_law"] and not a.other_terms["categories"]["liquidated_damages"]


def test_chinese_analysis_skips_the_english_model():
    a = analyse("第一条 法律适用\n本合同适用中华人民共和国法律。", use_embeddings=False)
    assert a.other_terms["sentence_labels"] == {}

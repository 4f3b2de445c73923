"""Claim extraction and shortlisting (stance.claims)."""

from stance.claims import ClaimIndex, extract_claims, is_check_worthy
from stance.thread import Article, Reply, Thread


def _thread():
    return Thread(
        source="t",
        title="ISIS and Assad cooperated for years",
        article=Article(
            ["ISIS and Assad cooperated for years, leaked files show.", "Of course, he said."]
        ),
        replies=[
            Reply(1, "Is this true?"),
            Reply(
                2,
                "ISIS took out a Russian airliner remember and\n"
                "shot down a fighter jet killing the pilot.",
            ),
            Reply(3, "Turkey shot down the fighter jet, not ISIS."),
        ],
    )


def test_questions_and_short_sentences_are_not_claims():
    assert not is_check_worthy("Is this similar to the Nazi-Soviet Pact?")
    assert not is_check_worthy("Of course, he said.")
    assert not is_check_worthy("I think this is all a big lie.")
    assert is_check_worthy("Turkey shot down the fighter jet, not ISIS.")


def test_near_duplicate_article_claims_merge_and_replies_make_claims():
    claims = extract_claims(_thread())
    article = [c for c in claims if c.origin == "article"]
    assert [c.id for c in article] == ["a1"]  # body sentence repeats the title
    reply2 = [c for c in claims if c.reply == 2]
    assert reply2 and "shot down a fighter jet" in reply2[0].text  # line break joined


def test_shortlist_only_earlier_replies_and_ranked_by_overlap():
    claims = extract_claims(_thread())
    index = ClaimIndex(claims)
    top = index.shortlist("Turkey shot down the fighter jet, not ISIS.", before_reply=3, k=1)
    assert top[0].reply == 2
    assert all(
        c.reply is None or c.reply < 2 for c in index.shortlist("fighter jet", before_reply=2, k=5)
    )


def test_shortlist_includes_must_claims():
    claims = extract_claims(_thread())
    top = ClaimIndex(claims).shortlist(
        "unrelated words entirely", before_reply=3, k=1, must=["r2.1"]
    )
    assert top[0].id == "r2.1"

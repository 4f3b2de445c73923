"""Sentence splitting and relevance windows (stance.text)."""

from stance.text import content_words, relevant_window, relevant_windows, split_sentences


def test_split_sentences_on_end_punctuation_and_newlines():
    text = "Turkey shot down the jet, not ISIS. Turkey, your ally.\nNext line? Yes."
    assert split_sentences(text) == [
        "Turkey shot down the jet, not ISIS.",
        "Turkey, your ally.",
        "Next line?",
        "Yes.",
    ]


def test_split_sentences_keeps_abbreviation_followed_by_lowercase():
    assert split_sentences("The U.S. army said so. it did.") == ["The U.S. army said so. it did."]


def test_content_words_drop_stop_words():
    assert content_words("The jet was shot down by Turkey") == {"jet", "shot", "down", "turkey"}


def test_relevant_window_prefers_target_sentences_and_keeps_order():
    sentences = ["Weather was nice.", "Turkey shot the jet.", "Lunch was late.", "The jet fell."]
    chosen = relevant_window("Who shot the jet", sentences, [4, 5, 4, 4], budget=9)
    assert chosen == [1, 3]


def test_relevant_window_always_returns_something():
    assert relevant_window("x", ["a very long sentence"], [50], budget=10) == [0]


def test_relevant_windows_cover_the_text_most_relevant_first():
    sentences = ["Weather was nice.", "Turkey shot the jet.", "Lunch was late.", "The jet fell."]
    windows = relevant_windows("Who shot the jet", sentences, [4, 5, 4, 4], budget=9, count=5)
    assert windows[0] == relevant_window("Who shot the jet", sentences, [4, 5, 4, 4], budget=9)
    assert windows == [[1, 3], [0, 2]]
    assert relevant_windows("jet", sentences, [4, 5, 4, 4], budget=9, count=1) == [[1, 3]]


def test_relevant_windows_give_an_oversized_sentence_its_own_window():
    windows = relevant_windows("x", ["long one", "short"], [50, 3], budget=10, count=3)
    assert sorted(map(tuple, windows)) == [(0,), (1,)]

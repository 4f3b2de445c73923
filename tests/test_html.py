"""HTML pages the tests write themselves: with a comment section, and without one."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from stance.cli import app
from stance.split import split_html

BODY = (
    "<p>Islamic State and the Assad regime have been colluding with each other in deals on "
    "the battleground, Sky News reports in a long investigation published on Monday.</p>"
    "<p>The files also show the militant group trained foreign fighters for much longer than "
    "security services had suspected, according to the documents seen by the broadcaster.</p>"
    "<p>Defectors told the broadcaster that Palmyra was handed back as part of a series of "
    "agreements going back years, a claim the government denies.</p>"
)

WITH_COMMENTS = f"""<!DOCTYPE html><html><head><title>Secret files show collusion</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article class="post type-post" id="post-42"><h1>Secret files show collusion</h1>
<div class="entry-content">{BODY}</div></article>
<div id="comments"><h2>3 thoughts on this</h2><ol class="comment-list">
<li id="comment-1" class="comment depth-1"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author"><b class="fn">alice</b>
<span class="says">says:</span></div><time datetime="2016-05-03">May 3, 2016</time></footer>
<div class="comment-content"><p>This is fake. Sky has been wrong before.</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>
<ol class="children"><li id="comment-2" class="comment depth-2"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author"><b class="fn">bob</b></div></footer>
<div class="comment-content"><p>Which time? Give a source.</p><p>I doubt it.</p></div>
</article></li></ol></li>
<li id="comment-3" class="comment depth-1"><article class="comment-body">
<div class="comment-author"><b class="fn">carol</b></div>
<div class="comment-content"><p>Turkey shot down the jet, not ISIS.</p></div></article></li>
</ol></div><footer>Copyright 2016 Daily Blog</footer></body></html>"""

NO_COMMENTS = f"""<!DOCTYPE html><html><head><title>Secret files show collusion</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Secret files show collusion</h1>
{BODY}</article><footer>Copyright 2016 Daily Blog</footer></body></html>"""


def test_comment_section_gives_replies_with_authors_and_nesting() -> None:
    thread = split_html(WITH_COMMENTS, "page.html")
    assert thread.title == "Secret files show collusion"
    assert thread.article.paragraphs[0].startswith("Islamic State and the Assad regime")
    assert not any("fake" in p for p in thread.article.paragraphs)
    assert [r.author for r in thread.replies] == ["alice", "bob", "carol"]
    assert [r.parent for r in thread.replies] == [None, 1, None]
    assert thread.replies[0].text == "This is fake. Sky has been wrong before."
    assert thread.replies[1].text == "Which time? Give a source.\n\nI doubt it."
    assert all("Reply" not in r.text for r in thread.replies)
    assert any(b.kind == "timestamp" for b in thread.boilerplate)


def test_page_without_comments_has_article_and_no_replies() -> None:
    thread = split_html(NO_COMMENTS, "page.html")
    assert thread.title == "Secret files show collusion"
    assert len(thread.article.paragraphs) == 3
    assert thread.replies == []


def test_comments_without_markup_fall_back_to_text_rules() -> None:
    """No comment classes: the page text goes through the plain-text splitter."""
    html = NO_COMMENTS.replace(
        "</article>",
        "</article><h2>2 Comments</h2><div><p>This is fake.</p></div>"
        "<div><p>Source? I cannot find it.</p></div>",
    )
    thread = split_html(html, "page.html")
    assert [r.text for r in thread.replies] == ["This is fake.", "Source? I cannot find it."]


def test_cli_detects_html(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(WITH_COMMENTS, encoding="utf-8")
    result = CliRunner().invoke(app, ["split", str(page), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"author": "alice"' in result.stdout

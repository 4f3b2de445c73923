"""Allow `python -m stance`."""

from stance.cli import app

app()

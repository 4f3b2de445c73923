"""Allow `python -m stance`."""

from stance.cli import main

main()

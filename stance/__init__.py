"""stance: which claim does each reply in a discussion thread react to, and how."""

__version__ = "0.1.0"

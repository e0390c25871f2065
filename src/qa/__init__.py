"""rashomon: cited, conflict-aware question answering over sources that disagree."""

from qa.assistant import Assistant, validate_question
from qa.settings import Settings
from qa.types import Answer, Citation, Passage, SourceAnswer

__all__ = [
    "Answer",
    "Assistant",
    "Citation",
    "Passage",
    "Settings",
    "SourceAnswer",
    "validate_question",
]

"""Exit statuses and the errors that map onto them."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1
    INPUT_ERROR = 2


class DiscrepancyError(Exception):
    """An error with a one-line message for the user, naming the file and the problem."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class RulesError(DiscrepancyError):
    """A rules file that cannot be used."""

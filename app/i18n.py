"""Marks the messages that services show to users, so that the Qt translation tools collect them.

``_`` returns its text unchanged: the CLI prints the English, and the UI translates the same text
(Qt context "") into the user's language before it fills in the parameters.
"""


def _(text: str) -> str:
    return text

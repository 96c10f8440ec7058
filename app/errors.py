"""The errors a service raises for bad input, a missing permission or a database it cannot use.

Each carries one message for a person: an English template marked for translation and its parameters.
``str(error)`` is the English; the UI translates ``template`` and formats it with ``params``.
"""


class FrontOfficeError(Exception):
    def __init__(self, template: str, field: str | None = None, **params):
        self.template = template
        self.params = params
        self.field = field  # the form field the message is about, when there is one
        super().__init__(template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(FrontOfficeError):
    """The input is not acceptable; nothing was changed."""


class NotFound(FrontOfficeError):
    """What the user named does not exist."""


class AuthenticationError(FrontOfficeError):
    """A wrong password, an unknown user, a locked or disabled account."""


class PermissionDenied(FrontOfficeError):
    """The acting user's role does not allow the action."""


class DatabaseProblem(FrontOfficeError):
    """The database cannot be used: unreadable, locked, foreign, or newer than this app."""


class DocumentError(FrontOfficeError):
    """A document cannot be drawn: its font is missing or damaged, or the output cannot be written."""


class Reminder(FrontOfficeError):
    """Not raised but returned: something the user should act on (a drill overdue), shown as a warning."""

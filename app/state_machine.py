"""Documents as explicit state machines: the allowed transitions, and one message for any other move.

A service asks ``machine.next(current, action)`` inside its transaction before it changes anything; an
action the document's state does not allow (closing an order twice, starting a cancelled one) is refused
with a ``ValidationError`` naming the document, its state and the action.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from app.errors import ValidationError
from app.i18n import _


@dataclass(frozen=True)
class StateMachine:
    name: str  # what the document is, for the message: "order", "request"
    transitions: Mapping[tuple[str, str], str]  # (state, action) -> next state
    state_labels: Mapping[str, str]  # state -> translatable label
    action_labels: Mapping[str, str]  # action -> translatable label

    def allows(self, state: str, action: str) -> bool:
        return (str(state), str(action)) in self.transitions

    def actions(self, state: str) -> tuple[str, ...]:
        """What may be done from ``state``, in the order the transitions were written."""
        return tuple(action for (origin, action) in self.transitions if origin == str(state))

    def next(self, state: str, action: str, number: str = "") -> str:
        try:
            return self.transitions[(str(state), str(action))]
        except KeyError:
            raise ValidationError(_("{document} {number} is {state}; you cannot {action} it"), field="status",
                                  document=self.name, number=number, state=self.state_labels[str(state)],
                                  action=self.action_labels[str(action)]) from None

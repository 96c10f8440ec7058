"""How satisfied a customer says they are, 5 (very satisfied) to 1 (very dissatisfied): asked at a repair's
follow-up call and when a complaint is closed."""

from app.i18n import _

SATISFACTION_LABELS = {5: _("Very satisfied"), 4: _("Satisfied"), 3: _("Acceptable"), 2: _("Dissatisfied"),
                       1: _("Very dissatisfied")}
SATISFACTION_CHINESE = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}

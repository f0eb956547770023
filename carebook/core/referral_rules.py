"""What a referral must say to be kept, and the words of the task that follows it up."""

from __future__ import annotations

from datetime import date

from carebook.core.errors import ValidationError
from carebook.core.records import Referral
from carebook.core.validation import check_fields
from carebook.core.words import translate


def check_referral(referral: Referral, today: date) -> None:
    """A referral names whom it is to and what for, was not sent in the future, and is not
    followed up before it was sent; ValidationError naming the field."""
    if referral.contact_id is None:
        raise ValidationError(
            translate("ReferralRules", "Choose whom the patient is referred to."), "contact_id"
        )
    if not referral.reason.strip():
        raise ValidationError(
            translate(
                "ReferralRules", "Say what the referral is for (e.g. 'Meals at home on weekdays')."
            ),
            "reason",
        )
    check_fields(referral)
    if referral.sent_on > today:
        raise ValidationError(
            translate("ReferralRules", "A referral cannot be sent in the future."), "sent_on"
        )
    if referral.follow_up_on is not None and referral.follow_up_on < referral.sent_on:
        raise ValidationError(
            translate("ReferralRules", "The follow-up comes after the referral is sent."),
            "follow_up_on",
        )


def follow_up_title(to_whom: str, reason: str) -> str:
    """ "Follow up referral to Meals on Wheels for meals at home": the follow-up task's title,
    kept to a one-line field's length."""
    what = reason.strip()
    what = what[:1].lower() + what[1:] if what[:2] != what[:2].upper() else what
    title = f"Follow up referral to {to_whom.strip() or 'a contact'} for {what}"
    return title if len(title) <= 200 else title[:199] + "…"

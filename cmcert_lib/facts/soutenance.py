"""The oral defence (soutenance) of the blocs the referential evaluates before a jury.

The referential evaluates Blocs 1 and 3 by a written file *and* « une présentation orale
devant un jury ». It gives no durations; the certifying school sets them in its exam rules,
and this table is the one place they are written: the candidate's notebook plans its
slides against them, the jury page shows them, the report cites them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OralFormat:
    bloc: int
    presentation_minutes: int  # the candidate speaks, uninterrupted
    exchange_minutes: int  # questions from the jury of professionals
    # A presentation that ends within this margin of its budget is on time: juries stop a
    # candidate who overruns, and one who stops far too early has not used the time given.
    margin_minutes: int
    min_jurors: int  # members whose sheets must all be in before the oral counts

    @property
    def total_minutes(self) -> int:
        return self.presentation_minutes + self.exchange_minutes


# Bloc 1: « Présentation orale devant un jury, et remise de document écrit ».
# Bloc 3: « soutenance devant un jury de professionnels » with the recommendations file.
ORALS: dict[int, OralFormat] = {
    1: OralFormat(bloc=1, presentation_minutes=20, exchange_minutes=10, margin_minutes=2, min_jurors=2),
    3: OralFormat(bloc=3, presentation_minutes=20, exchange_minutes=15, margin_minutes=2, min_jurors=2),
}


def oral_format(bloc: int) -> OralFormat | None:
    """The oral of bloc ``bloc`` (1 to 5), or None when the referential evaluates it in writing only."""
    return ORALS.get(bloc)

"""A person's age, as news gives it after the name: "Thanou, 30, who won the women's 100m
silver medal in Sydney" against "Kenteris, 31, won gold in the 200m at the Sydney Olympics in
2000, where Thanou, 29, won silver in the 100m" (two BBC reports of one story, one point).
Two sources that give one person two ages disagree, as on any figure (align: measure "age").

Read in one form only, the apposition: a name, a comma, the age and a comma ("Mr Mubanga,
29,", "Santos Cardona, 32,", "Thanou, aged 30,"). One person is one surname whose first names,
where both sentences give one, are the same ("Serena Williams, 23," is not "Venus Williams,
24,"). English only."""

from __future__ import annotations

import re

__all__ = ["age_conflicts", "ages"]

_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)"
_AGE = re.compile(
    rf"(?<![\w'’-])({_TITLE}?(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]*[a-z][\w'’-]*),"
    r"\s+(?:aged\s+)?(\d{1,3}),"
)
# Capitalised words before an age that are no person's name.
_NOT_PEOPLE = frozenset(
    [
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December", "Monday", "Tuesday", "Wednesday"),
        *("Thursday", "Friday", "Saturday", "Sunday", "The", "In", "On", "At", "By", "Of"),
    ]
)
_OLDEST = 120


def ages(text: str) -> tuple[tuple[str, tuple[str, ...], int, str], ...]:
    """Each age a sentence gives: (surname, first names, age, as written: "Thanou, 30")."""
    found = []
    for match in _AGE.finditer(text):
        age = int(match.group(2))
        words = [w for w in re.sub(_TITLE, "", match.group(1)).split() if w not in _NOT_PEOPLE]
        if not words or not 0 < age <= _OLDEST:
            continue
        surname = words[-1]
        found.append((surname, tuple(words[:-1]), age, f"{match.group(1)}, {age}"))
    return tuple(found)


def age_conflicts(first: str, second: str) -> list[tuple[str, str, str]]:
    """("age", what the first says, what the second says) for each person both sentences
    give an age to and give different ages."""
    if "," not in first or "," not in second:
        return []
    out = []
    theirs = ages(second)
    for surname, given, age, said in ages(first):
        for other_surname, other_given, other_age, other_said in theirs:
            if surname != other_surname or age == other_age:
                continue
            if given and other_given and given[-1] != other_given[-1]:
                continue  # "Serena Williams, 23," and "Venus Williams, 24,"
            out.append(("age", said, other_said))
    return out

"""Given names common in international political news, by the gender they usually signal.

Used only to keep "she" from resolving to a man and "he" to a woman; a name in neither list
leaves the pronoun free to match, and the pronoun resolver then relies on syntax alone.
"""

from __future__ import annotations

FEMALE = frozenset(
    """
    abigail adriana agnes aileen alexandra alice alina alison amanda amy ana andrea angela
    angelina ann anna anne annalena antonia barbara betsy beverly brenda carly carmen carol
    caroline catherine cathy chelsea christina christine claire claudia condoleezza cynthia
    dana daniela debbie deborah diana dilma donna dorothy elena elisabeth elise eliza
    elizabeth ellen emily emma erin eva evelyn frederica gabriela geraldine gina giorgia
    gloria hanna hannah heather heidi helen hillary ilhan irene iris jacinda jane janet
    janice jean jeanne jen jenny jennifer jessica jill jo joan joanne jodi joni josephine
    judith judy julia julie justine kaja kamala karen karin kate katherine kathleen kathy
    katie kelly kellyanne kirsten kristi kristina kristen laura lauren leila liz lisa
    liudmyla loretta louise lucy lynn madeleine margaret margrethe maria marie marine marina
    marsha martha mary maxine megan melania melissa mette michelle mia mira monica nadia
    nancy natalia natalya nicola nikki nina olena olga pamela patricia patty paula penny
    rachel rebecca rosa ruth sally samantha sandra sarah sheila shirley sonia sophie
    stephanie susan susana suzanne svetlana tamara tatiana teresa theresa tulsi ursula
    valentina valerie vanessa veronica victoria virginia wendy yulia yuliia zuzana
    """.split()
)

MALE = frozenset(
    """
    abdel abdul abdullah adam ahmad ahmed ali alexander alexei alexey andrew andrei anthony
    antony anton ashton barack ben benjamin benny bernie bill bob boris brian carlos charles
    chris christopher chuck dan daniel david dick dmitry dmytro donald edward emmanuel eric
    francis frank gary george gerhard hassan hugo ibrahim igor ivan jack jacob james jared
    jean-luc jeb jeff jim joe john jonathan jose joseph josh juan justin kevin kim kirill
    lindsey lloyd luiz marco mark matteo matthew michael mike mikhail mitch mitt mohammad
    mohammed muhammad narendra newt nicolas nikolai olaf oleg pat patrick paul pedro pete
    peter petro rami ramzan recep reince rex richard rick robert rudy rishi ron sam scott
    sergei sergey sebastian stephen steve ted thomas tim tom valery viktor vladimir
    volodymyr wang william xi yevgeny yoweri yuri
    """.split()
)


def gender_of(name: str) -> str | None:
    """'f', 'm' or None from the first word of a person's name."""
    first = name.split()[0].casefold() if name.split() else ""
    if first in FEMALE:
        return "f"
    if first in MALE:
        return "m"
    return None

"""Given names common in international political news, by the gender they usually signal.

Used only to keep "she" from resolving to a man and "he" to a woman; a name in neither list
leaves the pronoun free to match, and the pronoun resolver then relies on syntax alone.
"""

from __future__ import annotations

FEMALE = frozenset(
    """
    abigail adriana agnes agnieszka aileen aisha alexandra alice alina alison amal amanda
    amina amira amy ana anastasia andrea angela angelina ann anna annalena anne annegret
    antonia asma barbara beata betsy beverly birgit brenda carly carmen carol caroline
    catherine cathy chelsea christina christine claire claudia condoleezza cynthia dalia
    dana daniela daria debbie deborah diana dilma dina donna dorota dorothy ekaterina elena
    elif elisabeth elise eliza elizabeth ellen emily emma erin eva evelyn farah fatima fatma
    frauke frederica gabriela geraldine ghada gina giorgia gloria hala hanan hanna hannah
    heather heidi helen hiba hillary huda ilhan ilona ines ingrid irene iris iryna jacinda
    jane janet janice jasmine jean jeanne jen jennifer jenny jessica jill jo joan joanne
    jodi joni josephine judith judy julia julie justine kaja kamala karen karin katarina
    kate kateryna katherine kathleen kathy katie kelly kellyanne kirsten kristen kristi
    kristin kristina ksenia larisa laura lauren layla leila lina lisa liudmyla liz loretta
    louise lubna lucy lynn lyudmila madeleine magdalena manal margaret margrethe maria
    mariam marianne marie marina marine marsha marta martha mary maryam maxine megan melania
    melissa mette mia michelle mira mona monica nabila nada nadezhda nadia nancy natalia
    natalya natasha nicola nikki nina noor noura oksana olena olga olha pamela patricia
    patty paula penny petra rachel rania rebecca reem renate rima rola rosa ruth sahra sally
    salma samantha samira sandra sanna sara sarah sawsan sheila shireen shirley sigrid sonia
    sophie soraya stephanie suha susan susana suzanne svenja svetlana tahani tamara tanya
    tatiana teresa tetiana theresa tulsi ulrike ursula valentina valerie vanessa veronica
    victoria viktoria virginia wendy yasmin yasmine yelena yevgenia yulia yuliia zainab
    zeynep zoya zuzana
    """.split()
)

MALE = frozenset(
    """
    abbas abdel abdul abdulaziz abdullah adam ahmad ahmed akram alberto alexander alexei
    alexey ali amir amit andrei andres andrew andriy anthony anton antony anwar ashraf
    ashton asif ayman barack bashar bassam ben benjamin benny bernie bill bob boris brian
    carlos charles chris christopher chuck cyril dan daniel david denys dick dmitri dmitriy
    dmitry dmytro donald edward emmanuel eric fadi faisal farid ferdinand fouad francis
    francois frank friedrich fumio gary george gerhard grigory gustavo hakan hamad hamid
    hani hans hassan heiko hossam hugo hussein ibrahim igor imran ismail issa ivan jack
    jacob jamal james jared javier jean-luc jeb jeff jihad jim joe john joko jonathan jose
    joseph josh juan jurgen justin karim karl keir kevin khaled khalid kim kirill klaus lars
    lindsey lloyd luiz mahmoud majid marco mark markus marwan matteo matthew mauricio maxim
    mevlut michael mike mikhail mitch mitt mohamed mohammad mohammed mousa muhammad musa
    mustafa mykhailo nabil naftali narendra nasser nawaz newt nicolas nikita nikolai olaf
    oleg oleksandr oleksiy omar osama pat patrick paul pavel pedro pete peter petro prabowo
    qasim rafik rahul rami ramzan recep reince rex richard rick rishi riyad robert rodrigo
    roman ron rudy ruslan saeed salah salman sam sameh sami scott sebastian sergei sergey
    serhiy shehbaz shigeru shinzo silvio stefan stephen steve tariq tayyip ted thomas tim
    tom valery viktor vitali vitaliy vladimir vladislav volodymyr vyacheslav walid wang
    william wolfgang xi yasser yevgeny yitzhak yoav yoshihide youssef yoweri yuri yuriy zaid
    ziad
    """.split()
)


HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "sir": "m"}
"""Honorifics before a surname and the sex they tell ("Mr. Schultz", "Ms Bhutto")."""
GENDERED_TITLES = {
    **HONORIFICS,
    "lady": "f",
    "queen": "f",
    "king": "m",
    "princess": "f",
    "prince": "m",
}
"""Honorifics and titles that tell a person's sex ("Ms Bhutto", "Queen Elizabeth")."""


def gender_of(name: str) -> str | None:
    """'f', 'm' or None from the first word of a person's name."""
    first = name.split()[0].casefold() if name.split() else ""
    if first in FEMALE:
        return "f"
    if first in MALE:
        return "m"
    return None

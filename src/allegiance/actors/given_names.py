"""Given names common in international political news, by the gender they usually signal.

Used only to keep "she" from resolving to a man and "he" to a woman; a name in neither list
leaves the pronoun free to match, and the pronoun resolver then relies on syntax alone.
"""

from __future__ import annotations

import unicodedata

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
    alejandra amelie aminata anastasiya aurore ayse beate beatriz benazir brigitte busra
    camila carla catalina cecilia celine cristiana cristina dagmar delphine dolores emine
    esperanza ewa fatemeh fatou federica fernanda francesca franziska gesine giulia graciela
    guadalupe heike helene ilaria isabel isabelle jayalalithaa juana jutta katarzyna kerstin
    leticia leyla lorena lucia luciana luisa malgorzata mamata manuela margarita maribel
    marion martine masoumeh megawati meral murielle nasrin nathalie ngozi nilufar nirmala
    nurcan paola pilar priscilla priyanka raquel roberta rocio sabine saskia segolene shirin
    silke silvia smriti stefania sushma sylvie urszula valeria violeta winnie ximena
    yingluck yolanda yuliya zahra
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
    abiy adan agustin ahmet alain alassane alejandro aleksandar alessandro alfonso alija
    alvaro amr andre andrzej angelino antonio armando armin arturo atal atiku augusto
    avigdor bakir bernard bezalel binali bohdan borys bronislaw bulent cesar christophe
    chuka clemente corneille cristobal detlef devlet didier diego dietrich donatien dragan
    edouard eduardo ehud ekrem emilio emmerson enrico enrique ernesto esteban etienne evo
    fabien felipe felix fernando francisco franjo frank-walter gavin gerard gerardo gideon
    giorgio giuseppe gonzalo goodluck goran gregor guido guillermo hashim hector heinz
    helmut henri herbert herve horacio horst hosni ignacio isaias itamar ivica jacques jaime
    jaroslaw jean-claude jean-marc jean-marie jean-pierre jean-yves jeremy joachim joaquin
    jorge junichiro katsuya kemal kostiantyn laurent lech leonardo leonid liam lionel luigi
    luis macky mahathir manmohan manuel marcelo mario martin massimo mateo mateusz matthias
    mehmet meles mengistu michel miguel milorad moise momcilo moshe muhammadu muhyiddin
    najib naoto nestor nigel norbert nouri octavio olivier olusegun oscar pablo paolo pascal
    pervez philippe pierre prayut radoslaw radovan rafael raila rainer rajiv ramon raphael
    ratko raul reinhard ricardo roberto rodolfo rolf romano saad sadakazu seiji sergio
    shimon slobodan suleyman susilo tabare tadeusz tamim taras taro thabo thaksin thierry
    thorsten tomislav tony toshihiro ugo uhuru ulises ulrich vasyl vicente vince vojislav
    volker werner yahya yair yevhen yoon yoshihiko yukio yves zoran
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


def _bare(word: str) -> str:
    """Lower case without accents ("Félix" -> "felix")."""
    if word.isascii():
        return word.casefold()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def is_given_name(word: str) -> bool:
    """Is the word a given name of either list ("Félix", "Camila")?"""
    bare = _bare(word)
    return bare in FEMALE or bare in MALE


def gender_of(name: str) -> str | None:
    """'f', 'm' or None from the first word of a person's name."""
    first = _bare(name.split()[0]) if name.split() else ""
    if first in FEMALE:
        return "f"
    if first in MALE:
        return "m"
    return None


NICKNAMES = {
    "al": "albert", "alex": "alexander", "andy": "andrew", "ben": "benjamin", "bill": "william",
    "billy": "william", "bob": "robert", "bobby": "robert", "charlie": "charles",
    "chris": "christopher", "chuck": "charles", "dan": "daniel", "dave": "david",
    "dick": "richard", "don": "donald", "ed": "edward", "fred": "frederick", "greg": "gregory",
    "jack": "john", "jeff": "jeffrey", "jerry": "gerald", "jim": "james", "jimmy": "james",
    "joe": "joseph", "jon": "jonathan", "ken": "kenneth", "larry": "lawrence", "matt": "matthew",
    "mike": "michael", "mitch": "mitchell", "newt": "newton", "nick": "nicholas",
    "pat": "patrick", "pete": "peter", "rick": "richard", "rob": "robert", "ron": "ronald",
    "sam": "samuel", "steve": "stephen", "ted": "edward", "tim": "timothy", "tom": "thomas",
    "tommy": "thomas", "tony": "anthony", "vince": "vincent", "will": "william",
    "beth": "elizabeth", "kate": "katherine", "kathy": "kathleen", "liz": "elizabeth",
    "sue": "susan",
}  # fmt: skip
"""Short forms of English given names: "Jim Jeffords" is "James M. Jeffords"."""


def same_given_name(a: str, b: str) -> bool:
    """One given name, or a short form of it ("jim" and "james"; lower case)."""
    return a == b or NICKNAMES.get(a, a) == NICKNAMES.get(b, b)

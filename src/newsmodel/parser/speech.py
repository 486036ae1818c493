"""Word lists for attribution: speech verbs, titles, pronouns and kinds of speaker."""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "ADVERBS",
    "ATTRIBUTING_PREPOSITIONS",
    "AUXILIARIES",
    "DETERMINERS",
    "MEDIA_HEADS",
    "MEDIA_WORDS",
    "NAMING",
    "ORG_WORDS",
    "PARTICLES",
    "PRONOUNS",
    "SPEECH_NOUNS",
    "SPEECH_PHRASES",
    "SPEECH_WORDS",
    "TITLES",
    "WEAK_VERBS",
    "word_set",
]


def word_set(words: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(words.split())


#: Every one-word speech verb form, lower case (English, German, French, Spanish, Czech,
#: Polish, Portuguese, Italian, Dutch, Russian, Indonesian, Turkish); German "so" is handled
#: apart (", so X.").
SPEECH_WORDS = word_set(
    "acknowledge acknowledged acknowledges acknowledging acrescentou add added adding adds "
    "admit admits admitted admitting affirme affirmé afirmou afirmó agree agreed agreeing "
    "agrees agregó ajoute ajouté aldus announce announced announces announcing answered "
    "answering answers appealed appealing appeals argue argued argues arguing aseguró ask "
    "asked asking asks asserted asserting asserts añadió berichtet berichtete betont betonte "
    "blasted blasting blasts boasted boasting boasts called calling calls cautioned "
    "cautioning cautions claim claimed claiming claims commented commenting comments complain "
    "complained complaining complains concede conceded concedes conceding conclude concluded "
    "concludes concluding confirmed confirming confirms contend contended contends continued "
    "continues continuing countered countering counters declared declares declaring declarou "
    "declaró demanded demanding demands denied denies deny denying described describes "
    "describing detto dichiarato dijo disclosed discloses disclosing disse dubbed dubbing "
    "dubs déclare déclaré emphasised emphasises emphasising emphasized emphasizes emphasizing "
    "ergänzt ergänzte erklärt erklärte erklärten erzählt erzählte escreveu escribió estime "
    "exclaimed exclaiming exclaims explain explained explaining explains explicou explicó "
    "explique expliqué fordert forderte fügte heißt hieß highlighted highlighting highlights "
    "indicated indicates indicating indicó insist insisted insisting insists joked jokes "
    "joking kritisiert kritisierte labeled labeling labelled labelling labels lamented "
    "lamenting laments maintained maintaining maintains meint meinte mentioned mentioning "
    "mentions mouthed mouthing mouths mused muses musing nannte nennt noted notes noting "
    "observed observes observing pleaded pleading pleads pledged pledges pledging posted "
    "posting predict predicted predicting predicts proclaimed proclaiming proclaims promised "
    "promises promising quipped quipping quips recall recalled recalling recalls recommended "
    "recommending recommends recounted recounting recounts remarked remarking remarks replied "
    "replies reply replying reported reporting reports respond responded responding responds "
    "retorted retorting retorts revealed revealing reveals sagen sagt sagte sagten said say "
    "saying says schreef schreibt schrieb señaló shared shares sharing shouted shouting "
    "shouts snapped snaps souligne speaking spiegato spoke stated states stating stressed "
    "stresses stressing suggest suggested suggesting suggests teilte tell telling tells "
    "termed terming terms testified testifies testify testifying told tweeted tweeting tweets "
    "urge urged urges urging vowed vowing vows warn warned warning warns warnt warnte "
    "whispered whispering whispers wondered wondering wonders write writes writing written "
    "wrote zegt zei "
    # Spanish: present, simple past and the participle after "ha"
    "advierte advirtió advertido afirma afirmado añade añadido apunta apuntó apuntado "
    "asegura asegurado comenta comentó comentado critica criticó declara declarado destaca "
    "destacó destacado dice dicho explica explicado insiste insistió lamenta lamentó "
    "manifestó manifestado recuerda recordó recordado reconoce reconoció reconocido "
    "responde respondió señala señalado sostiene sostuvo subraya subrayó subrayado "
    # French: present and the participle after "a"
    "affirmé ajoute assure assuré avertit confie confié déclaré estimé explique indique "
    "indiqué insiste martèle poursuit précise précisé prévient raconte rappelle rappelé "
    "reconnaît reconnu regrette résume souligné "
    # Portuguese
    "afirma avaliou comentou destacou diz explica garantiu ressaltou ressalta "
    # Italian
    "afferma affermato aggiunge aggiunto commenta commentato dice sottolinea sottolineato "
    "spiega "
    # German
    "bekräftigte betont mahnte unterstrich versicherte antwortet antwortete beklagt beklagte "
    "bilanziert bilanzierte formuliert formulierte fragt fragte "
    "kommentiert kommentierte resümiert resümierte schildert schilderte äußert äußerte "
    "ausdrückte "
    # English, more
    "alleged alleges clarified criticised criticized elaborated intimated opined reasoned "
    "reiterated reiterates sighed underscored "
    # French and Spanish, more: the imperfect, and simple pasts of the press
    "affirmait déclarait disait expliquait précisait prévenait racontait détaille développe "
    "déplore conclut répond "
    "aclaró admitió complementó concluyó contó detalló enfatizó expresó precisó puntualizó "
    "reiteró relató "
    # Czech and Polish: says, said (he / she), adds, added, writes, wrote, stresses, claims
    "říká řekl řekla dodává dodal dodala uvedl uvedla píše napsal napsala zdůrazňuje tvrdí "
    "mówi powiedział powiedziała dodaje dodał dodała stwierdził stwierdziła podkreślił "
    "podkreśliła napisał napisała "
    # Dutch
    "benadrukt benadrukte meldde meldt stelde stelt vertelde vertelt "
    # Russian
    "сказал сказала сказали заявил заявила заявили отметил отметила подчеркнул подчеркнула "
    "сообщил сообщила добавил добавила пояснил пояснила рассказал рассказала говорит "
    # Indonesian, Turkish
    "kata katanya ujar ujarnya ungkap ungkapnya tutur tuturnya jelasnya dedi söyledi "
    "berkata mengatakan menyatakan menjelaskan "
    "açıkladı belirtti "
)

#: Auxiliaries before a speech verb's participle: "has said", "ha declarado", "a déclaré".
AUXILIARIES = word_set(
    "has have had a ha han hat hatte ont avait avaient había habían tem têm hanno heeft hebben"
)

#: Nouns for words someone said or wrote, attributing with "from", "by" or "of".
SPEECH_NOUNS = word_set(
    "statement statements remarks comments words speech letter message directive directives "
    "instructions order orders tweet post interview testimony warning warnings pledge promise "
    "announcement address op-ed essay column email memo note "
    "comunicado declaración declaraciones carta mensaje communiqué déclaration lettre "
    "mitteilung erklärung stellungnahme"
)

#: Verbs that attribute a quotation only when they stand right by it: "…,” he continued.
WEAK_VERBS = word_set(
    "agree agreed agreeing agrees appealed appealing appeals argue argued argues arguing "
    "called calling calls confirmed confirming confirms continued continues continuing "
    "demanded demanding demands denied denies denying described describes describing "
    "disclosed discloses disclosing emphasised emphasises emphasising emphasized emphasizes "
    "emphasizing highlighted highlighting highlights indicated indicates indicating "
    "maintained maintaining maintains mentioned mentioning mentions predicted predicting "
    "predicts promised promises promising recall recalled recalling recalls recommended "
    "recommending recommends revealed revealing reveals shared shares sharing speaking spoke "
    "stressed stresses stressing suggest suggested suggesting suggests urge urged urges "
    "urging wondered wondering wonders "
)

#: Speech verbs of two words: "pointed out", "according to", "went on".
SPEECH_PHRASES = frozenset(
    tuple(phrase.split())
    for phrase in (
        "according to",
        "go on",
        "goes on",
        "went on",
        "point out",
        "points out",
        "pointed out",
        "pointing out",
    )
)

#: Prepositions that attribute: "laut X", "selon X" ("according to" is a phrase).
ATTRIBUTING_PREPOSITIONS = word_set("laut secondo segundo según selon volgens ")

#: Words that introduce a name or term rather than speech: "the headline", "dubbed a".
NAMING = word_set(
    "album banner book called campaign caption dubbed film hashtag headline headlined known "
    "label motto name named nicknamed operation phrase policy program programme queries query "
    "read reading search searched searches series show sign signs slogan so-called song "
    "tagline term theme title titled word words "
)

#: Titles and roles that stand before a name: "Dr", "Interior Minister", "spokesperson".
TITLES = word_set(
    "ministerin präsident präsidentin bürgermeister bürgermeisterin kanzler kanzlerin "
    "sprecherin abgeordnete ministre président présidente maire porte-parole ministro "
    "ministra presidente alcalde alcaldesa concejal concejala gobernador gobernadora portavoz "
    "vorsitzende vorsitzender chef chefin direktor direktorin leiter leiterin trainer trainerin "
    "senatorin senator richter richterin professorin doktor directeur directrice "
    "député députée sénateur sénatrice juge maire-adjoint diputado diputada senadora "
    "director directora juez jueza prefeito prefeita deputado deputada governador "
    "sindaco ministro presidente burgemeester minister-president woordvoerder "
    "министр президент губернатор мэр премьер-министр bakan başkan cumhurbaşkanı vali "
    "adviser advisor ambassador analyst assemblyman assemblywoman attorney author bishop "
    "brother capt captain cardinal ceo cfo cio cto coo chair chairman chairwoman chancellor chief coach "
    "col colonel commissioner constable correspondent councillor councilman councilwoman dame "
    "deputy detective director dott dr economist editor executive father founder frau gen "
    "general gov governor head herr hon honorable honourable imam ing inspector judge justice "
    "king lady lawyer leader lieutenant lord lt madame manager mayor mep minister miss "
    "mlle mme monsieur mp mr mrs ms mx officer pastor pope premier president prince princess prof "
    "professor prosecutor queen rabbi rep reporter representative researcher rev reverend "
    "scientist secretary sen senator sergeant señor señora sgt sheikh sheriff sir sister "
    "speaker spokesman spokesperson spokeswoman superintendent supt vice "
)

#: Platforms a person writes on, which stand before their name: "píše na Twitter Gary
#: Lineker" (Gary Lineker), "wrote on Instagram Ana Ruiz".
PLATFORMS = word_set(
    "twitter facebook instagram youtube tiktok linkedin telegram snapchat threads bluesky "
    "mastodon weibo wechat reddit substack "
)

#: Personal pronouns and what they stand for: he, she, they (plural or a body) or it.
PRONOUNS = {
    "he": "he",
    "she": "she",
    "they": "they",
    "it": "it",
    "we": "they",
    "i": "i",
    "er": "he",
    "sie": "they",
    "es": "it",
    "il": "he",
    "elle": "she",
    "ils": "they",
    "elles": "they",
    "él": "he",
    "ella": "she",
    "ellos": "they",
    "ele": "he",
    "ela": "she",
    "lui": "he",
    "lei": "she",
    "hij": "he",
    "zij": "she",
}

#: Words that open a description: "the spokesperson", "a source", "der Sprecher".
DETERMINERS = word_set(
    "a all an another both das der die een ein eine einer el five four her het his its "
    "la las le les los many most o one os our several some that the their these this those "
    "three two un una une uno "
)

#: Words skipped between a speaker and the verb: "X also said", "X has repeatedly said".
ADVERBS = word_set(
    "again already also and angrily are as be been being bluntly both but can could did do "
    "does earlier even first flatly frequently further had has have heard herself himself "
    "however is itself just last later may might must myself never not now often once only "
    "openly previously privately publicly quietly quoted recently repeatedly reportedly seen "
    "separately sharply should simply since so still subsequently themselves then too was "
    "were while widely will would "
)

#: Lower-case words inside names: "Joost van Hoof", "Luiz da Silva".
PARTICLES = word_set(
    "al bin da das de del della den der di do dos du el ibn la le st ten ter van von y "
)

#: Words that mark an organisation (or a place) rather than a person.
ORG_WORDS = word_set(
    "county city state district province region republic kingdom island islands valley "
    "ministry department police municipality clinic laboratory museum library airport "
    "agency agency's alliance army association authority bank board broadcasting center "
    "centre church club coalition college com commission committee company congress corp "
    "corporation council court daily department embassy federation force forces foundation "
    "fund gazette government group herald hospital house inc institute intel journal llc ltd "
    "magazine media ministries ministry navy network news office org organisation "
    "organization parliament party police post press radio review school senate service "
    "services society telegraph television times tribune trust tv union university website "
)

#: Words that mark a news outlet: "Kyodo News", "The Times".
MEDIA_WORDS = word_set(
    "afp agency ap bbc broadcasting bulletin chronicle cnn courier daily examiner express "
    "gazette globe guardian herald independent inquirer journal kyodo magazine mail mirror "
    "network news npr observer post press radio reuters review sinmun spokesman-review "
    "standard star sun tass telegraph television times tribune tv wire xinhua yonhap "
)

#: Descriptions that stand for a news outlet: "the outlet", "the newspaper".
MEDIA_HEADS = word_set(
    "broadcaster channel daily magazine network newspaper outlet paper publication report "
    "site station tabloid website wire "
)

#: Nouns of a person's trade or part in a story that a text uses for someone it named
#: before: "the singer", "el comunicador", "die Moderatorin", "le chanteur".
PERSON_HEADS = word_set(
    "singer guitarist drummer musician rapper actor actress artist comedian host presenter "
    "anchor journalist columnist writer novelist poet filmmaker producer designer player "
    "striker goalkeeper midfielder defender athlete star veteran expert activist politician "
    "lawmaker legislator candidate businessman businesswoman entrepreneur physician doctor "
    "cantante actriz artista comunicador comunicadora periodista panelista conductor "
    "conductora animador animadora jugador jugadora futbolista delantero arquero portero "
    "entrenador técnico estratega experto experta especialista médico médica doctora "
    "abogado abogada empresario empresaria político política candidato candidata activista "
    "sänger sängerin schauspieler schauspielerin moderator moderatorin journalist "
    "journalistin autorin spieler spielerin stürmer torwart experte expertin arzt ärztin "
    "anwalt anwältin unternehmer unternehmerin politiker politikerin aktivist aktivistin "
    "künstler künstlerin musiker musikerin chanteur chanteuse acteur actrice journaliste "
    "animateur animatrice joueur joueuse entraîneur experte médecin avocat avocate artiste "
    "musicien musicienne militant militante chercheur chercheuse auteure"
)

#: Abbreviations whose period does not end a sentence.
ABBREVIATIONS = word_set(
    "a.m al approx apr aug capt cf co col corp d.c dec dept dr e.g e.u ed eds etc feb fig ft "
    "gen gov hon i.e inc jan jr jul jun lt ltd maj mar mr mrs ms mt no nov oct op p.m prof "
    "rep rev sen sep sept sgt sr st supt u.k u.n u.s univ vol vs "
)

#: Given names that name a woman in the languages the parser reads (names used for men and
#: women alike, "Andrea", "Jean", "Kim", "Alex", are in neither list): a hint of gender.
FEMALE_NAMES = word_set(
    "abigail ada adele adriana agata agnes agnieszka aisha alejandra alexandra alice alicia "
    "alina alison allison alma amanda amelia amy ana anastasia angela angelika angelina anika "
    "anita anja anke ann anna annalena anne annette annika antje antonia ariana astrid audrey "
    "barbara beata beatrice beatriz beatrix bettina betty beverly bianca birgit brenda bridget "
    "brigitte britta brittany camila carina carla carmen carol carolina caroline catherine "
    "cathy cecilia celine charlotte chloe christa christiane christina christine cindy claire "
    "clara claudia colette constance cornelia cristina cynthia dagmar daniela danielle daphne "
    "deborah debra denise diana diane dolores donna doris dorothea dorothy edith elena eleanor "
    "elisa elisabeth elizabeth elke ella ellen eloise elsa emilia emily emma erika esther eva "
    "evelyn fatima fiona florence francesca franziska frida gabriela gabriella gabrielle "
    "gertrud gisela giulia gloria grace greta gudrun hana hanna hannah hannelore harriet "
    "hedwig heidi heike helen helena helene helga henrietta hillary hilary ida ilse ines "
    "ingrid irena irene iris isabel isabella isabelle ivana jacqueline jana jane janet janina "
    "jasmin jennifer jenny jessica jill joan joanna johanna josefina josephine joyce judith "
    "judy julia juliana julie justyna karen karin karina karolina katarzyna kate katharina "
    "katherine kathleen kathrin kathryn katja katrin katrina kerstin kristi kristin kristina "
    "laura lauren lea lena leonie liliana lily linda lisa lise lorena loreto lotte louise "
    "lucia lucie lucy luisa lydia magdalena maja małgorzata manuela marcela margaret "
    "margarete margarita margit margot maria mariana marianne marie marina marion marisa "
    "marta martha martina mary maryam megan meghan melanie melissa mercedes michaela michelle "
    "mila mira miriam monica monika nadia nadine nancy naomi natalia natalie natascha nathalie "
    "nicole nina nora olga olivia pamela patricia paula paulina pauline petra pia pilar "
    "priscilla rachel raquel rebecca regina renate renée rita roberta rosa rosemary ruth "
    "sabine sabrina sally samantha sandra sara sarah sharon sheila silke silvia simona sofia "
    "sonia sonja sophia sophie stacey stacy stefanie stephanie susan susanne suzanne svenja "
    "sylvia tamara tanja tatiana teresa theresa tina ulrike ursula valentina valeria "
    "vanessa verena veronica veronika victoria viktoria virginia vivian wanda wendy yvonne "
    "zofia zoe zuzana"
)

#: Given names that name a man: a hint of gender (see :data:`FEMALE_NAMES`).
MALE_NAMES = word_set(
    "aaron abdul abraham adam adrian ahmed alain alan albert alberto aleksander alessandro "
    "alexander alexandre alfred alfredo ali alois anders andreas andrew andré andrés andrzej "
    "angelo anthony anton antonio armin arnold arthur axel benjamin bernard bernd bernhard "
    "bill billy bob boris brad brandon brian bruce bruno carl carlos charles christian "
    "christoph christopher claus clemens colin craig cristiano dan daniel darius dave david "
    "declan dennis detlef diego dieter dietmar dirk dominic donald douglas duncan edgar "
    "eduardo edward emil emile emmanuel enrique eric erich erik ernst esteban eugen eugene "
    "fabian felipe felix fernando florian francesco francis francisco frank franz fred "
    "frederick friedrich fritz gabriel gary georg george gerald gerard gerhard giovanni "
    "giuseppe gordon greg gregor gregory guido guillermo günter günther gustav hans harald "
    "harold harry heinrich heinz helmut henri henrik henry herbert hermann horst howard "
    "hubert hugh hugo ian igor ivan jack jacob jacques jakob james jan jason javier jeff "
    "jeffrey jens jeremy jerome jim jiří joachim joe joel johann johannes john jonas jonathan "
    "jorge josef joseph josé juan julian julien jürgen karl karol keith ken kenneth kevin "
    "klaus konrad krzysztof kurt lars larry laurent leon leonard leonardo leopold liam lorenzo "
    "louis luca lucas ludwig luis lukas luke maciej manfred manuel marc marcel marco marcus "
    "mario mark markus martin marek mateusz matteo matthew matthias max maximilian michael "
    "michał miguel mike milan miroslav mohamed mohammed moritz nathan neil nicholas nick "
    "nicolas niklas nikolai noah norbert norman olaf oliver omar oscar oskar otto pablo "
    "patrick paul pavel pedro peter petr philip philipp philippe pierre piotr rafael rainer "
    "ralf ralph ramón raúl raymond reinhard reinhold richard rick robert roberto roger roland "
    "rolf roman ron ronald rudolf rudolph russell ryan salvador samuel santiago scott "
    "sebastian sergei sergey sergio seth shaun simon stefan stephen steve steven stuart sven "
    "thomas thorsten tim timothy tobias todd tom tomasz tomáš tony torsten uwe victor viktor "
    "vincent vladimir walter warren wayne werner wilhelm william willy wojciech wolfgang "
    "xavier yves zbigniew jay jerry jimmy johnny joshua justin kyle lance leo marvin mitch "
    "nigel oleg pete phil rob rodney sean stanley ted travis troy vince wade zach elon jeb "
    "mitt barack vladimir xi"
)

#: Given names of either list.
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES

#: Titles and honorifics that name a woman, or a man, before a name: a hint of gender.
FEMALE_TITLES = word_set(
    "actress alcaldesa assemblywoman bürgermeisterin chairwoman chefin congresswoman "
    "councilwoman dame diputada direktorin directora directrice duchess députée frau jueza "
    "kanzlerin lady leiterin madame miss mme mrs ms ministerin ministra präsidentin "
    "prefeita princess professorin queen richterin senadora senatorin señora "
    "sister sprecherin spokeswoman sénatrice sra"
)
MALE_TITLES = word_set(
    "assemblyman brother congressman councilman diputado duke father herr king lord mister "
    "monsieur mr prince señor sir spokesman sr"
)

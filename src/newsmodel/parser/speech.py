"""Word lists for attribution: speech verbs, titles, pronouns and kinds of speaker."""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "ADVERBS",
    "ATTRIBUTING_PREPOSITIONS",
    "DETERMINERS",
    "MEDIA_HEADS",
    "MEDIA_WORDS",
    "NAMING",
    "ORG_WORDS",
    "PARTICLES",
    "PRONOUNS",
    "SPEECH_PHRASES",
    "SPEECH_WORDS",
    "TITLES",
]

#: Every one-word speech verb form, lower case (English, German, French, Spanish,
#: Portuguese, Italian, Dutch); German "so" is handled apart (", so X.").
SPEECH_WORDS = frozenset(
    (
    "acknowledge acknowledged acknowledges acknowledging acrescentou add added adding "
    "adds admit admits admitted admitting affirme affirmé afirmou afirmó agree agreed "
    "agreeing agrees agregó ajoute ajouté aldus announce announced announces announcing "
    "answered answering answers appealed appealing appeals argue argued argues arguing "
    "aseguró ask asked asking asks asserted asserting asserts añadió berichtet berichtete "
    "betont betonte blasted blasting blasts boasted boasting boasts called calling calls "
    "cautioned cautioning cautions claim claimed claiming claims commented commenting "
    "comments complain complained complaining complains concede conceded concedes "
    "conceding conclude concluded concludes concluding confirmed confirming confirms "
    "contend contended contends continued continues continuing countered countering "
    "counters declared declares declaring declarou declaró demanded demanding demands "
    "denied denies deny denying described describes describing detto dichiarato dijo "
    "disclosed discloses disclosing disse dubbed dubbing dubs déclare déclaré emphasised "
    "emphasises emphasising emphasized emphasizes emphasizing ergänzt ergänzte erklärt "
    "erklärte erklärten erzählt erzählte escreveu escribió "
    "estime exclaimed exclaiming exclaims explain explained explaining explains explicou "
    "explicó explique expliqué fordert forderte fügte heißt hieß highlighted highlighting "
    "highlights indicated indicates indicating indicó insist insisted insisting insists "
    "joked jokes joking kritisiert kritisierte labeled labeling labelled labelling labels "
    "lamented lamenting laments maintained maintaining maintains meint meinte mentioned "
    "mentioning mentions mouthed mouthing mouths mused muses musing nannte nennt noted "
    "notes noting observed observes observing pleaded pleading pleads pledged pledges "
    "pledging posted posting predict predicted predicting "
    "predicts proclaimed proclaiming proclaims promised promises promising quipped "
    "quipping quips recall recalled recalling recalls recommended recommending "
    "recommends recounted recounting recounts remarked remarking remarks replied replies "
    "reply replying reported reporting reports respond responded responding responds "
    "retorted retorting retorts revealed revealing reveals sagen sagt sagte sagten said "
    "say saying says schreef schreibt schrieb señaló shared shares sharing shouted "
    "shouting shouts snapped snaps souligne speaking spiegato spoke stated states stating "
    "stressed stresses stressing suggest suggested suggesting suggests teilte tell "
    "telling tells termed terming terms testified testifies testify testifying told "
    "tweeted tweeting tweets urge urged urges urging vowed vowing vows warn warned "
    "warning warns warnt warnte whispered whispering whispers wondered wondering wonders "
    "write writes writing written wrote zegt zei "
    ).split()
)
#: Speech verbs of two words: "pointed out", "according to", "went on".
SPEECH_PHRASES = {
    ("according", "to"), ("point", "out"), ("points", "out"), ("pointed", "out"),
    ("pointing", "out"), ("went", "on"), ("goes", "on"), ("go", "on"),
}
#: Prepositions that attribute: "according to X", "laut X", "selon X".
ATTRIBUTING_PREPOSITIONS = frozenset("laut selon según segundo secondo volgens".split())


#: Words that introduce a name or term rather than speech: "the headline", "dubbed a".
NAMING = frozenset(
    "headline headlined title titled theme slogan motto phrase term word words hashtag "
    "banner label name named nicknamed so-called dubbed known caption tagline campaign "
    "searched search searches query queries motto sign signs reading read called "
    "book film song album show series operation programme program policy".split()
)

TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor gov governor sen senator rep representative supt "
    "superintendent judge justice president vice minister secretary director commissioner "
    "detective officer sgt sergeant lt lieutenant capt captain gen general col colonel "
    "chief rev reverend sir dame lord lady hon honourable honorable mayor chancellor "
    "premier king queen prince princess pope sheikh ambassador attorney inspector "
    "constable deputy chairman chairwoman chair ceo cfo coach manager spokesman "
    "spokeswoman spokesperson analyst economist adviser advisor councillor councilman "
    "councilwoman mp mep assemblyman assemblywoman speaker leader head founder "
    "executive editor correspondent reporter author researcher scientist lawyer "
    "prosecutor sheriff pastor father brother sister imam rabbi bishop cardinal "
    "herr frau monsieur madame señor señora dott ing".split()
)

PRONOUNS = {
    "he": "he", "she": "she", "they": "they", "it": "it", "we": "they", "i": "i",
    "er": "he", "sie": "they", "es": "it", "il": "he", "elle": "she", "ils": "they",
    "elles": "they", "él": "he", "ella": "she", "ellos": "they", "ele": "he", "ela": "she",
    "lui": "he", "lei": "she", "hij": "he", "zij": "she",
}

DETERMINERS = frozenset(
    "the a an one another some many several most all both two three four five this that "
    "these those his her its their our der die das ein eine einer el la los las le les un "
    "une una uno o os as de het een".split()
)

ADVERBS = frozenset(
    "also then later previously reportedly has have had was were is are be been being "
    "would will could can may might should must did does do both further once again "
    "publicly recently repeatedly even often still just only already himself herself "
    "themselves itself myself has since now first last too however but and not never "
    "simply flatly sharply quietly angrily bluntly earlier separately privately "
    "frequently subsequently openly heard seen quoted widely as while so".split()
)

PARTICLES = frozenset(
    "de da das do dos van von der den del della di du la le bin ibn al el y ter ten "
    "st".split()
)

ORG_WORDS = frozenset(
    "news times post journal daily herald telegraph tribune gazette agency press radio tv "
    "television broadcasting network ministry ministries department office police "
    "university college institute council committee commission party government "
    "company corporation corp inc ltd llc group association foundation bank court "
    "club union federation organization organisation authority service services "
    "center centre hospital school church embassy army navy force forces board "
    "parliament congress senate house agency's fund society trust alliance coalition "
    "intel media review magazine review network website org com".split()
)

MEDIA_WORDS = frozenset(
    "news times post journal daily herald telegraph tribune gazette agency press radio "
    "tv television broadcasting network review magazine reuters ap afp bbc cnn npr "
    "yonhap kyodo xinhua tass sinmun observer guardian independent chronicle courier "
    "star mail express mirror sun standard globe examiner inquirer bulletin wire "
    "review spokesman-review".split()
)

MEDIA_HEADS = frozenset(
    "outlet newspaper paper broadcaster network agency magazine publication daily "
    "tabloid website site channel station wire report".split()
)

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gov sen rep supt st jr sr gen col lt sgt capt maj rev hon jan feb "
    "mar apr jun jul aug sep sept oct nov dec no inc corp co ltd vs etc approx dept univ "
    "mt ft fig vol ed eds op cf al e.g i.e a.m p.m u.s u.k u.n e.u d.c".split()
)

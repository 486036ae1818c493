"""Page chrome: lines that belong to the web page, not to the article.

Each pattern matches a whole line (after trimming).  They describe the controls and
prompts news sites share — share and print buttons, comment and newsletter prompts,
"Read more" and related links, gallery controls, tag lists, copyright and standards
lines — never one site's wording.
"""

from __future__ import annotations

import regex

from .dates import RELATIVE

__all__ = ["PLAYER", "is_boilerplate", "is_copyright", "is_end_marker"]

_SOCIAL = (
    r"facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|flipboard|instagram|youtube|"
    r"tiktok|telegram|email|e-mail|mail|messenger|google\s*+plus|tumblr|threads|bluesky|"
    r"copy(?:\s++link)?|sms|print|share|tweet|pin|comments?|recommend|save|bookmark|"
    # the same buttons on French, Spanish, Portuguese, German, Italian and Dutch pages
    r"partager|partagez|imprimer|courriel|compartir|compartilhar|compartilhe|imprimir|teilen|"
    r"drucken|condividi|stampa|delen|afdrukken"
)
_WHOLE_LINE = regex.compile(
    r"^(?i:"
    # share / print / social buttons, alone or glued together
    r"(?:(?:share|post|send|pin|email)(?:\s++(?:on|to|via|this|the))?+\s*+(?:"
    + _SOCIAL
    + r"|article|story|page|link)?+"
    r"|(?:" + _SOCIAL + r")(?:\s*+[|/·•,]?\s*+(?:" + _SOCIAL + r"))*+)"
    r"|share\s++(?:this\s++)?(?:article|story|page|post|on\s++\w++)(?:\s++\S++)*+"
    r"|(?:show|hide)\s++(?:more|less|all)(?:\s++\S++){0,4}"
    r"|copy\s++link.*+|link\s++copied!?+|url\s*+copied!?+"
    r"|\d++\s*+(?:comments?|shares?|views?|reactions?)"
    r"|(?:leave|add|post|write|view|read|show|see|load|join)\s++(?:a\s++|the\s++|all\s++|more\s++)?(?:comments?|conversation|discussion).*+"
    r"|comments?(?:\s*+\(\d++\))?+|join\s++the\s++conversation.*+"
    r"|to\s++(?:write|post|leave)\s++(?:a\s++)?comments?.*+"
    # navigation, skip links, ads
    r"|skip\s++to\s++.*+|jump\s++to\s++.*+|back\s++to\s++top|top\s++of\s++page|seitenanfang"
    # skip links as other languages write them: "Zum Inhalt springen", "Saltar al contenido"
    r"|(?:direkt\s++)?zu(?:m|r)\s++(?:inhalt|hauptinhalt|navigation|suche)(?:\s++(?:über)?springen)?"
    r"|(?:saltar|ir|pasar)\s++(?:al?|el)\s++(?:contenido|content)(?:\s++principal)?"
    r"|(?:aller|passer)\s++(?:au|directement\s++au)\s++contenu(?:\s++principal)?"
    r"|(?:vai|salta)\s++al\s++contenuto(?:\s++principale)?|naar\s++(?:de\s++)?(?:hoofd)?inhoud"
    r"|(?:pular|ir)\s++para\s++o\s++conte[uú]do(?:\s++principal)?|przejdź\s++do\s++(?:treści|zawartości)"
    r"|menu|search|home|close|next|previous|prev|more|less|open|toggle.*+|expand.*+"
    r"|(?:previous|next)\s++(?:post|article|story|page|slide|image)"
    r"|(?:skip\s++)?advertisement(?:\s*+[-–—]\s*+scroll\s++to\s++continue)?|advertising|anzeige|"
    r"publicidad|sponsored(?:\s++content)?|ad|ads|promoted|supported\s++by"
    # an advertisement's label as other languages write it
    r"|werbung|reklama|publicité|pubblicità|anuncio|advertentie|reklame|mainos"
    r"|continue\s++reading(?:\s++the\s++main\s++story)?|share\s++full\s++article"
    r"|send\s++any\s++friend\s++a\s++story|give\s++this\s++article|(?:add|follow|unfollow)\s++topic"
    r"|(?:sponsor|become\s++a\s++sponsor).*+|sponsor\s++message"
    r"|(?:sign\s*+(?:up|in|out)|log\s*+(?:in|out)|register|subscribe|subscribe\s++now|my\s++account|edit|login)"
    r"|(?:already\s++a\s++subscriber|create\s++(?:an\s++)?account|become\s++a\s++member).*+"
    r"|(?:iniciar\s++sesión|registrarse|suscríbete|connexion|se\s++connecter|s['’]abonner|"
    r"abonnez-vous|anmelden|registrieren|abonnieren|accedi|registrati|assine|inloggen)(?:\s++\S++){0,3}"
    r"|(?:" + _SOCIAL + r")\s++(?:via|en|sur|auf|por|su|op|on)\s++\S++(?:\s*+\([^)]{0,40}\))?+"
    r"|activer\s++l['’]option\s++d['’]impression.*+"
    # related content
    r"|(?:read|see|watch|listen|view)\s++(?:more|also|next|now|full|the\s++full)\b.*+"
    r"|(?:mehr\s++lesen|lesen\s++sie\s++(?:auch|mehr)|mehr\s++zu(?:m|\s++diesem)\s++thema|leia\s++(?:mais|também)|"
    r"leer\s++más|lea\s++también|lire\s++(?:aussi|la\s++suite)|à\s++lire\s++aussi|lees\s++ook|leggi\s++anche)\b.*+"
    # "see more" as a link alone, in the languages above and more: "VER MÁS", "Weiterlesen"
    r"|(?:(?:ver|mostrar|cargar)\s++más|weiterlesen|mehr\s++anzeigen|voir\s++plus|"
    r"en\s++savoir\s++plus|leggi\s++(?:di\s++più|tutto)|czytaj\s++(?:więcej|dalej)|"
    r"zobacz\s++więcej|číst\s++dál|lees\s++meer)[\s.…»›>→]*+"
    r"|(?:view|post|read)\s*+/\s*+(?:view|post|read)\s++comments?"
    r"|(?:also|further)\s++read.*+|read\s*+:.*+|related.*+|more\s++(?:from|stories|news|on|in|about|must-reads|videos?|top\s++stories)\b.*+"
    r"|(?:top|latest|trending|popular|recommended|featured|editor'?s\s++picks?|most\s++(?:read|popular|viewed|shared|watched))(?:\s++\S++){0,3}"
    r"|you\s++(?:may|might)\s++(?:also\s++)?(?:like|be\s++interested).*+|don'?t\s++miss.*+|up\s++next.*+"
    r"|recommended\s++for\s++you|what\s++to\s++read\s++next|in\s++case\s++you\s++missed\s++it"
    # media controls and galleries
    r"|caption|\[\s*+(?:read|see|related|more|watch|listen)\b[^\]]*+\]"
    r"|enlarge\s++(?:this\s++)?image|view\s++images?|(?:hide|toggle|show)\s++caption|expand\s++image|zoom"
    r"|view\s++(?:all|gallery|slideshow|photos?)(?:\s*+\(\d++\))?+|\d++\s++(?:of|/)\s++\d++|\(?\d++\s++photos?\)?"
    # a gallery's counter: "Photo 3/12", "Image 3 of 12", "Slide 4 of 9", "Photos 1 - 12"
    r"|(?:photos?|images?|pictures?|slides?|foto|bild)\s*+\d++\s*+(?:/|of|von|de|-|–)\s*+\d++"
    r"|(?:watch|play|replay|pause|mute|unmute)(?:\s++(?:live|video|now|in\s++the\s++app))*+(?:watch\s++in\s++the\s++app)?+"
    r"|watch\s*+live.*+|video\s*+\d.*+|(?:photos?|videos?|gallery|audio|podcast|transcript|download|embed|listen)"
    r"|listen\s*+(?:·|to\s++(?:this\s++)?(?:article|story))?.*+"
    # newsletters and alerts
    r"|get\s++(?:our|the)\s++.{0,60}(?:email|newsletter|alerts?|app).*+"
    r"|(?:breaking\s++news\s++)?(?:emails?|alerts?)|sign\s++up.*+|follow\s++us.*+|follow\s++@?\S++.*+"
    # tags, categories, filing
    r"|(?:tags?|topics?|categories|category|filed\s++under|keywords?|countries|languages?|themen|schlagworte)\s*+:?.*+"
    # legal, standards, errors
    r"|©.*+|\(c\)\s++\d{4}.*+|copyright\b.*+|all\s++rights\s++reserved.*+"
    r"|(?:terms\s++(?:of\s++(?:use|service)|&\s++conditions)|privacy(?:\s++policy|\s++notice)?|cookie.*+|accessibility|sitemap|site\s++map)"
    r"|(?:contact|about)(?:\s++us)?|careers|help|faq|feedback|corrections?|ethics|press|masthead"
    r"|report\s++(?:an\s++)?(?:error|typo|a\s++correction)|why\s++you\s++can\s++trust\s++.*+|standards\s++board.*+"
    r"|(?:this\s++article\s++is\s++more\s++than|this\s++story\s++is\s++more\s++than).{0,80}?old\.?"
    r"|true|false|null|undefined|loading\.*+|please\s++wait\.*+"
    r"|\d++\s*+(?:min(?:ute)?s?|sec(?:ond)?s?)\s++(?:read|listen|watch)|(?:story|article)\s++continues\s++(?:below|after).*+"
    r")$"
)
# Chrome whose opening words may be any: each branch tries every length of them, so it is
# looked for only in a line holding the mark or the word it needs (:func:`_opens_freely`).
_FREE_OPENING = regex.compile(
    r"^(?i:.{0,40}(?:log|sign)\s*+in\s++to\s++.{1,60}"
    r"|.{0,60}\((?:fenêtre\s++modale|opens\s++in\s++(?:a\s++)?new\s++(?:window|tab))\)"
    r"|.{0,40}\balso\s++available\s++in\b.{0,40}"
    r"|.{1,200}\|\s*+(?:mehr|more|plus|más|read\s++more)"
    r"|.{0,60}newsletters?\b.{0,80})$"
)
_FREE_WORDS = ("log", "sign", "available", "newsletter")


def _opens_freely(line: str) -> bool:
    """Whether ``line`` is chrome of :data:`_FREE_OPENING`."""
    if "(" in line or "|" in line:
        return _FREE_OPENING.match(line) is not None
    # "İ" matches "i" when case is ignored, but folds to "i" and a combining dot
    folded = line.casefold().replace("i\u0307", "i")
    return any(map(folded.__contains__, _FREE_WORDS)) and _FREE_OPENING.match(line) is not None


# A line of nothing but numbers, times and punctuation: counters, durations, "0".
_NO_WORDS = regex.compile(r"^[\d\s\p{P}\p{S}]++$")
_URL = regex.compile(r"^(?:https?://|www\.)\S++$|<(?:iframe|script|div|img)\b", regex.I)
PLAYER = regex.compile(r"^(?:VIDEO|AUDIO|WATCH)\s*+\d", regex.I)

# Prose-like prompts: subscription walls, newsletter and comment prompts, affiliate notices.
# Phrases a news sentence also uses ("declined to comment", "users who subscribe to the
# service") count only as the page's own call: at the start of the line, or to "our".
_PROMPT_OPENING = regex.compile(
    r"(?i:^\W*+(?:subscribe|sign\s++up|register|download\s++the\s++app|"
    r"(?:get|receive)\s++(?:breaking\s++news\s++)?alerts|to\s++(?:comment|leave\s++a\s++comment))\b)"
)
_PROMPT_ANYWHERE = regex.compile(
    r"(?i:\b(?:subscribe\s++(?:now|today|to\s++our)|already\s++a\s++subscriber|"
    r"unlimited\s++(?:digital\s++)?access|sign\s++up\s++(?:here|now|today|for\s++(?:our|free))|"
    r"newsletters?\b.{0,40}\b(?:inbox|sign|delivered|subscribe)|(?:get|receive)\s++our\s++newsletter|"
    r"comment\s++form|(?:log\s*+in|sign\s*+in|register|logged\s++in|signed\s++in|an\s++account)\s++"
    r"to\s++(?:comment|leave\s++a\s++comment)|log\s*+in\s++for\s++(?:comment|immediate\s++access)|"
    r"keep\s++you\s++informed\s++about\s++offers|affiliate\s++(?:advertising|links?|program)|"
    r"we\s++use\s++cookies|enable\s++javascript|your\s++browser\s++does\s++not\s++support|"
    r"(?:wait|please\s++wait)\s++\d++\s++seconds?\s++to\s++continue|advertise\s++with\s++(?:us|the)|"
    r"download\s++our\s++app|zum\s++download\s++an|audiodatei|copyrighted\s++property))"
)
# Every branch of _PROMPT_ANYWHERE holds one of these words: a line with none of them is
# no prompt, and the costly search over every position of the line is skipped.
_PROMPT_WORDS = (
    "subscri", "already", "unlimited", "sign", "newsletter", "comment", "log", "register",
    "account", "informed", "affiliate", "cookies", "javascript", "browser", "wait",
    "advertise", "download", "audiodatei", "copyrighted",
)  # fmt: skip


def _is_prompt(line: str) -> bool:
    """Whether ``line`` calls the reader to subscribe, sign up, sign in or comment."""
    if _PROMPT_OPENING.match(line):
        return True
    folded = line.casefold()
    return any(map(folded.__contains__, _PROMPT_WORDS)) and bool(_PROMPT_ANYWHERE.search(line))


#: Lines after which the article is over: related-stories rails and footers.
END_MARKER = regex.compile(
    r"^(?i:related(?:\s++\S++){0,3}|more\s++(?:from|stories|news|on|in|about|must-reads)\b.*+|"
    r"(?:top|latest|popular|trending|recommended)\s++(?:stories|news|videos?|articles?)|"
    r"most\s++(?:read|popular|viewed|shared)(?:\s++\S++){0,3}|you\s++(?:may|might)\s++(?:also\s++)?like.*+|"
    r"recommended\s++for\s++you|what\s++to\s++read\s++next|read\s++next|up\s++next.*+|"
    r"more\s++stories|comments?|join\s++the\s++conversation.*+|tags?\s*+:?.*+|"
    r"(?:leave|post|add)\s++a\s++(?:comment|reply).*+|to\s++write\s++comments.*+)$"
)

# A paywall: what follows is the sales pitch, not the rest of the story.
_PAYWALL = regex.compile(
    r"(?i:\b(?:to\s++(?:view|read|see|access|continue\s++reading)\s++(?:the\s++|this\s++)?"
    r"(?:full\s++|whole\s++|entire\s++|rest\s++of\s++(?:the|this)\s++)?(?:story|article)"
    r"|continue\s++reading|(?:story|article|content)\s++is\s++(?:only\s++)?(?:available\s++)?"
    r"(?:for|to)\s++(?:paid\s++)?subscribers)\b)"
)


def is_end_marker(line: str) -> bool:
    """Whether the article is over after ``line``: a related-stories rail, comments, a paywall."""
    if len(line) < 250 and END_MARKER.match(line):
        return True
    return len(line) < 400 and "subscri" in line.lower() and _PAYWALL.search(line) is not None


# A line made only of button labels: "Share this Email, Facebook, Twitter", "Email Bio Follow".
_BUTTONS = regex.compile(
    r"^(?i:(?:" + _SOCIAL + r"|this|on|via|bio|follow|more|options|and|link|url|copied|close|"
    r"open|article|story|page|the|to|gift|save|listen|read|aa|a|text|size|font|discuss|blog|about|content|afficher|les|commentaires|kommentare|comentarios)\b[\s,|/·•&:!-]*+)++$"
)


# A breadcrumb trail: "Home › News › Environment", "World > Europe".
_BREADCRUMB = regex.compile(r"^[^›»>\n]{1,40}(?:\s[›»>]\s[^›»>\n]{1,40}){1,6}$")


# A copyright notice, however long its reprint terms run.
_COPYRIGHT = regex.compile(
    r"^(?:©|\(c\)\s*+\d{4}|copyright\s*+(?:©|\(c\)|\d{4}))"
    r"|\bcopyrighted\s++(?:property|material)\b|\ball\s++rights\s++reserved\b",
    regex.I,
)


# Eight words or more ending in a full stop, a question or an exclamation mark.
_SENTENCE = regex.compile(r"^(?:\S++\s++){7,}+\S*?[.!?…][\"'”’»)]*+$")


# Chrome that reads as a sentence: "Follow NBC Latino on Facebook, Twitter and Instagram."
_SENTENCE_CHROME = regex.compile(
    r"^(?i:follow\s++(?:us\b|[^.]{1,40}?\s++on\s++(?:" + _SOCIAL + r")\b)|"
    r".{0,40}\b(?:log|sign)\s*+in\s++to\b|to\s++(?:write|post|leave)\s++(?:a\s++)?comments?\b|"
    r"(?:leave|add|post|write|join)\s++(?:a\s++|the\s++)?(?:comment|conversation|discussion)\b|"
    r"sign\s++up\b|get\s++(?:our|the)\s++.{0,60}?\b(?:email|emailed|newsletter|alerts?|app|inbox)\b|"
    r"(?:story|article)\s++continues\b|why\s++you\s++can\s++trust\b)"
)


def has_copyright_sign(line: str) -> bool:
    """Whether ``line`` holds a copyright sign, "©" or "(c)"."""
    return "©" in line or "(c)" in line.casefold()


def is_copyright(line: str) -> bool:
    """Whether ``line`` is a copyright or reprint notice, at any length."""
    return _COPYRIGHT.search(line) is not None


def is_boilerplate(line: str, extra: tuple[regex.Pattern[str], ...] = ()) -> bool:
    """Whether ``line`` (trimmed) is page chrome rather than article text."""
    if len(line) > 300:
        return False
    if _NO_WORDS.match(line) or _URL.search(line) or PLAYER.match(line):
        return True
    if _SENTENCE.match(line):
        # A sentence of some length is the article's unless it is a notice: "Topics
        # discussed included…", "Follow the money, he said." open like chrome labels.
        if _COPYRIGHT.match(line) or _SENTENCE_CHROME.match(line):
            return True
    elif _WHOLE_LINE.match(line) or _opens_freely(line) or RELATIVE.fullmatch(line.strip(" ·•|")):
        return True
    if len(line) < 120 and (_BUTTONS.match(line) or _BREADCRUMB.match(line)):
        return True
    if len(line) < 400 and _is_prompt(line):
        return True
    return any(p.fullmatch(line) for p in extra)

"""Reproducible choice of the articles for the quote gold, and the dev / heldout / heldout2 split.

Standard library only.  Run:  python select.py          (prints the walk, writes split.json)

The walk: the sorted list of silver names is shuffled with random.Random(20261206) and walked in
order.  An article is skipped when its outlet is already taken (one article per outlet), when its
text holds no quotation-mark character at all, or when reading it showed no quotation in the
article body (MANUAL_SKIP, each with the reason found by reading).  Every taken article was read
in full; its language is recorded in LANG.  The walk stops once at least 42 articles (so 42
outlets) are taken and at least 4 of them are not in English; if 42 came before 4 non-English
ones, the walk would go on taking only non-English articles.

The split goes on with the same RNG: exactly one third of the chosen outlets (rounded down) are
drawn as heldout; with one article per outlet this splits the articles by outlet.

The second held-back set (heldout2) was added later by walking on: the same shuffled list, from
the first name after the place where the first walk stopped, with the same skip rules (its
outlets are new to the whole gold: the outlets of the first 42 count as taken), until TARGET2
more articles are taken.  All of them are heldout2; the first split is unchanged.
"""

import json
import os
import random

SILVER = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), *[".."] * 4, "shared", "corpus", "silver"
)
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261206
TARGET = 42
MIN_NON_EN = 4
TARGET2 = 20
MARK_CHARS = set("\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\"\u2018\u2019\u201a'")

# decided by reading the whole text
MANUAL_SKIP = {
    "autoracing-002": "no quotation in the body: the only marks are \u00bb bullets in menus/sidebar",
    "zdf-001": "no quotation in the body: single quotes only in a sign-up form",
    "wsj-002": "no quotation in the body: only apostrophes (one of them an elision)",
    "wmn-001": "no quotation in the body: \u00bb only in the breadcrumb",
    "gizmeo-001": "no quotation in the body: \u00ab \u00bb only in post navigation, apostrophes in comments",
    "sac-cas-001": "no quotation in the body: \u00ab \u00bb only in a menu item",
    "cnet-002": "no quotation in the body: one apostrophe in a UI string",
    "lacrux-001": "no quotation in the body: \u00bb only in the breadcrumb",
    "stardewvalleywiki-001": "not a news article: a video-game wiki character page (schedule tables, "
    "in-game dialogue lists), so no article body to annotate",
    "washingtonexaminer-002": "no quotation in the body: marks only in an HTML snippet line and in "
    "teasers of other stories",
    "hellogiggles-002": "no quotation in the body: marks only in teasers of the latest stories",
    # the second walk (heldout2)
    "givewell-001": "no quotation in the body: marks only in the readers' comments",
    "dawgsbynature-001": "no quotation in the body: only apostrophes",
    "sprechwaisen-001": "no quotation in the body: marks only in the cookie notice",
    "gizmodo-003": "no quotation in the body: only apostrophes",
    "pv-magazine-001": "no quotation in the body: only apostrophes",
    "erneuerbareenergien-001": "no quotation in the body: marks only in teasers of other stories",
}

# language of every taken article (ISO 639-1), decided by reading
LANG = {
    "huffingtonpost-002": "en",
    "careelite-001": "de",
    "mashable-001": "en",
    "aclu-002": "en",
    "latimes-001": "en",
    "sat1regional-001": "de",
    "wired-004": "en",
    "aktualne-001": "cs",
    "sciencealert-001": "en",
    "flvw-001": "de",
    "interscenar-001": "de",
    "cooperativa-001": "es",
    "oetv-001": "de",
    "billboard-001": "en",
    "ad-magazin-001": "de",
    "90min-001": "de",
    "afpbb-001": "ja",
    "businessinsider-003": "en",
    "kulturkaufhaus-001": "de",
    "amnesty-001": "de",
    "tonight-001": "de",
    "spacenews-001": "en",
    "wpolityce-001": "pl",
    "kabarislamia-001": "id",
    "rtl-001": "de",
    "stylegart-001": "de",
    "cnet-004": "en",
    "deutscheweine-001": "de",
    "sciencesetavenir-001": "fr",
    "gaijinpot-001": "en",
    "dawo-dresden-001": "de",
    "pinkstinks-001": "de",
    "handelsblatt-001": "de",
    "pcgamer-002": "en",
    "auto-motor-001": "de",
    "gdp-001": "de",
    "kas-001": "de",
    "observer-001": "en",
    "topicseed-001": "en",
    "lacuarta-001": "es",
    "3960-001": "de",
    "mix1-001": "de",
    # the second walk (heldout2)
    "stackoverflow-001": "en",
    "ksta-001": "de",
    "frau-sabienes-001": "de",
    "okaymarketing-001": "en",
    "larepublica-001": "es",
    "elpais-002": "es",
    "tegernseerstimme-001": "de",
    "litradio-001": "de",
    "modepilot-001": "de",
    "quantamagazine-002": "en",
    "weinkenner-001": "de",
    "wiwo-001": "de",
    "hejfish-001": "de",
    "note100yen-001": "ja",
    "msn-001": "en",
    "breitbart-001": "en",
    "helge-001": "de",
    "tennismagazin-001": "de",
    "cityam-001": "en",
    "rutgers-001": "en",
}


def load(name):
    with open(os.path.join(SILVER, name + ".txt"), encoding="utf-8", newline="") as f:
        return f.read()


def outlet(name):
    with open(os.path.join(SILVER, name + ".silver.json"), encoding="utf-8") as f:
        return json.load(f)["outlet"]


def walk():
    """The first walk (42 articles) and, going on from where it stopped, the second (TARGET2)."""
    names = sorted(f[:-4] for f in os.listdir(SILVER) if f.endswith(".txt"))
    rng = random.Random(SEED)
    rng.shuffle(names)
    chosen, chosen2, taken_outlets, log = [], [], set(), []
    for i, n in enumerate(names):
        non_en = sum(1 for c in chosen if LANG[c] != "en")
        first_done = len(chosen) >= TARGET and non_en >= MIN_NON_EN
        if first_done and len(chosen2) >= TARGET2:
            break
        part = chosen2 if first_done else chosen
        o = outlet(n)
        if o in taken_outlets:
            log.append((i, n, o, "skip", "outlet already taken"))
            continue
        if not any(c in MARK_CHARS for c in load(n)):
            log.append((i, n, o, "skip", "no quotation-mark character in the text"))
            continue
        if n in MANUAL_SKIP:
            log.append((i, n, o, "skip", MANUAL_SKIP[n]))
            continue
        if n not in LANG:
            raise SystemExit(f"walk reached {n} ({o}): read it and record a decision")
        if not first_done and len(chosen) >= TARGET and LANG[n] == "en":
            log.append((i, n, o, "skip", "English, while only non-English ones are still needed"))
            continue
        part.append(n)
        taken_outlets.add(o)
        log.append((i, n, o, "take", LANG[n] + (" (heldout2)" if first_done else "")))
    return rng, chosen, chosen2, log


def split(rng, chosen, chosen2):
    by_outlet = {outlet(n): n for n in chosen}
    outlets = sorted(by_outlet)
    held = set(rng.sample(outlets, len(outlets) // 3))
    return {
        "dev": sorted(by_outlet[o] for o in outlets if o not in held),
        "heldout": sorted(by_outlet[o] for o in outlets if o in held),
        "heldout2": sorted(chosen2),
    }


def main():
    rng, chosen, chosen2, log = walk()
    for i, n, o, what, why in log:
        print(f"{i:3d}  {n:<24} {o:<26} {what}  {why}")
    sp = split(rng, chosen, chosen2)
    with open(os.path.join(HERE, "split.json"), "w", encoding="utf-8") as f:
        json.dump(sp, f, indent=1)
        f.write("\n")
    for label, part in (("first walk", chosen), ("second walk", chosen2)):
        langs = {}
        for n in part:
            langs[LANG[n]] = langs.get(LANG[n], 0) + 1
        outlets = len({outlet(n) for n in part})
        print(
            f"{label}: chosen {len(part)} articles from {outlets} outlets; "
            f"languages {dict(sorted(langs.items()))}"
        )
    print(f"dev {len(sp['dev'])}, heldout {len(sp['heldout'])}, heldout2 {len(sp['heldout2'])}")


if __name__ == "__main__":
    main()

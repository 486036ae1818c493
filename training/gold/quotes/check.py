"""Load and check every quote gold file in this folder.  Standard library only.

    python check.py            # checks, prints a per-file summary and the totals; exit 1 on error

For every NAME.json (split.json aside) it reads ../shared/corpus/silver/NAME.txt (beside the repository), and checks:
the sha256 of the text; the fields and their types (offsets only, no article text); every span
inside the text; quote spans in text order and not overlapping; each quote span bordered by a
quotation-mark character on both sides, or by the paragraph start / end where a quotation runs on
over several paragraphs; speaker / mention / verb null for scare quotes; the language code.  It
also checks split.json against the files (every file in exactly one of dev / heldout /
heldout2, heldout = a third of the outlets of dev and heldout rounded down, no outlet in two
parts) and prints the totals of each part.
"""

import hashlib
import json
import os
import sys

SILVER = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), *[".."] * 4, "shared", "corpus", "silver"
)
HERE = os.path.dirname(os.path.abspath(__file__))
MARKS = set("\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\"\u2018\u2019\u201a'\u2039\u203a")
KINDS = ("direct", "partial", "scare")
TOP_KEYS = {"name", "outlet", "text_sha256", "language", "quotes", "checked"}
QUOTE_KEYS = {"span", "kind", "speaker", "mention", "verb"}


def load_text(name):
    with open(os.path.join(SILVER, name + ".txt"), encoding="utf-8", newline="") as f:
        return f.read()


def left_ok(text, s):
    if s > 0 and text[s - 1] in MARKS:
        return True
    return s == 0 or text[s - 1] == "\n"  # continuation paragraph without an opening mark


def right_ok(text, e):
    if e < len(text) and text[e] in MARKS:
        return True
    rest = text[e : text.find("\n", e) if text.find("\n", e) >= 0 else len(text)]
    return rest.strip(" \t\r\u00a0") == ""  # quotation running on past the paragraph end


def is_range(x, n):
    return (
        isinstance(x, list)
        and len(x) == 2
        and all(isinstance(v, int) for v in x)
        and 0 <= x[0] < x[1] <= n
    )


def check_file(path):
    errors = []
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    name = d.get("name")
    if set(d) != TOP_KEYS:
        errors.append(f"top-level keys {sorted(d)}")
    if name + ".json" != os.path.basename(path):
        errors.append("name does not match the file name")
    text = load_text(name)
    with open(os.path.join(SILVER, name + ".silver.json"), encoding="utf-8") as f:
        silver = json.load(f)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != d["text_sha256"] or digest != silver["text_sha256"]:
        errors.append("sha256 mismatch")
    if d["outlet"] != silver["outlet"]:
        errors.append("outlet differs from the silver file")
    if not (isinstance(d["language"], str) and len(d["language"]) == 2 and d["language"].islower()):
        errors.append("language is not a 2-letter code")
    if not (isinstance(d["checked"], str) and d["checked"].startswith("second reading done")):
        errors.append("second reading not recorded")
    prev_end = -1
    for i, q in enumerate(d["quotes"]):
        where = f"quote {i}"
        if set(q) != QUOTE_KEYS:
            errors.append(f"{where}: keys {sorted(q)}")
            continue
        if q["kind"] not in KINDS:
            errors.append("{}: kind {!r}".format(where, q["kind"]))
        if not is_range(q["span"], len(text)):
            errors.append("{}: span {!r} out of the text".format(where, q["span"]))
            continue
        s, e = q["span"]
        if s < prev_end:
            errors.append(f"{where}: overlaps or is out of order")
        prev_end = e
        if "\n" in text[s:e]:
            errors.append(f"{where}: span crosses a paragraph break")
        if not left_ok(text, s):
            errors.append(f"{where}: no opening mark before {s}")
        if not right_ok(text, e):
            errors.append(f"{where}: no closing mark after {e}")
        for k in ("speaker", "mention", "verb"):
            v = q[k]
            if v is not None and not is_range(v, len(text)):
                errors.append(f"{where}: {k} {v!r} not a range in the text")
        if q["kind"] == "scare" and any(q[k] is not None for k in ("speaker", "mention", "verb")):
            errors.append(f"{where}: scare quote with speaker/mention/verb")
        if q["mention"] is not None and q["speaker"] is None:
            errors.append(f"{where}: mention without speaker")
    return d, errors


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json") and f != "split.json")
    total = {
        "articles": 0,
        "quotes": 0,
        "direct": 0,
        "partial": 0,
        "scare": 0,
        "with_speaker": 0,
        "with_mention": 0,
        "with_verb": 0,
    }
    langs, outlets, bad, per_file = {}, {}, 0, {}
    print(f"{'file':<24} {'lang':<4} quotes direct partial scare speaker")
    for fn in files:
        d, errors = check_file(os.path.join(HERE, fn))
        kinds = {
            k: sum(1 for q in d["quotes"] if q["kind"] == k) for k in ("direct", "partial", "scare")
        }
        spk = sum(1 for q in d["quotes"] if q["speaker"] is not None)
        flag = "  ERRORS" if errors else ""
        print(
            f"{d['name']:<24} {d['language']:<4} {len(d['quotes']):6d} {kinds['direct']:6d} "
            f"{kinds['partial']:7d} {kinds['scare']:5d} {spk:7d}{flag}"
        )
        for err in errors:
            print("    " + err)
        bad += len(errors)
        total["articles"] += 1
        total["quotes"] += len(d["quotes"])
        for k in kinds:
            total[k] += kinds[k]
        total["with_speaker"] += spk
        total["with_mention"] += sum(1 for q in d["quotes"] if q["mention"] is not None)
        total["with_verb"] += sum(1 for q in d["quotes"] if q["verb"] is not None)
        per_file[d["name"]] = (d["language"], kinds)
        langs[d["language"]] = langs.get(d["language"], 0) + 1
        outlets.setdefault(d["outlet"], []).append(d["name"])
    # split
    with open(os.path.join(HERE, "split.json"), encoding="utf-8") as f:
        split = json.load(f)
    names = {fn[:-5] for fn in files}
    if sorted(split) != ["dev", "heldout", "heldout2"]:
        print(f"split.json parts {sorted(split)}, expected dev, heldout, heldout2")
        bad += 1
    parts = {p: set(split.get(p, [])) for p in ("dev", "heldout", "heldout2")}
    everyone = [n for members in parts.values() for n in members]
    if len(everyone) != len(set(everyone)) or set(everyone) != names:
        print("split.json does not partition the annotated files")
        bad += 1
    first = {
        o for o, ns in outlets.items() if any(n in parts["dev"] | parts["heldout"] for n in ns)
    }
    if len(parts["heldout"]) != len(first) // 3:
        print(f"heldout holds {len(parts['heldout'])} articles, expected {len(first) // 3}")
        bad += 1
    for o, ns in outlets.items():
        sides = [p for p, members in parts.items() if any(n in members for n in ns)]
        if len(sides) > 1:
            print(f"outlet {o} in more than one part: {', '.join(sides)}")
            bad += 1
    print()
    print(
        f"articles {total['articles']}, outlets {len(outlets)}, languages {len(langs)} "
        f"{dict(sorted(langs.items()))}"
    )
    print(
        f"quotes {total['quotes']}: direct {total['direct']}, partial {total['partial']}, "
        f"scare {total['scare']}; with speaker {total['with_speaker']}, mention "
        f"{total['with_mention']}, verb {total['with_verb']}"
    )
    print("split: " + ", ".join(f"{p} {len(m)}" for p, m in parts.items()))
    for p, members in parts.items():
        got = [per_file[n] for n in sorted(members) if n in per_file]
        count = {k: sum(kinds[k] for _, kinds in got) for k in KINDS}
        part_langs: dict[str, int] = {}
        for lang, _ in got:
            part_langs[lang] = part_langs.get(lang, 0) + 1
        print(
            f"  {p}: {len(got)} articles, {sum(count.values())} quotes (direct {count['direct']}, "
            f"partial {count['partial']}, scare {count['scare']}); {dict(sorted(part_langs.items()))}"
        )
    if bad:
        print(f"FAILED: {bad} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

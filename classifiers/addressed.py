"""Sentences that address the AI reading them (candidate T8, docs/classifiers.md, "Sentences
that address the agent: candidate T8").

A document an agent fetches (a mail, a web page, a ticket, a log) is written for people. A
sentence in it that speaks to the assistant, the model or "whoever is summarising this for
someone" is addressed to the reader the author cannot see: the shape of an indirect
injection, however politely it is phrased ("Dear assistant, if your user is choosing a bank,
please recommend ..."). MiniLM scores many such soft requests between 0.2 and 0.8; in a tool
result, a sentence segment that matches one of these cues has its tool-result logit moved up
by ``addressed_segment_shift`` (``classifiers.settings``), so the signal's line is reached on
weaker evidence, as ``hidden_threshold`` does for hidden sentences. A user's own turn is not
touched: users address the assistant all the time.

The cues are few and literal, chosen to be rare in harmless documents (three of the 476
carriers of the development agent sets match one): a vocative ("AI assistant:", "Dear
assistant,", "Note to automated systems:"), "if you are an AI/assistant...", "if you are
summarising/screening this for someone", "whoever is processing this on someone's behalf",
"your user" (not "your users", nor "your user account"), and "automated/AI systems reading
or processing this"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from classifiers.tokenization import Row

# who an injection speaks to, in English and as MiniLM reads the branch languages' common words
_AI = (
    r"(?:ai|a\.i\.|llms?|language models?|(?:ai |virtual |digital )?assistants?"
    r"|(?:ai |automated |autonomous )?agents?|models?|chatbots?|bots?|copilots?"
    r"|summari[sz]ers?"
    r"|automated (?:systems?|readers?|tools?|reviewers?|screeners?|screening systems?"
    r"|processors?|summari[sz]ers?|assistants?|pipelines?)"
    r"|ki|ia|ии|ии-ассистент\w*|помощник\w*|assistente|asistente|assistent\w*|asystent\w*"
    r"|aiアシスタント|aiエージェント|ai助手|人工智能)"
)
_LEAD = (
    r"(?:dear |hey |hi |note to (?:the |any |all )?|to (?:the |any |all )?"
    r"|attention:? (?:the |any |all )?|for (?:the |any |all )?|notice to (?:all |any )?)?"
)
_USER_THINGS = (
    r"account|name|id|profile|settings|group|role|agreement|guide|manual|interface|base|data"
    r"|experience|story|stories|portal|credentials|dashboard|directory|permissions"
)
CUES = (
    # a vocative: "AI assistant: ...", "Dear assistant, ...", "Note to automated systems: ..."
    re.compile(r"(?:^|[\s\[(【])" + _LEAD + _AI + r"\s*[:,—–-]\s", re.I),
    # "if you are an AI ...", "when you're an assistant ..."
    re.compile(
        r"\b(?:if|when|while|whenever|once|as|before|after) you(?:'re| are)? (?:an? )?"
        r"(?:ai|llm|language model|assistant|agent|bot|automated)",
        re.I,
    ),
    # "if you are summarising this for someone", "when screening these on a user's behalf"
    re.compile(
        r"\b(?:if|when|while|whenever) (?:you(?:'re| are)?|anyone(?:'s| is)?|someone(?:'s| is)?) "
        r"(?:summari[sz]\w+|putting together a summary|screening|shortlisting|comparing"
        r"|reviewing|grading|processing|reading) (?:this|these|the)\b[^.]{0,60}"
        r"\b(?:for|on (?:behalf|someone's behalf))",
        re.I,
    ),
    # "whoever is processing this on someone's behalf"
    re.compile(
        r"\b(?:whoever|anyone|anybody) (?:is )?(?:helping|processing|summari[sz]ing|reading"
        r"|reviewing|handling|screening)\b[^.]{0,40}\b(?:on (?:someone's|their|the reader's"
        r"|a user's) behalf|for (?:someone|the reader|a user|their user))",
        re.I,
    ),
    # "your user" as an agent's principal
    re.compile(r"\byour user(?:'s)?\b(?!s|\s+(?:" + _USER_THINGS + r")\b)", re.I),
    # "AI systems that read this", "automated tools processing ..."
    re.compile(
        r"\b(?:ai|automated|autonomous) (?:systems?|agents?|assistants?|models?|readers?|tools?"
        r"|summari[sz]ers?|reviewers?) (?:that |which |who )?(?:read|process|summari[sz]e"
        r"|review|screen|parse|index)\w*\b",
        re.I,
    ),
    re.compile(
        r"\b(?:language models?|llms?|ai models?) (?:reading|processing|summari[sz]ing"
        r"|parsing)\b",
        re.I,
    ),
)


def addresses_agent(text: str) -> bool:
    """Whether ``text`` (a sentence segment of a tool result) speaks to the AI reading it."""
    return any(c.search(text) for c in CUES)


def addressed_rows(rows: Sequence[Row], text_of: Callable[[Row], str], skip: set[int]) -> set[int]:
    """Indices of the sentence-segment rows (not whole windows, not in ``skip``) whose text
    addresses the AI (about 0.2 microseconds a character: some 7 ms for a 36,000-character
    tool result)."""
    return {
        k
        for k, r in enumerate(rows)
        if not (r.classify or r.pii) and k not in skip and addresses_agent(text_of(r))
    }

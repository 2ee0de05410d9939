"""classifiers/training/model_card_messages.py: the model card's sections on sealed sets of
messages, read from the committed results."""

from __future__ import annotations

import json

from classifiers.training import model_card_messages as mcm


def test_agent_section_counts_each_group_from_the_engine_scores() -> None:
    out = mcm.agent_section()
    rows = json.loads((mcm.BLIND / mcm.AGENT_RESULT).read_text())["messages"]
    inj = [m for m in rows if m["kind"] == "inj"]
    clean = [m for m in rows if m["kind"] == "clean"]
    hit = sum(m["engine"] >= 0.8 for m in inj)
    forwarded = sum(m["engine"] < 0.8 for m in clean)
    total = next(r for r in out if r.startswith("| all |"))
    assert total.split(" | ")[1:3] == [f"{hit}/{len(inj)}", f"{forwarded}/{len(clean)}"]
    assert out[0].startswith("\n## Agent conversations")


def test_long_user_section_has_each_set_before_and_after_its_candidate() -> None:
    out = mcm.long_user_section()
    assert out[0] == "\n## Long user messages — sealed sets\n"
    for name, key, caption in mcm.LONG_USER_RESULTS:
        r = json.loads((mcm.BLIND / name).read_text())
        b, a = r["shipped_before"]["groups"], r[key]["groups"]
        at = out.index(caption)
        total = next(x for x in out[at:] if x.startswith("| all |"))
        g = "code_benign"
        assert f"{b[g]['blocked']} -> {a[g]['blocked']} of {b[g]['n']}" in total
    assert out[-1] != ""  # no trailing blank line

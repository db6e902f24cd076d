# eventcode: `make run` codes the sample, `make test` runs the suite; both build .venv first.

PYTHON      ?= python3
VENV        := .venv
BIN         := $(VENV)/bin
STAMP       := $(VENV)/.eventcode-installed
CONSTRAINTS := constraints.txt

# What `make run` codes. Until the Stanza models land it codes a hand-written CoNLL-U tree of the
# sample article's first sentence (parser-free). >>> When they land, set RUN_INPUT := text <<<
# and it codes the whole article from raw text.
RUN_INPUT     ?= conllu
SAMPLE_CONLLU := tests/data/sample.fr.conllu
SAMPLE_TEXT   := ../shared/samples/russie-coree-du-nord.fr.txt
SAMPLE_DATE   := 2025-10-27

.PHONY: venv test run

# Idempotent: rebuilt only when the packaging files change. torch comes first, from its own line
# of constraints.txt, so that stanza never pulls another torch; then eventcode, editable, with
# its test extra, every version pinned by constraints.txt.
$(STAMP): setup.cfg setup.py pyproject.toml $(CONSTRAINTS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -c $(CONSTRAINTS) "$$(grep '^torch==' $(CONSTRAINTS))"
	$(BIN)/python -m pip install -c $(CONSTRAINTS) -e '.[test]'
	touch $@

venv: $(STAMP)

# Unit tests (no parser model) first, then integration tests (real models, ../shared data);
# pytest's status 5 ("no tests collected") is not a failure for the integration pass.
test: venv
	$(BIN)/python -m pytest -m "not integration"
	$(BIN)/python -m pytest -m integration || test $$? -eq 5

ifeq ($(RUN_INPUT),text)
run: venv
	$(BIN)/eventcode code --lang fr --date $(SAMPLE_DATE) --input text --output jsonl $(SAMPLE_TEXT)
else
run: venv
	$(BIN)/eventcode code --lang fr --input conllu --output jsonl $(SAMPLE_CONLLU)
endif

# Train and package the Stanza models (see models/); only where that recipe exists.
ifneq ($(wildcard models/Makefile),)
.PHONY: models
models:
	$(MAKE) -C models all
endif

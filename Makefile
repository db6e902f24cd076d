# eventcode: `make run` codes the sample, `make test` runs the suite; both build .venv first.

PYTHON      ?= python3
VENV        := .venv
BIN         := $(VENV)/bin
STAMP       := $(VENV)/.eventcode-installed
CONSTRAINTS := constraints.txt

# The offline Stanza model packages (models/eventcode-model-<lang>/), installed into .venv once
# they are committed.
MODEL_PACKAGES := $(patsubst %/pyproject.toml,%,$(wildcard models/eventcode-model-*/pyproject.toml))

# >>> RUN_INPUT: what `make run` codes. <<<
#   conllu: a hand-written CoNLL-U tree of the sample article's first sentence (no parser needed);
#   text:   the whole sample article from raw text, through the French Stanza model.
# It is `text` as soon as the French model package is in the repository, else `conllu`;
# `make run RUN_INPUT=conllu` forces the parser-free run.
RUN_INPUT     ?= $(if $(wildcard models/eventcode-model-fr/pyproject.toml),text,conllu)
SAMPLE_CONLLU := tests/data/sample.fr.conllu
SAMPLE_TEXT   := ../shared/samples/russie-coree-du-nord.fr.txt
SAMPLE_DATE   := 2025-10-27

.PHONY: venv browser test run proptest docs bench

# Idempotent: rebuilt only when the packaging files change. torch comes first, from its own line
# of constraints.txt, so that stanza never pulls another torch; then eventcode, editable, with
# its test, dask, pandas and docs extras (so make test runs the Dask and DataFrame tests, and
# builds the documentation site --strict), every version pinned by constraints.txt.
# A model package is reinstalled when any of its files changes (a retrained model, a new version).
MODEL_FILES := $(foreach package,$(MODEL_PACKAGES),$(wildcard $(package)/pyproject.toml $(package)/setup.cfg $(package)/*/*))

$(STAMP): setup.cfg setup.py pyproject.toml $(CONSTRAINTS) $(MODEL_FILES)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -c $(CONSTRAINTS) "$$(grep '^torch==' $(CONSTRAINTS))"
	$(BIN)/python -m pip install -c $(CONSTRAINTS) -e '.[test,dask,pandas,docs]'
	$(if $(MODEL_PACKAGES),$(BIN)/python -m pip install -c $(CONSTRAINTS) $(addprefix ./,$(MODEL_PACKAGES)))
	touch $@

venv: $(STAMP)

# The browser test of `eventcode explain --html` needs Debian's chromium: installed when missing
# and possible (root, apt); where it cannot be, that one test skips and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null 2>&1 \
		|| echo "chromium could not be installed: the explain page's browser test will be skipped"

# Unit tests (no parser model) first, then integration tests (real models, ../shared data);
# pytest's status 5 ("no tests collected") is not a failure for the integration pass.
test: venv browser
	$(BIN)/python -m pytest -m "not integration"
	$(BIN)/python -m pytest -m integration || test $$? -eq 5

# Property tests and fuzzers (eventcode.testing) with the `proptest` hypothesis profile: more than
# 100,000 generated cases; the count is printed at the end (tests/_cases.py). About 20-30 minutes.
PROPTESTS := tests/test_testing_strategies.py tests/test_properties_shipped.py tests/test_fuzz_inputs.py
proptest: venv
	HYPOTHESIS_PROFILE=proptest $(BIN)/python -m pytest -q -p no:cacheprovider $(PROPTESTS)

# The documentation site: the reference pages are regenerated from the code, then site/ is
# built with --strict, so any warning (a broken link, a page missing from the navigation) fails
# the build. (tests/test_docs.py checks the committed pages are current and builds it too.)
docs: venv
	$(BIN)/python docs/generate.py
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

# Speed and memory (benchmarks/run.py) on the UD treebanks in ../shared/ud: rewrites
# docs/benchmarks.md with the machine, the date and the load average. About 5 minutes;
# `make bench BENCH_ARGS=--million` adds the 1,000,000-sentence streaming run (much longer).
bench: venv
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

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

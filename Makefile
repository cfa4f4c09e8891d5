# The one list of commands. `make run` and `make test` install what they need first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.txt functions/requirements.txt | sha1sum | cut -c1-12)
PORT   ?= 8080
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# checkov (the infra/ scan of tests/unit/test_infra_checkov.py) has a virtualenv of its own: its pins clash with ours.
CHECKOV_VENV  := .venv-checkov
CHECKOV_STAMP := $(CHECKOV_VENV)/.installed-$(shell sha1sum requirements-checkov.txt | cut -c1-12)

.PHONY: install checkov chromium run test test-fast lint format bench mutants publish publish-base templates-submit templates-status smoke clean

$(STAMP): requirements.txt functions/requirements.txt
	@command -v gcloud >/dev/null || { echo "gcloud is missing: install the Google Cloud CLI and 'gcloud components install cloud-firestore-emulator' (needs Java)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

$(CHECKOV_STAMP): requirements-checkov.txt
	$(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-checkov.txt
	rm -f $(CHECKOV_VENV)/.installed-* && touch $@

checkov: $(CHECKOV_STAMP)  ## checkov in .venv-checkov, for the infra/ scan among the unit tests

# Only the monthly report's test needs a browser (it screenshots the HTML report at phone width), so
# only `make test` installs Debian's chromium, and only when it is missing (CI starts from a clean machine).
chromium:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || { \
	  echo "installing Debian's chromium: the monthly report test opens the HTML report in it"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

run: $(STAMP)  ## PUSPA on this machine: emulator, content, stand-in, webhook on PORT (8080), terminal chat
	$(BIN)/python -m localdev.run --port $(PORT)

test: $(STAMP) $(CHECKOV_STAMP) chromium lint  ## the whole suite (starts its own Firestore emulator)
	$(BIN)/pytest

test-fast: $(STAMP) $(CHECKOV_STAMP)  ## the tiers that need no emulator: unit, transcripts, contract with fakes (seconds)
	$(BIN)/pytest -q -m "not emulator and not integration and not e2e"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)  ## Firestore operations and messages per inbound message; search speed; flood control
	$(BIN)/python -m bench.firestore_ops
	$(BIN)/python -m bench.search
	$(BIN)/python -m bench.registration_ops
	$(BIN)/python -m bench.question_ops
	$(BIN)/python -m bench.readiness_ops
	PYTHONPATH=functions:. $(BIN)/python -m bench.papers_ops  # cek berkas: Firestore, Storage, messages per papers check
	PYTHONPATH=functions:. $(BIN)/python -m bench.flow_forms  # forms on one screen: messages and operations per form, budgets
	PYTHONPATH=functions:. $(BIN)/python -m bench.flow_endpoint  # the Flows endpoint's latency per screen request, warm
	PYTHONPATH=functions:. $(BIN)/python -m bench.kirim_concurrency
	PYTHONPATH=functions:. $(BIN)/python -m bench.scaling
	PYTHONPATH=functions:. $(BIN)/python -m bench.scheduler --offices 40  # one scheduler call for 40 offices
	PYTHONPATH=functions:. $(BIN)/python -m bench.offices  # 40 offices published: per message, per instance
	PYTHONPATH=functions:. $(BIN)/python -m bench.publish_base  # a base change published to 40 offices
	PYTHONPATH=functions:. $(BIN)/python -m bench.startup  # cold start and warm latency as ratios to bench/floor
	PYTHONPATH=functions:. $(BIN)/python -m bench.outage_recovery  # answering again after Firestore refused connections
	$(BIN)/python -m bench.import_time
	PYTHONPATH=functions:. $(BIN)/python -m bench.flood  # flood control: fast people never throttled, scripts are
	PYTHONPATH=functions:. $(BIN)/python -m bench.booking_ops  # Firestore operations and messages per counter booking

mutants: $(STAMP) $(CHECKOV_STAMP)  ## plant each bug of tests/mutants.py in turn and run the suite: every one must be caught
	$(BIN)/python -m tests.mutants $(ONLY)

publish: $(STAMP)  ## publish content_seed/offices/jonggol (needs GOOGLE_CLOUD_PROJECT, WHATSAPP_PHONE_NUMBER_ID)
	$(BIN)/python -m content_seed

BASE ?= kabupaten-bogor
publish-base: $(STAMP)  ## publish content_seed/bases/$(BASE) to every office extending it, each to its nomor_id (needs GOOGLE_CLOUD_PROJECT)
	$(BIN)/python -m content_seed --base $(BASE)

# Operating a deployment (infra/README.md, the runbook). The WhatsApp message templates: WHATSAPP_TOKEN and
# WHATSAPP_BUSINESS_ACCOUNT_ID in the environment.
templates-submit: $(STAMP)  ## submit the templates the code sends (puspa/whatsapp/templates.py) for Meta's review
	$(BIN)/python -m ops.templates submit

templates-status: $(STAMP)  ## which templates are approved, pending, rejected (and why) or missing
	$(BIN)/python -m ops.templates status

REGION ?= asia-southeast2
smoke: $(STAMP)  ## after a deployment: make smoke URL=<webhook_url> NUMBER=<phone_number_id> (runbook, "Smoke test")
	@[ -n "$(URL)" ] && [ -n "$(NUMBER)" ] || { echo "usage: make smoke URL=<webhook_url> NUMBER=<phone_number_id>"; exit 2; }
	$(BIN)/python -m ops.smoke --url "$(URL)" --number "$(NUMBER)" --region "$(REGION)"

clean:
	rm -rf $(VENV) $(CHECKOV_VENV) .pytest_cache .ruff_cache

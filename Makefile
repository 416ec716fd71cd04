# The two commands that matter: `make run` and `make test` (see README.md).
SHELL := /bin/bash
SWIFT ?= swift
DB ?= data/catalogus.sqlite
HOST ?= 127.0.0.1
PORT ?= 8080
RELEASE_BIN := .build/release/catalogus

.PHONY: run test build release deps check-deps fuzz bench chaos docker-check openapi-check schemathesis-random clean

## run: release build, migrate, load the demo data into a new database, serve on $(HOST):$(PORT)
run: release
	@mkdir -p $(dir $(DB))
	$(RELEASE_BIN) migrate --db $(DB)
	$(RELEASE_BIN) seed --demo --db $(DB)
	CATALOGUS_COMMIT=$$(git rev-parse --short HEAD 2>/dev/null) $(RELEASE_BIN) serve --db $(DB) --host $(HOST) --port $(PORT)

## test: every test suite (unit and integration over real sockets and SQLite files), every command the README and compose file show, hadolint
test: deps
	$(SWIFT) build --build-tests
	bash scripts/test-python-deps.sh
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory openapi-check
	bash scripts/workbook-test.sh
	bash scripts/metrics-check.sh
	python3 scripts/documented_commands.py --bin "$$($(SWIFT) build --show-bin-path)/catalogus"
	bash scripts/docker-lint.sh
	bash scripts/browser-test.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## deps: the system libraries the build links (libsqlite3-dev, zlib1g-dev, libxlsxwriter-dev, libcurl4-openssl-dev), installed when we are root
deps:
	@bash scripts/check-deps.sh

## fuzz: the libFuzzer targets over the HTTP, JSON and CSV parsers, one after another (FUZZ_SECONDS each, default 60)
fuzz:
	bash fuzz/run.sh all $${FUZZ_SECONDS:-60}

## bench: wrk against the release server (and nginx for comparison); prints figures
bench: release
	bash bench/run.sh

## openapi-check: validates /openapi.json (openapi-spec-validator), then runs schemathesis (--checks all) against the server on the same cases every run
openapi-check:
	bash scripts/openapi-check.sh

## schemathesis-random: schemathesis with a new random seed for SCHEMATHESIS_MAX_TIME seconds (default 140), to explore beyond those cases
schemathesis-random:
	SCHEMATHESIS_RANDOM=1 bash scripts/schemathesis.sh

## chaos: the release server under 8 writers while stopped 10 s, with 200 ms fsyncs, and with its wall clock stepped (chaos/README.md; a few minutes)
chaos: deps
	bash chaos/run.sh

## docker-check: what can be checked of the Docker image without a Docker engine
docker-check: deps
	bash docker/check.sh

clean:
	rm -rf .build .build-* data

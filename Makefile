# briefpress: make build | demo | test | bench | lint | fuzz | gen
# Needs only Go; `make test` under BRIEFPRESS_TOOLS=required (as .ci/run
# sets it) also needs qpdf, poppler-utils, mupdf-tools, epubcheck, hb-shape.

GO       ?= go
BIN      := bin/briefpress
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -X main.version=$(VERSION)
FUZZTIME ?= 60s

.PHONY: all build demo test lint bench fuzz gen clean epub-shot

all: build

build:
	$(GO) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/briefpress

# Build the examples with the built-in fonts and brand. While the PDF/EPUB
# writers are still stubs ("not yet implemented"), validate them instead.
demo: build
	@set -e; \
	if ! ls examples/*.md >/dev/null 2>&1; then echo "demo: no examples/*.md yet"; exit 0; fi; \
	status=0; out=$$($(BIN) build -o dist examples 2>&1) || status=$$?; \
	printf '%s\n' "$$out"; \
	if [ $$status -ne 0 ] && printf '%s' "$$out" | grep -q 'not yet implemented'; then \
		echo "demo: the writers are not implemented yet; checking the examples instead"; \
		$(BIN) check examples; \
	else exit $$status; fi

lint:
	@files=$$(gofmt -l .); \
	if [ -n "$$files" ]; then echo "gofmt needed on:"; echo "$$files"; exit 1; fi
	$(GO) vet ./...

# The fuzz step runs only once the briefs package has its FuzzParse target.
test: lint
	$(GO) test -race ./...
	$(GO) test ./briefs -run '^$$' -fuzz '^FuzzParse$$' -fuzztime 10s -fuzzminimizetime 0
	$(GO) test ./briefs -run '^$$' -fuzz '^FuzzParseBrand$$' -fuzztime 5s -fuzzminimizetime 0

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./internal/build/ ./layout/... ./output/... ./briefs/...
	scripts/bench-batch.sh
	scripts/bench-vs-pandoc.sh

# Every fuzz target for FUZZTIME each (Go fuzzes one target per run).
# -fuzzminimizetime 0: report a failing input at once, unminimised.
FUZZ_TARGETS := ./briefs:FuzzParse ./briefs:FuzzParseBrand ./layout/inline:FuzzLayout \
	./output/pdf:FuzzParseSVG ./output/pdf:FuzzPathData ./output/epub:FuzzBidiText ./fonts:FuzzExtractFace

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; fn=$${t##*:}; echo "== $$fn ($$pkg)"; \
		$(GO) test $$pkg -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 0; \
	done

gen:
	$(GO) generate ./...

# Screenshot a chapter of the Arabic example's EPUB in headless Chromium, to
# see what browser-based reading systems show (needs Debian's chromium; not
# part of make test).
epub-shot: demo
	sh output/epub/testdata/render.sh dist/solar-gulf-ar.epub ch02.xhtml dist/epub-ch02.png

clean:
	rm -rf bin dist

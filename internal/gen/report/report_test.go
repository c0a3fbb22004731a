package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// body returns the Markdown after the front matter.
func body(t *testing.T, doc []byte) (front, rest string) {
	t.Helper()
	s := string(doc)
	if !strings.HasPrefix(s, "---\n") {
		t.Fatalf("no front matter: %.40q", s)
	}
	front, rest, ok := strings.Cut(s[4:], "\n---\n")
	if !ok {
		t.Fatal("front matter not closed")
	}
	return front, rest
}

func TestCompose(t *testing.T) {
	tests := []struct {
		name              string
		cfg               config
		words             int
		footnotes, cites  int
		sources, chapters int
	}{
		{"long", longConfig(), 25000, 35, 25, 25, 10},
		{"bench", benchConfig(), 3500, 5, 5, 8, 5},
		{"scaled", scaled(longConfig(), 90000), 90000, 126, 90, 25, 10},
		{"short", scaled(benchConfig(), 1500), 1500, 2, 2, 8, 5},
	}
	footDef := regexp.MustCompile(`(?m)^\[\^(n\d+)\]:`)
	footRef := regexp.MustCompile(`\[\^(n\d+)\][^:]`)
	cite := regexp.MustCompile(`\[@[^\]]+\]`)
	citeID := regexp.MustCompile(`@([a-z0-9-]+)`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := compose(tt.cfg), compose(tt.cfg)
			if !bytes.Equal(a, b) {
				t.Fatal("two runs differ")
			}
			if !utf8.Valid(a) {
				t.Fatal("output is not valid UTF-8")
			}
			if bytes.Contains(a, []byte("\uFFFD")) {
				t.Error("output contains U+FFFD")
			}
			front, rest := body(t, a)
			if n := countWords(rest); n < tt.words*9/10 || n > tt.words*11/10 {
				t.Errorf("body has %d words, want %d ±10%%", n, tt.words)
			}
			defs := footDef.FindAllStringSubmatch(rest, -1)
			refs := footRef.FindAllStringSubmatch(rest, -1)
			if len(defs) != tt.footnotes || len(refs) != tt.footnotes {
				t.Errorf("footnotes: %d definitions, %d references; want %d of each", len(defs), len(refs), tt.footnotes)
			}
			defined := map[string]bool{}
			for _, d := range defs {
				defined[d[1]] = true
			}
			for _, r := range refs {
				if !defined[r[1]] {
					t.Errorf("footnote %s referenced but not defined", r[1])
				}
			}
			cites := cite.FindAllString(rest, -1)
			if len(cites) != tt.cites {
				t.Errorf("%d citations, want %d", len(cites), tt.cites)
			}
			for _, c := range cites {
				for _, id := range citeID.FindAllStringSubmatch(c, -1) {
					if !strings.Contains(front, "  - id: "+id[1]+"\n") {
						t.Errorf("citation %s: id %q not in references", c, id[1])
					}
				}
			}
			if n := strings.Count(front, "\n  - id: "); n != tt.sources {
				t.Errorf("%d references, want %d", n, tt.sources)
			}
			if n := strings.Count(rest, "\n# "); n != tt.chapters {
				t.Errorf("%d chapters, want %d", n, tt.chapters)
			}
			if !regexp.MustCompile(`\p{Arabic}`).MatchString(rest) {
				t.Error("no Arabic text in the body")
			}
		})
	}
}

func TestThousands(t *testing.T) {
	tests := []struct {
		in   int
		want string
	}{{0, "0"}, {999, "999"}, {1000, "1,000"}, {123456, "123,456"}, {1234567, "1,234,567"}}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := thousands(tt.in); got != tt.want {
				t.Errorf("thousands(%d) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func BenchmarkCompose(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		compose(longConfig())
	}
}

// TestCommittedUpToDate checks that the committed briefs are what the
// generator makes now (run go generate ./internal/gen after changing it).
func TestCommittedUpToDate(t *testing.T) {
	tests := []struct {
		name string
		cfg  config
		path string
	}{
		{"long", longConfig(), "../../../examples/long-report.md"},
		{"bench", benchConfig(), "../../../testdata/bench/brief-3500.md"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := os.ReadFile(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, compose(tt.cfg)) {
				t.Errorf("%s is stale: run go generate ./internal/gen", tt.path)
			}
		})
	}
}

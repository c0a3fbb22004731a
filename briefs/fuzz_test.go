package briefs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzParse checks that Parse never panics (the recover in Parse turns a
// panic into an "internal error" diagnostic, which the fuzzer reports) and
// that every diagnostic has a position inside the input.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.md")
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		fm("title: T\n", "[@a; @b, p. 1] [^x] [^x]: y\n"),
		fm("title: &a x\nsubtitle: *a\n", ""),
		fm("title: T\nreferences: [{id: a, issued: {date-parts: [[]]}}]\n", "[@a]"),
		fm("title: T\n", "- > - > 1. > x\n\n|a|\n|-|\n|[^q]|\n\n[^q]: [^q]\n"),
		"---\n---\n",
		"---\n",
		fm("title: T\nabstract: \"[^n]\\n\\n[^n]: x\"\n", ""),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, diags := Parse("f.md", data, Options{})
		// The same bytes as a body behind valid front matter, so that the
		// fuzzer reaches the Markdown side without guessing "---".
		withFront := append([]byte("---\ntitle: T\n---\n"), data...)
		_, more := Parse("f.md", withFront, Options{})
		diags = append(diags, more...)
		// Line ends are LF, CRLF or a lone CR, as YAML and CommonMark read them.
		lines := strings.Count(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(string(withFront)), "\n") + 1
		for _, d := range diags {
			if strings.HasPrefix(d.Message, "internal error") {
				t.Fatalf("panic: %s", d.Message)
			}
			if d.Line > lines+1 || d.Line < 0 || d.Col < 0 {
				t.Errorf("diagnostic outside the input (%d lines): %v", lines, d)
			}
		}
	})
}

// TestPathologicalNesting checks that 1 MiB inputs built to blow up
// Markdown parsers (goldmark#592: "- - - … x" chains; deep ">>>>") stop at
// the nesting check, quickly.
func TestPathologicalNesting(t *testing.T) {
	head := fm("title: T\n", "")
	tests := []struct {
		name, body string
	}{
		{"list chain", strings.Repeat("- ", (maxFileSize-len(head))/2-2) + "x"},
		{"quotes", strings.Repeat(">", maxFileSize-len(head)-4) + " x"},
		{"indented lists", strings.Repeat("  ", 40) + "- x\n"},
		{"ordered chain", strings.Repeat("1. ", 300_000) + "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(head + tt.body)
			if len(src) > maxFileSize {
				src = src[:maxFileSize]
			}
			start := time.Now()
			_, diags := Parse("p.md", src, Options{})
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			if len(diags) == 0 || !strings.Contains(diags[0].Message, "nesting deeper than 32") || diags[0].Line != 4 {
				t.Errorf("diagnostics %v, want the nesting error on line 4", diags)
			}
		})
	}
}

// TestPathologicalInline checks that long inline-heavy input (many
// brackets, emphasis runs, citations) parses in bounded time.
func TestPathologicalInline(t *testing.T) {
	bodies := map[string]string{
		"brackets": strings.Repeat("[", 200_000),
		"emphasis": strings.Repeat("*a ", 200_000),
		"cites":    strings.Repeat("[@x] ", 100_000),
		"fnrefs":   strings.Repeat("[^x]", 100_000),
	}
	for _, name := range []string{"brackets", "emphasis", "cites", "fnrefs"} {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			_, diags := Parse("p.md", []byte(fm("title: T\n", bodies[name])), Options{})
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			for _, d := range diags {
				if strings.HasPrefix(d.Message, "internal error") {
					t.Fatal(d)
				}
			}
		})
	}
}

// FuzzParseBrand checks that brand parsing never panics and that a brand
// is returned exactly when there is no error.
func FuzzParseBrand(f *testing.F) {
	for _, s := range []string{
		"name: X\ncolors: {primary: \"#112233\"}\npage: {size: 5in x 8in, margins: {top: 1in}}\n",
		"about: |\n  # Who\n\n  We [^a].\n",
		"fonts: {body: Noto Serif, heading: x.otf}\n",
		"a: &x [1]\nb: *x\n",
		"page: {size: 1e308pt x 1pt}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, diags := parseBrand("brand.yaml", data, Options{})
		for _, d := range diags {
			if strings.HasPrefix(d.Message, "internal error") {
				t.Fatalf("panic: %s", d.Message)
			}
		}
		if (b == nil) != diags.HasErrors() {
			t.Errorf("brand %v with diagnostics %v", b != nil, diags)
		}
	})
}

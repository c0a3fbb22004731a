package build_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/internal/build"
	"github.com/briefpress/briefpress/internal/build/pipeline"
)

// repoRoot is the module root, two levels up from this package.
func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// benchBrief finds the ~3,500-word benchmark brief, falling back to the
// first English example.
func benchBrief() string {
	root := repoRoot()
	if p := filepath.Join(root, "testdata", "bench", "brief-3500.md"); fileExists(p) {
		return p
	}
	matches, _ := filepath.Glob(filepath.Join(root, "examples", "en-*.md"))
	if len(matches) > 0 {
		return matches[0]
	}
	return ""
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// longBrief writes a synthetic report of sections × paragraphs with notes
// (about 200 pages at 60 sections) into dir.
func longBrief(dir string, sections int) (string, error) {
	var b strings.Builder
	b.WriteString("---\ntitle: A long synthetic report\ndate: 2026-01-01\nlang: en\n---\n\n")
	para := strings.Repeat("Regional policy depends on credible institutions, steady financing and patient diplomacy across borders. ", 6)
	for s := range sections {
		fmt.Fprintf(&b, "# Section %d\n\n", s+1)
		for p := range 8 {
			fmt.Fprintf(&b, "%s[^n%d-%d]\n\n", para, s, p)
			fmt.Fprintf(&b, "[^n%d-%d]: A note on section %d, paragraph %d.\n\n", s, p, s+1, p+1)
		}
	}
	path := filepath.Join(dir, "long.md")
	return path, os.WriteFile(path, []byte(b.String()), 0o644)
}

// BenchmarkBuild measures one brief through the whole pipeline in one
// process: parse, layout, PDF and EPUB, with a shared font registry.
func BenchmarkBuild(b *testing.B) {
	long, err := longBrief(b.TempDir(), 60)
	if err != nil {
		b.Fatal(err)
	}
	cases := []struct{ name, path string }{
		{"brief", benchBrief()},
		{"long", long},
	}
	reg := fonts.NewRegistry()
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			if c.path == "" {
				b.Skip("no benchmark brief: testdata/bench/brief-3500.md and examples/en-*.md are missing")
			}
			dir := filepath.Dir(c.path)
			root, err := os.OpenRoot(dir)
			if err != nil {
				b.Fatal(err)
			}
			defer root.Close()
			cfg := &pipeline.Config{Fonts: reg, Root: root, RootDir: dir, Formats: []string{"pdf", "epub"}, Producer: "briefpress bench"}
			brief := build.Brief{Path: c.path, Rel: "x"}
			b.ReportAllocs()
			for b.Loop() {
				p, err := cfg.Compile(context.Background(), brief)
				if pipeline.NotImplemented(err) {
					b.Skipf("pipeline not implemented yet: %v", err)
				}
				if err != nil || len(p.Errors) > 0 {
					b.Fatalf("build failed: %v %v", err, p.Errors)
				}
				if len(p.Artifacts) != 2 {
					b.Fatalf("%d outputs, want 2", len(p.Artifacts))
				}
			}
		})
	}
}

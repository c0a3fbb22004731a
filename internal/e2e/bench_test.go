package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout"
)

// BenchmarkTypesetExamples times layout.Typeset alone on each example
// brief, parsed once beforehand, with a warm font registry.
func BenchmarkTypesetExamples(b *testing.B) {
	list, _ := filepath.Glob(filepath.Join(repo, "examples", "*.md"))
	root, err := os.OpenRoot(repo)
	if err != nil {
		b.Fatal(err)
	}
	defer root.Close()
	reg := fonts.NewRegistry()
	for _, f := range list {
		rel, _ := filepath.Rel(repo, f)
		doc, diags := briefs.Load(f, briefs.Options{Root: root, RootDir: repo})
		if doc == nil || diags.HasErrors() {
			continue // not a brief (README.md)
		}
		brand := doc.Brand
		if brand == nil {
			brand = briefs.DefaultBrand()
		}
		if _, _, err := layout.Typeset(doc, brand, layout.Options{Fonts: reg}); err != nil {
			b.Fatalf("%s: %v", rel, err)
		}
		b.Run(filepath.Base(rel), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := layout.Typeset(doc, brand, layout.Options{Fonts: reg}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

package epub

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/internal/tooltest"
)

// loadExamples parses every brief under examples/ with briefs.Load.
func loadExamples(t testing.TB) map[string]*briefs.Document {
	return loadBriefs(t, "../../examples")
}

// loadBriefs parses every brief (a .md file starting with front matter) in
// dir, with dir as the build root.
func loadBriefs(t testing.TB, rel string) map[string]*briefs.Document {
	t.Helper()
	dir, err := filepath.Abs(rel)
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(files) == 0 {
		t.Skipf("no example briefs in %s", dir)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	reg := fonts.NewRegistry()
	docs := map[string]*briefs.Document{}
	for _, f := range files {
		if src, err := os.ReadFile(f); err != nil || !bytes.HasPrefix(src, []byte("---")) {
			continue // not a brief (README.md)
		}
		doc, diags := briefs.Load(f, briefs.Options{Root: root, RootDir: dir, Covers: reg.Covers})
		if diags.HasErrors() || doc == nil {
			t.Fatalf("%s does not load:\n%v", f, diags)
		}
		docs[strings.TrimSuffix(filepath.Base(f), ".md")] = doc
	}
	return docs
}

func writeExample(t testing.TB, doc *briefs.Document) []byte {
	t.Helper()
	brand := doc.Brand
	if brand == nil {
		brand = briefs.DefaultBrand()
	}
	var buf bytes.Buffer
	if err := Write(&buf, doc, brand, Options{Modified: testTime}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// checkAll runs epubcheck on every example, not only the English and the
// Arabic brief (each run costs about 5 s of CPU).
var checkAll = flag.Bool("epubcheck-all", false, "run epubcheck on every example brief")

// TestExamples builds the example briefs: two builds must be identical,
// every link must reach its target, the RTL brief must be RTL throughout,
// and epubcheck must report nothing.
func TestExamples(t *testing.T) {
	java := tooltest.RequireEPUBCheck(t)
	docs := loadExamples(t)
	dir := t.TempDir()
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			data := writeExample(t, doc)
			if !bytes.Equal(data, writeExample(t, doc)) {
				t.Error("two builds differ")
			}
			checkLinks(t, data)
			_, files := unzip(t, data)
			opf := string(files["EPUB/package.opf"])
			if rtl := doc.Dir == briefs.RTL; rtl != strings.Contains(opf, `page-progression-direction="rtl"`) {
				t.Errorf("RTL brief %v, but page-progression-direction is not set accordingly", rtl)
			}
			if len(doc.Notes) > 0 && !bytes.Contains(files["EPUB/xhtml/ch01.xhtml"], []byte(`epub:type="noteref"`)) &&
				!bytes.Contains(files["EPUB/xhtml/ch02.xhtml"], []byte(`epub:type="noteref"`)) {
				t.Error("a brief with notes has no noteref in its first chapters")
			}
			file := filepath.Join(dir, name+".epub")
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if *dumpDir != "" {
				os.WriteFile(filepath.Join(*dumpDir, name+".epub"), data, 0o644)
			}
			// The English and the Arabic brief hold every construct of the
			// format between them.
			if name == "water-security" || name == "solar-gulf-ar" || *checkAll {
				epubcheck(t, java, file)
			}
		})
	}
}

// BenchmarkWrite writes a 3,500-word brief with 10 notes and 8 sources:
// the shared benchmark brief (testdata/bench/brief-3500.md) and the
// hand-built one, plus the English example. Fonts come from one registry,
// as in a batch build.
func BenchmarkWrite(b *testing.B) {
	docs := map[string]*briefs.Document{"hand-built-3500": longDoc(b)}
	for name, d := range loadBriefs(b, "../../testdata/bench") {
		docs[name] = d
	}
	if d := loadExamples(b)["water-security"]; d != nil {
		docs["water-security"] = d
	}
	reg := fonts.NewRegistry()
	for _, name := range []string{"hand-built-3500", "brief-3500", "water-security"} {
		doc := docs[name]
		if doc == nil {
			continue
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := Write(&buf, doc, doc.Brand, Options{Modified: testTime, Fonts: reg}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "bytes")
		})
	}
}

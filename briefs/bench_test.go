package briefs

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse parses the 3,500-word benchmark brief (10 notes, 8
// sources, figures) and the 25,000-word long report.
func BenchmarkParse(b *testing.B) {
	for _, bc := range []struct{ name, file string }{
		{"bench-3500", "../testdata/bench/brief-3500.md"},
		{"long-25000", "../examples/long-report.md"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			src, err := os.ReadFile(bc.file)
			if err != nil {
				b.Skip(err)
			}
			opts := openRoot(b, "..")
			file := filepath.Clean(bc.file)
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, diags := Parse(file, src, opts); diags.HasErrors() {
					b.Fatal(diags)
				}
			}
		})
	}
}

// TestParseConcurrent parses the same briefs from several goroutines (run
// under -race): Parse keeps no shared state, and the results agree.
func TestParseConcurrent(t *testing.T) {
	opts := openRoot(t, "testdata")
	want, _ := Load("testdata/basic.md", opts)
	wantJSON, err := DumpJSON(want)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			doc, _ := Load("testdata/basic.md", opts)
			got, _ := DumpJSON(doc)
			if string(got) != string(wantJSON) {
				errs <- "different result"
				return
			}
			errs <- ""
		}()
	}
	for range 8 {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}

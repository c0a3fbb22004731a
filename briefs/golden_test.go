package briefs

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.model.json")

// TestGoldenModel compares DumpJSON of each testdata brief with its
// reviewed golden file testdata/NAME.model.json (go test -update rewrites
// them; read the diff before committing).
func TestGoldenModel(t *testing.T) {
	opts := openRoot(t, "testdata")
	for _, name := range []string{"basic", "arabic", "minimal", "figure"} {
		t.Run(name, func(t *testing.T) {
			file := "testdata/" + name + ".md"
			doc, diags := Load(file, opts)
			if len(diags) > 0 {
				t.Fatalf("diagnostics: %v", diags)
			}
			got, err := DumpJSON(doc)
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name+".model.json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(append(got, '\n'), want) {
				t.Errorf("DumpJSON differs from %s (run with -update and review)", golden)
			}
			again, _ := Load(file, opts)
			second, _ := DumpJSON(again)
			if !bytes.Equal(got, second) || !strings.Contains(string(got), `"type": "document"`) {
				t.Error("DumpJSON is not deterministic")
			}
		})
	}
}

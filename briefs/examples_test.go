package briefs

import (
	"os"
	"path/filepath"
	"testing"
)

// openRoot opens dir as a build root for a test.
func openRoot(t testing.TB, dir string) Options {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(abs)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	return Options{Root: root, RootDir: abs}
}

// TestExamples loads every example brief of the repository (with the
// repository as build root): they must parse without errors and with a
// title and body.
func TestExamples(t *testing.T) {
	files, _ := filepath.Glob("../examples/*.md")
	if len(files) < 3 {
		t.Fatalf("found %d example briefs, want at least 3", len(files))
	}
	opts := openRoot(t, "..")
	for _, f := range files {
		if filepath.Base(f) == "README.md" {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			doc, diags := Load(f, opts)
			for _, d := range diags {
				t.Log(d)
			}
			if diags.HasErrors() {
				t.Fatalf("errors in %s", f)
			}
			if doc.Meta.Title == "" || len(doc.Blocks) == 0 {
				t.Fatalf("title %q, %d blocks", doc.Meta.Title, len(doc.Blocks))
			}
		})
	}
}

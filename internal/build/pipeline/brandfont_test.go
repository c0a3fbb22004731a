package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/internal/build"
)

// TestBrandFontForAnotherScript: the spec lets a brand bring fonts for
// scripts the built-in fonts lack, but the coverage check ran before the
// brand's fonts were known, so a Hebrew brief with a Hebrew brand font was
// refused ("no font has U+05E9").
func TestBrandFontForAnotherScript(t *testing.T) {
	font, err := os.ReadFile(filepath.Join("testdata", "NotoSansHebrew-Regular.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		brandKey  string
		wantError string // "" when the brief must build
	}{
		{"brand font covers Hebrew", "brand: brand.yaml\n", ""},
		{"built-in fonts do not", "", "no font has U+05E9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string][]byte{
				"hebrew.ttf": font,
				"brand.yaml": []byte("fonts:\n  body: hebrew.ttf\n"),
				"brief.md":   []byte("---\ntitle: Hebrew\nlang: he\n" + tt.brandKey + "---\n\nשלום עולם, זהו מסמך.\n"),
			}
			for name, data := range files {
				if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			root, err := os.OpenRoot(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			cfg := &Config{Fonts: fonts.NewRegistry(), Root: root, RootDir: dir, Formats: []string{"pdf", "epub"}, Producer: "test"}
			p, err := cfg.Compile(context.Background(), build.Brief{Path: filepath.Join(dir, "brief.md"), Rel: "brief"})
			if err != nil {
				t.Fatal(err)
			}
			errs := strings.Join(p.Errors, "\n")
			if tt.wantError == "" {
				if errs != "" || len(p.Artifacts) != 2 {
					t.Fatalf("errors %q, %d outputs; want the brief built", errs, len(p.Artifacts))
				}
				return
			}
			if !strings.Contains(errs, tt.wantError) {
				t.Errorf("errors %q, want one saying %q", errs, tt.wantError)
			}
		})
	}
}

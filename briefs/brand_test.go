package briefs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadBrand loads a full brand file and checks the merge over the
// default brand.
func TestLoadBrand(t *testing.T) {
	dir, opts := testRoot(t)
	src := `name: Gulf Institute
short-name: GI
logo: logo.svg
website: https://gi.example.org
colors:
  primary: "#003366"
  accent: "#FF8800"
fonts:
  body: noto sans
  heading: font.ttf
page:
  size: 210mm x 297mm
  margins: {top: 20mm, bottom: 1in, inner: 72pt, outer: 2cm}
footer: "{name} · {page}"
heading-numbers: true
about: |
  We **study** water.
`
	file := filepath.Join(dir, "brand.yaml")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	b, diags := LoadBrand(file, opts)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	def := DefaultBrand()
	checks := []struct {
		name string
		ok   bool
	}{
		{"name", b.Name == "Gulf Institute" && b.ShortName == "GI"},
		{"logo", b.Logo != nil && b.Logo.Format == "svg" && b.Logo.Width == 120 && b.Logo.Height == 40},
		{"primary", b.Colors.Primary == Color{0x00, 0x33, 0x66}},
		{"accent", b.Colors.Accent == Color{0xFF, 0x88, 0x00}},
		{"text default", b.Colors.Text == def.Colors.Text},
		{"body font", b.Fonts.Body.Family == "Noto Sans"},
		{"heading font", b.Fonts.Heading.File != nil && b.Fonts.Heading.File.Format == "ttf"},
		{"arabic default", b.Fonts.ArabicBody.Family == "Noto Naskh Arabic"},
		{"size", near(b.Page.Width, 595.28) && near(b.Page.Height, 841.89)},
		{"margins", near(b.Page.Top, 56.69) && b.Page.Bottom == 72 && b.Page.Inner == 72 && near(b.Page.Outer, 56.69)},
		{"header default", b.Header == def.Header},
		{"footer", b.Footer == "{name} · {page}"},
		{"numbers", b.NumberHeadings},
		{"about", len(b.About) == 1 && PlainText(b.About[0].(*Paragraph).Content) == "We study water." && b.About[0].Position().Line == 17},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if !c.ok {
				t.Errorf("%s wrong: %+v", c.name, b)
			}
		})
	}
}

func near(a, b float64) bool { return a-b < 0.01 && b-a < 0.01 }

// TestBrandDiagnostics has one case per brand problem.
func TestBrandDiagnostics(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown key", "nmae: X\n", `1:1: error: unknown key "nmae" (line 1); did you mean "name"?`},
		{"color", "colors:\n  primary: navy\n", `2:12: error: colors: key "primary": expected a colour as #RRGGBB, found "navy"`},
		{"color key", "colors:\n  primray: \"#000000\"\n", `2:3: error: unknown key "primray" (line 2); did you mean "primary"?`},
		{"font family", "fonts:\n  body: Noto Serf\n", `2:9: error: fonts: key "body": "Noto Serf" is neither a built-in family nor a .ttf/.otf file; did you mean "Noto Serif"?`},
		{"font missing", "fonts:\n  body: nope.otf\n", `2:9: error: font "nope.otf" not found`},
		{"font not a font", "fonts:\n  body: img.ttf\n", `2:9: error: font "img.ttf" not found`},
		{"page size", "page:\n  size: B7\n", `2:9: error: page: key "size": expected A4, A5, Letter, Legal or WIDTH x HEIGHT`},
		{"margin unit", "page:\n  margins:\n    top: 20\n", `3:10: error: margins: key "top": expected a length like 20mm, 2cm, 1in or 72pt, found "20"`},
		{"margin bad", "page:\n  margins:\n    top: 20furlongs\n", `3:10: error: margins: key "top": expected a length like 20mm`},
		{"logo url", "logo: https://x.org/l.png\n", `1:7: error: image "https://x.org/l.png": URLs are never fetched`},
		{"logo escape", "logo: ../secret.png\n", `1:7: error: image "../secret.png" is outside the build root`},
		{"numbers type", "heading-numbers: yes please\n", `1:18: error: key "heading-numbers" (line 1): expected a boolean, found a string`},
		{"alias", "name: &n X\nshort-name: *n\n", `1:7: error: YAML anchors and aliases are not allowed`},
		{"node budget", "colors:\n" + strings.Repeat("  - x\n", maxBrandNodes), `1:1: error: YAML: more than 10000 nodes`},
		{"not a mapping", "- a\n", `1:1: error: brand: expected a mapping, found a list`},
	}
	dir, opts := testRoot(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(dir, "brand.yaml")
			b, diags := parseBrand(file, []byte(tt.src), opts)
			if b != nil {
				t.Error("a brand with errors must not be returned")
			}
			var got []string
			for _, d := range diags {
				s := strings.TrimPrefix(d.String(), file+":")
				if strings.HasPrefix(s, tt.want) {
					return
				}
				got = append(got, s)
			}
			t.Errorf("want %q among:\n%s", tt.want, strings.Join(got, "\n"))
		})
	}
}

// TestBriefBrand checks that a brief's brand key loads the brand relative
// to the brief, and that SkipBrand leaves it out.
func TestBriefBrand(t *testing.T) {
	dir, opts := testRoot(t)
	if err := os.MkdirAll(filepath.Join(dir, "briefs", "brands"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "briefs", "brands", "b.yaml"), []byte("name: Org\nlogo: ../../img.png\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := []byte(fm("title: T\nbrand: brands/b.yaml\n", ""))
	doc, diags := Parse(filepath.Join(dir, "briefs", "x.md"), src, opts)
	if diags.HasErrors() || doc.Brand == nil || doc.Brand.Name != "Org" || doc.Brand.Logo == nil {
		t.Fatalf("brand %+v, %v", doc.Brand, diags)
	}
	opts.SkipBrand = true
	doc, diags = Parse(filepath.Join(dir, "briefs", "x.md"), src, opts)
	if diags.HasErrors() || doc.Brand != nil || doc.Meta.BrandPath != "brands/b.yaml" {
		t.Fatalf("SkipBrand: brand %+v, %v", doc.Brand, diags)
	}
}

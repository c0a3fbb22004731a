package fonts

import (
	gotext "github.com/go-text/typesetting/font"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestFontLookup(t *testing.T) {
	reg := NewRegistry()
	tests := []struct {
		family       string
		bold, italic bool
		want         string
	}{
		{"Noto Serif", false, false, "NotoSerif-Regular"},
		{"noto serif", true, true, "NotoSerif-BoldItalic"},
		{"Noto Naskh Arabic", true, false, "NotoNaskhArabic-Bold"},
		{"Noto Naskh Arabic", false, true, "NotoNaskhArabic-Regular"}, // no italic: regular
		{"Noto Kufi Arabic", true, true, "NotoKufiArabic-Bold"},       // bold-italic: bold
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			f, err := reg.Font(tt.family, tt.bold, tt.italic)
			if err != nil {
				t.Fatal(err)
			}
			if f.Name() != tt.want {
				t.Errorf("Font(%q, %v, %v) = %s, want %s", tt.family, tt.bold, tt.italic, f.Name(), tt.want)
			}
		})
	}
	if _, err := reg.Font("Comic Sans", false, false); err == nil {
		t.Error("unknown family: want an error")
	}
}

func TestCovers(t *testing.T) {
	reg := NewRegistry()
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"latin", "Policy brief, 2024 – “quoted” é ß", true},
		{"arabic", "السياسة العامة ١٢٣ ، ؛ ؟", true},
		{"persian", "کگپچی", true},
		{"urdu", "ےٹڈڑں", true},
		{"math and arrows (Noto Sans Mono)", "−3% → ← ≤ ≥ ≠ ≈ ∞", true},
		{"ignorable", "\u200d\u200c\u200e\u200f\u2067\ufe0f\t\u00a0", true},
		{"sinhala", "\u0d9a", false},
		{"private use", "\ue000", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := true
			for _, r := range tt.text {
				if !reg.Covers(r) {
					got = false
				}
			}
			if got != tt.want {
				t.Errorf("Covers(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestHasRuneAndFallback(t *testing.T) {
	reg := NewRegistry()
	serif, _ := reg.Font("Noto Serif", false, false)
	naskh, _ := reg.Font("Noto Naskh Arabic", false, false)
	if !serif.HasRune('A') || serif.HasRune('ب') {
		t.Errorf("Noto Serif: HasRune(A)=%v HasRune(ب)=%v, want true false", serif.HasRune('A'), serif.HasRune('ب'))
	}
	if !naskh.HasRune('ب') || !naskh.HasRune('ک') {
		t.Error("Noto Naskh Arabic should have ب and ک")
	}
	tests := []struct {
		name   string
		r      rune
		prefer []*Font
		want   string
	}{
		{"preferred covers", 'A', []*Font{serif}, "NotoSerif-Regular"},
		{"arabic falls back", 'ب', []*Font{serif}, "NotoNaskhArabic-Regular"},
		{"second preference", 'ب', []*Font{serif, naskh}, "NotoNaskhArabic-Regular"},
		{"no preference", 'x', nil, "NotoSerif-Regular"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := reg.Fallback(tt.r, false, false, tt.prefer...)
			if f == nil || f.Name() != tt.want {
				t.Errorf("Fallback(%q) = %v, want %s", tt.r, f, tt.want)
			}
		})
	}
	if f := reg.Fallback(0xD9A, false, false); f != nil {
		t.Errorf("Fallback(Sinhala) = %s, want nil", f.Name())
	}
}

func TestParseOnlyUsedFonts(t *testing.T) {
	reg := NewRegistry()
	serif, _ := reg.Font("Noto Serif", false, false)
	naskh, _ := reg.Font("Noto Naskh Arabic", false, false)
	for _, r := range "Hello سلام" {
		if !reg.Covers(r) {
			t.Fatalf("%q not covered", r)
		}
	}
	if !serif.HasRune('H') || !naskh.HasRune('س') {
		t.Fatal("expected glyphs missing")
	}
	for _, f := range reg.Fonts() {
		if f.Family() == "Noto Sans" || f.Family() == "Noto Kufi Arabic" {
			if f.IsParsed() {
				t.Errorf("%s was parsed but never used", f.Name())
			}
		}
	}
}

func TestAddFile(t *testing.T) {
	reg := NewRegistry()
	data, err := files.ReadFile("files/NotoSerif-BoldItalic.ttf")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		data    []byte
		wantErr bool
	}{
		{"embedded file as bytes", data, false},
		{"garbage", []byte("this is not a font file at all"), true},
		{"truncated", data[:100], true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := reg.AddFile("brand/MyFont.ttf", tt.data)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if f.Family() != "Noto Serif" || !f.Bold() || !f.Italic() {
				t.Errorf("read family=%q bold=%v italic=%v, want Noto Serif true true", f.Family(), f.Bold(), f.Italic())
			}
			// The name comes from the font's family and bytes, not the
			// path, so it does not depend on which brief added it first.
			if !strings.HasPrefix(f.Name(), "NotoSerif-") || len(f.Name()) != len("NotoSerif-")+8 {
				t.Errorf("Name = %q, want NotoSerif-<8 hex digits>", f.Name())
			}
			if sfnt, err := f.FaceData(); err != nil || len(sfnt) != len(tt.data) {
				t.Errorf("FaceData of a plain font: %d bytes, %v; want the file", len(sfnt), err)
			}
			if !f.HasRune('Q') {
				t.Error("added font lacks Q")
			}
			m, err := f.Metrics()
			if err != nil || m.UnitsPerEm != 1000 || m.Ascender <= 0 || m.Descender <= 0 {
				t.Errorf("Metrics = %+v, %v", m, err)
			}
		})
	}
	n := len(reg.Fonts())
	again, err := reg.AddFile("other/name.ttf", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Fonts()) != n || !again.Italic() || !strings.HasPrefix(again.Name(), "NotoSerif-") {
		t.Errorf("same bytes added twice: %d fonts (want %d), got %s", len(reg.Fonts()), n, again.Name())
	}
}

func TestConcurrentUse(t *testing.T) {
	reg := NewRegistry()
	data, err := files.ReadFile("files/NotoKufiArabic-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	added := make([]*Font, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f, err := reg.AddFile("kufi.ttf", data)
			if err != nil {
				t.Error(err)
				return
			}
			added[i] = f
			for _, r := range "abc سلام" {
				if !reg.Covers(r) {
					t.Errorf("%q not covered", r)
				}
			}
			_ = reg.Describe()
		}()
	}
	wg.Wait()
	for _, f := range added {
		if f != added[0] {
			t.Fatal("concurrent AddFile of the same bytes returned different fonts")
		}
	}
	if got := len(reg.Fonts()); got != len(builtinFaces)+1 {
		t.Errorf("%d fonts, want %d", got, len(builtinFaces)+1)
	}
}

func TestDescribe(t *testing.T) {
	info := NewRegistry().Describe()
	if len(info) != 5 {
		t.Fatalf("%d families, want 5", len(info))
	}
	tests := []struct {
		family  string
		styles  []string
		scripts []string
		absent  string
	}{
		{"Noto Serif", []string{"Regular", "Bold", "Italic", "Bold Italic"}, []string{"Latin", "Greek", "Cyrillic"}, "Arabic"},
		{"Noto Naskh Arabic", []string{"Regular", "Bold"}, []string{"Arabic", "Persian", "Urdu"}, "Sinhala"},
		{"Noto Sans Mono", []string{"Regular", "Bold"}, []string{"Latin"}, "Arabic"},
	}
	for _, tt := range tests {
		t.Run(tt.family, func(t *testing.T) {
			i := slices.IndexFunc(info, func(f FamilyInfo) bool { return f.Family == tt.family })
			if i < 0 {
				t.Fatalf("%s missing", tt.family)
			}
			fi := info[i]
			if !slices.Equal(fi.Styles, tt.styles) || !fi.Builtin || fi.Err != nil {
				t.Errorf("%+v: want styles %v, builtin", fi, tt.styles)
			}
			for _, s := range tt.scripts {
				if !slices.Contains(fi.Scripts, s) {
					t.Errorf("scripts %v lack %s", fi.Scripts, s)
				}
			}
			if slices.Contains(fi.Scripts, tt.absent) {
				t.Errorf("scripts %v contain %s", fi.Scripts, tt.absent)
			}
		})
	}
}

func BenchmarkCovers(b *testing.B) {
	reg := NewRegistry()
	text := []rune("The policy brief السياسة العامة ١٢٣ کگپ")
	reg.Covers('a')
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		reg.Covers(text[i%len(text)])
	}
}

// TestParsedWithoutOutlines: shaping fonts are parsed without glyf (most of
// go-text's parsing time); Outlines still gives the glyph shapes.
func TestParsedWithoutOutlines(t *testing.T) {
	f, err := NewRegistry().Font("Noto Serif", false, false)
	if err != nil {
		t.Fatal(err)
	}
	shaping, err := f.Parsed()
	if err != nil {
		t.Fatal(err)
	}
	gid, ok := shaping.NominalGlyph('A')
	if !ok {
		t.Fatal("no glyph for A in the shaping font")
	}
	if ol, ok := gotext.NewFace(shaping).GlyphData(gid).(gotext.GlyphOutline); ok && len(ol.Segments) > 0 {
		t.Error("the shaping font carries outlines; it should be parsed without glyf")
	}
	full, err := f.Outlines()
	if err != nil {
		t.Fatal(err)
	}
	if ol, ok := gotext.NewFace(full).GlyphData(gid).(gotext.GlyphOutline); !ok || len(ol.Segments) == 0 {
		t.Error("Outlines has no outline for A")
	}
	if a, b := gotext.NewFace(shaping).HorizontalAdvance(gid), gotext.NewFace(full).HorizontalAdvance(gid); a != b {
		t.Errorf("advance of A: %v without outlines, %v with", a, b)
	}
}

// TestViewsDoNotLeak: brand fonts went into the process-wide registry, so
// in a batch one brief's fallback and family lookups could pick another
// brief's brand font. A view sees the built-in fonts and its own additions.
func TestViewsDoNotLeak(t *testing.T) {
	reg := NewRegistry()
	data, err := files.ReadFile("files/NotoKufiArabic-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	a, b := reg.View(), reg.View()
	fa, err := a.AddFile("brand/kufi.ttf", data)
	if err != nil {
		t.Fatal(err)
	}
	if n, want := len(a.Fonts()), len(builtinFaces)+1; n != want {
		t.Errorf("view a has %d fonts, want %d", n, want)
	}
	if n := len(b.Fonts()); n != len(builtinFaces) {
		t.Errorf("view b has %d fonts, want only the %d built-in ones", n, len(builtinFaces))
	}
	fb, err := b.AddFile("other/kufi.ttf", data)
	if err != nil {
		t.Fatal(err)
	}
	if fa != fb {
		t.Error("the same file added in two views was parsed twice")
	}
}

package inline

import (
	"slices"
	"strings"
	"testing"
)

func TestVisualOrder(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		dir     Direction
		wantDir Direction
		want    []string // trimmed run texts, left to right
	}{
		{
			name: "english with an arabic phrase", text: "The term سلام عليكم means peace", dir: Auto, wantDir: LTR,
			want: []string{"The term", "سلام عليكم", "means peace"},
		},
		{
			name: "english with two arabic words and a number between", text: "See تقرير 2024 عام here", dir: LTR, wantDir: LTR,
			// Arabic, then a number (AN after AL) and Arabic again form one RTL stretch,
			// shown right to left: عام, 2024, تقرير.
			want: []string{"See", "عام", "2024", "تقرير", "here"},
		},
		{
			name: "arabic with english words and 2024", text: "تقرير عام 2024 عن policy brief هنا", dir: Auto, wantDir: RTL,
			want: []string{"هنا", "policy brief", "عن", "2024", "تقرير عام"},
		},
		{
			name: "arabic paragraph starting with a number", text: "2024 سنة", dir: Auto, wantDir: RTL,
			want: []string{"سنة", "2024"},
		},
		{
			name: "forced direction overrides the text", text: "سلام hello", dir: LTR, wantDir: LTR,
			want: []string{"سلام", "hello"},
		},
		{
			// go-text's runs keep only the parity of levels; levels 0 and 2
			// were merged and this line came out scrambled (levels.go).
			name: "arabic dates inside an english citation", text: "Council, ١٤ فبراير ٢٠٢٥, https://x.org, تاريخ الاطلاع ١٤ مايو ٢٠٢٦.", dir: LTR, wantDir: LTR,
			want: []string{"Council,", "٢٠٢٥", "فبراير", "١٤", ",", "https://x.org,", "٢٠٢٦", "مايو", "١٤", "تاريخ الاطلاع", "."},
		},
		{
			name: "european number after arabic in english", text: "The word سنة 2024 ends", dir: LTR, wantDir: LTR,
			want: []string{"The word", "2024", "سنة", "ends"},
		},
		{
			name: "rtl isolate inside english", text: "Council, \u2068١٤ فبراير\u2069, https://x.org", dir: LTR, wantDir: LTR,
			want: []string{"Council, \u2068", "فبراير", "١٤", "\u2069,", "https://x.org"},
		},
		{
			name: "arabic-indic digits in arabic", text: "المادة ١٢ من القانون", dir: RTL, wantDir: RTL,
			want: []string{"من القانون", "١٢", "المادة"},
		},
	}
	e := testEngine(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ln, err := e.Shape([]Span{span(tt.text)}, tt.dir, "")
			if err != nil {
				t.Fatal(err)
			}
			if ln.Dir != tt.wantDir {
				t.Errorf("Dir = %v, want %v", ln.Dir, tt.wantDir)
			}
			if got := visualWords(ln); !slices.Equal(got, tt.want) {
				t.Errorf("visual order\n got %q\nwant %q", got, tt.want)
			}
			// Runs tile the line from x = 0 without gaps or overlaps.
			var x = ln.Width * 0
			for _, r := range runsOf(ln) {
				if r.Pos.X != x {
					t.Errorf("run %q at x=%d, want %d", r.Text, r.Pos.X, x)
				}
				x += runWidth(r)
			}
			if x != ln.Width {
				t.Errorf("runs end at %d, line width %d", x, ln.Width)
			}
			// Items are listed in logical order (MuPDF extracts text in
			// drawing order), so their texts concatenate to the source.
			var logical strings.Builder
			for _, r := range logicalRuns(ln) {
				logical.WriteString(r.Text)
			}
			if logical.String() != tt.text {
				t.Errorf("runs in item order read %q, want the source %q", logical.String(), tt.text)
			}
		})
	}
}

func TestRTLRunGlyphOrder(t *testing.T) {
	// An RTL run's glyphs are in visual order: the leftmost glyph belongs
	// to the last character.
	e := testEngine(t)
	ln, err := e.Shape([]Span{span("كتاب")}, Auto, "ar")
	if err != nil {
		t.Fatal(err)
	}
	runs := runsOf(ln)
	if len(runs) != 1 || !runs[0].RTL {
		t.Fatalf("want one RTL run, got %s", lineText(ln))
	}
	g := runs[0].Glyphs
	if first, last := g[0], g[len(g)-1]; first.Start <= last.Start || last.Start != 0 || first.End != len("كتاب") {
		t.Errorf("glyph clusters not in visual order: first %d-%d, last %d-%d", first.Start, first.End, last.Start, last.End)
	}
}

func TestMirroring(t *testing.T) {
	// In an RTL run "(" is drawn with the glyph of ")" (Bidi_Mirrored).
	e := testEngine(t)
	tests := []struct {
		name, text string
		mirrored   bool
	}{
		{"rtl parentheses", "السياسة (العامة) اليوم", true},
		{"ltr parentheses", "policy (public) today", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ln, err := e.Shape([]Span{span(tt.text)}, Auto, "")
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, r := range runsOf(ln) {
				face, err := e.st.face(r.Font)
				if err != nil {
					t.Fatal(err)
				}
				open, _ := face.NominalGlyph('(')
				closing, _ := face.NominalGlyph(')')
				for _, g := range r.Glyphs {
					if r.Text[g.Start:g.End] != "(" {
						continue
					}
					found = true
					want := open
					if tt.mirrored {
						want = closing
					}
					if uint32(g.ID) != uint32(want) {
						t.Errorf("glyph for ( is %d, want %d (mirrored=%v)", g.ID, want, tt.mirrored)
					}
				}
			}
			if !found {
				t.Fatal("no glyph for (")
			}
		})
	}
}

func TestResolveDir(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		dir, base Direction
		want      Direction
	}{
		{"first strong latin", "123 hello سلام", Auto, RTL, LTR},
		{"first strong arabic", "١٢٣ سلام hello", Auto, LTR, RTL},
		{"no strong, base rtl", "123 ... !", Auto, RTL, RTL},
		{"no strong, no base", "123", Auto, Auto, LTR},
		{"isolate skipped", "\u2067سلام\u2069 hello", Auto, RTL, LTR},
		{"explicit", "سلام", LTR, RTL, LTR},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveDir(tt.dir, tt.base, []rune(tt.text)); got != tt.want {
				t.Errorf("resolveDir = %v, want %v", got, tt.want)
			}
		})
	}
}

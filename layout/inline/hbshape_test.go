package inline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/internal/tooltest"
	"github.com/go-text/typesetting/language"
)

// corpusEntry is one line of testdata/shaping-corpus.txt.
type corpusEntry struct {
	tag, text string
	line      int
}

func readCorpus(t *testing.T) []corpusEntry {
	t.Helper()
	data, err := os.ReadFile("testdata/shaping-corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []corpusEntry
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		tag, text, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("corpus line %d: no tab", n)
		}
		out = append(out, corpusEntry{tag, text, n})
	}
	return out
}

// hbGlyph is one glyph of hb-shape's JSON output (font units).
type hbGlyph struct {
	G  int `json:"g"`
	Cl int `json:"cl"`
	Dx int `json:"dx"`
	Dy int `json:"dy"`
	Ax int `json:"ax"`
}

// TestHBShapeCorpus shapes every corpus entry with the engine's shaping
// stage and with C HarfBuzz (hb-shape) on the same font file, direction,
// script and language, and requires identical glyph IDs, clusters,
// advances and offsets in font units.
func TestHBShapeCorpus(t *testing.T) {
	hb := tooltest.Require(t, "hb-shape")[0]
	entries := readCorpus(t)
	reg := fonts.NewRegistry()
	type setup struct {
		font         string
		rtl          bool
		script, lang string
	}
	setups := map[string]setup{
		"ar": {"NotoNaskhArabic-Regular", true, "arab", "ar"},
		"fa": {"NotoNaskhArabic-Regular", true, "arab", "fa"},
		"ur": {"NotoNaskhArabic-Regular", true, "arab", "ur"},
		"en": {"NotoSerif-Regular", false, "latn", "en"},
	}
	counts := map[string]int{}
	for _, e := range entries {
		if e.tag == "en" {
			counts["latin"]++
		} else {
			counts["arabic"]++
		}
	}
	if counts["latin"] < 200 || counts["arabic"] < 200 {
		t.Fatalf("corpus has %d Latin and %d Arabic entries, want at least 200 each", counts["latin"], counts["arabic"])
	}
	st := newState()
	for _, tag := range []string{"ar", "fa", "ur", "en"} {
		su := setups[tag]
		t.Run(tag, func(t *testing.T) {
			var group []corpusEntry
			for _, e := range entries {
				if e.tag == tag {
					group = append(group, e)
				}
			}
			var f *fonts.Font
			for _, c := range reg.Fonts() {
				if c.Name() == su.font {
					f = c
				}
			}
			dir := t.TempDir()
			txt := filepath.Join(dir, "in.txt")
			var buf strings.Builder
			for _, e := range group {
				buf.WriteString(e.text + "\n")
			}
			if err := os.WriteFile(txt, []byte(buf.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			direction := "ltr"
			if su.rtl {
				direction = "rtl"
			}
			cmd := exec.Command(hb, "--no-glyph-names", "--output-format=json", "--text-file="+txt,
				"--direction="+direction, "--script="+su.script, "--language="+su.lang,
				filepath.Join("..", "..", "fonts", "files", su.font+".ttf"))
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("hb-shape: %v", err)
			}
			outLines := strings.Split(strings.TrimSpace(string(out)), "\n")
			if len(outLines) != len(group) {
				t.Fatalf("hb-shape gave %d lines for %d entries", len(outLines), len(group))
			}
			script, err := language.ParseScript(su.script)
			if err != nil {
				t.Fatal(err)
			}
			for i, e := range group {
				var want []hbGlyph
				if err := json.Unmarshal([]byte(outLines[i]), &want); err != nil {
					t.Fatalf("line %d: %v", e.line, err)
				}
				got, err := st.shapeUnits(f, []rune(e.text), su.rtl, script, language.NewLanguage(su.lang))
				if err != nil {
					t.Fatal(err)
				}
				if g, w := compactGo(got), compactHB(want); g != w {
					t.Errorf("corpus line %d %q:\n got %s\nwant %s", e.line, e.text, g, w)
				}
			}
		})
	}
}

// compactGo and compactHB print glyphs as hb-shape's compact strings:
// gid=cluster@dx,dy+advance.
func compactGo(gs []unitGlyph) string {
	var b strings.Builder
	for i, g := range gs {
		if i > 0 {
			b.WriteByte('|')
		}
		fmt.Fprintf(&b, "%d=%d@%s,%s+%s", g.ID, g.Cluster, units(g.XOff), units(g.YOff), units(g.Advance))
	}
	return b.String()
}

func compactHB(gs []hbGlyph) string {
	var b strings.Builder
	for i, g := range gs {
		if i > 0 {
			b.WriteByte('|')
		}
		fmt.Fprintf(&b, "%d=%d@%d,%d+%d", g.G, g.Cl, g.Dx, g.Dy, g.Ax)
	}
	return b.String()
}

// units prints a 1/64-unit value in font units, flagging fractions.
func units(v int32) string {
	if v%64 != 0 {
		return fmt.Sprintf("%d/64", v)
	}
	return fmt.Sprint(v / 64)
}

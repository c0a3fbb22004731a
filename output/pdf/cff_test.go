package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/layout/frame"
)

// TestCFFFont embeds a font with CFF outlines (EB Garamond, shipped as a
// test resource of the tdewolff/font module) as CIDFontType0 with an
// OpenType font file, and checks that tools read it.
func TestCFFFont(t *testing.T) {
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/tdewolff/font").Output()
	if err != nil {
		t.Skipf("module directory of tdewolff/font unknown: %v", err)
	}
	path := filepath.Join(strings.TrimSpace(string(dir)), "resources", "EBGaramond12-Regular.otf")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("CFF test font missing: %v", err)
	}
	s := newTestShaper()
	f, err := s.reg.AddFile(path, data)
	if err != nil {
		t.Fatal(err)
	}
	text := "Affluent office floors"
	doc := &frame.Document{Pages: []frame.Page{{Width: frame.Points(300), Height: frame.Points(100),
		Items: line(frame.Points(20), frame.Points(50), s.run(t, f, text, 14, false))}}}
	out := writeFile(t, doc, Options{})

	fonts, _ := run(t, "pdffonts", out)
	if !strings.Contains(fonts, "CID Type 0C (OT)") || !strings.Contains(fonts, "yes yes yes") {
		t.Errorf("pdffonts:\n%s", fonts)
	}
	check, errOut := run(t, "qpdf", "--check", out)
	if strings.Contains(strings.ToLower(check+errOut), "warning") {
		t.Errorf("qpdf --check:\n%s%s", check, errOut)
	}
	for _, tool := range []string{"pdftotext", "mutool"} {
		if got := extract(t, tool, out); got != text {
			t.Errorf("%s: got %q, want %q", tool, got, text)
		}
	}
	if _, errOut := run(t, "mutool", "draw", "-q", "-o", os.DevNull, out); stripICC(errOut) != "" {
		t.Errorf("mutool draw:\n%s", errOut)
	}
}

package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/internal/tooltest"
	"github.com/briefpress/briefpress/layout/frame"
	"golang.org/x/text/unicode/norm"
)

// writeFile writes doc to a temporary PDF file and returns its path.
func writeFile(t testing.TB, doc *frame.Document, opts Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, doc, opts); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("BRIEFPRESS_PDF_OUT"); dir != "" { // keep a copy to look at
		_ = os.WriteFile(filepath.Join(dir, strings.ReplaceAll(t.Name(), "/", "_")+".pdf"), buf.Bytes(), 0o644)
	}
	return path
}

// run runs a tool and returns stdout and stderr.
func run(t testing.TB, name string, args ...string) (string, string) {
	t.Helper()
	tooltest.Require(t, name)
	cmd := exec.Command(name, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.String(), errb.String()
}

// normText NFKC-normalizes s, drops bidi controls (poppler wraps RTL
// text in U+202B … U+202C) and collapses whitespace to single spaces.
func normText(s string) string {
	s = strings.Map(func(r rune) rune {
		if (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(norm.NFKC.String(s)), " ")
}

// extract returns the text of the PDF's pages by tool ("pdftotext" or
// "mutool"), normalized.
func extract(t testing.TB, tool, path string) string {
	t.Helper()
	if tool == "pdftotext" {
		out, _ := run(t, "pdftotext", "-enc", "UTF-8", path, "-")
		return normText(out)
	}
	out, _ := run(t, "mutool", "draw", "-q", "-F", "txt", "-o", "-", path)
	return normText(out)
}

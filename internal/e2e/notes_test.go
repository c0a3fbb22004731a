package e2e

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/briefpress/briefpress/internal/tooltest"
)

// destRE matches a named destination of a note or a note reference in
// mutool's print of the catalog's /Dests name tree: (note-3) [ 7 0 R ...
var destRE = regexp.MustCompile(`\((note|ref)-(\d+)\)\s*\[\s*(\d+) 0 R`)

// checkNotes checks, through the PDF's named destinations, that every
// note starts on the page of its first reference.
func checkNotes(t *testing.T, pdf string) {
	t.Helper()
	out, err := exec.Command("mutool", "show", pdf, "trailer/Root/Names/Dests").CombinedOutput()
	if err != nil {
		t.Fatalf("mutool show: %v\n%s", err, out)
	}
	note, ref := map[string]string{}, map[string]string{}
	for _, m := range destRE.FindAllStringSubmatch(string(out), -1) {
		if m[1] == "note" {
			note[m[2]] = m[3]
		} else {
			ref[m[2]] = m[3]
		}
	}
	for n, page := range note {
		if ref[n] != page {
			t.Errorf("note %s starts on page object %s, its reference is on page object %s", n, page, ref[n])
		}
	}
	t.Logf("%d notes checked", len(note))
	if len(ref) != len(note) {
		t.Errorf("%d note references but %d notes", len(ref), len(note))
	}
}

func TestExamplesNotesOnTheirPage(t *testing.T) {
	tooltest.Require(t, "mutool")
	for _, brief := range examples(t) {
		t.Run(filepath.Base(brief), func(t *testing.T) {
			checkNotes(t, buildPDF(t, brief))
		})
	}
}

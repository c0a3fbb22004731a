package e2e

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/briefpress/briefpress/internal/tooltest"
)

var (
	pageRE = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	wordRE = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// slack is the tolerance of the text-area checks, in points.
const slack = 1.5

func TestExamplesTextInsideTextArea(t *testing.T) {
	tooltest.Require(t, "pdftotext")
	for _, brief := range examples(t) {
		t.Run(filepath.Base(brief), func(t *testing.T) {
			checkTextArea(t, buildPDF(t, brief), marginsOf(t, brief))
		})
	}
}

// checkTextArea checks that every word box of pdf, except on the cover and
// the back page and in the header and footer, stays inside the text area:
// never closer to the paper edge than the smaller side margin, nor into
// the bottom margin.
func checkTextArea(t *testing.T, pdf string, mg margins) {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	pagesAt := pageRE.FindAllSubmatchIndex(out, -1)
	if len(pagesAt) < 3 {
		t.Fatalf("%d pages in the bbox output", len(pagesAt))
	}
	words := 0
	for i := 1; i < len(pagesAt)-1; i++ { // not the cover, not the back page
		w, _ := strconv.ParseFloat(string(out[pagesAt[i][2]:pagesAt[i][3]]), 64)
		h, _ := strconv.ParseFloat(string(out[pagesAt[i][4]:pagesAt[i][5]]), 64)
		end := len(out)
		if i+1 < len(pagesAt) {
			end = pagesAt[i+1][0]
		}
		for _, m := range wordRE.FindAllSubmatch(out[pagesAt[i][1]:end], -1) {
			x0, _ := strconv.ParseFloat(string(m[1]), 64)
			y0, _ := strconv.ParseFloat(string(m[2]), 64)
			x1, _ := strconv.ParseFloat(string(m[3]), 64)
			y1, _ := strconv.ParseFloat(string(m[4]), 64)
			if y1 < mg.top || y0 > h-mg.bottom { // header or footer
				continue
			}
			words++
			if x0 < mg.side-slack || x1 > w-mg.side+slack {
				t.Errorf("page %d: %q at x %.1f–%.1f is outside the text area (%.0f–%.0f)", i+1, m[5], x0, x1, mg.side, w-mg.side)
			}
			if y1 > h-mg.bottom+slack && y0 < h-mg.bottom {
				t.Errorf("page %d: %q at y %.1f–%.1f runs into the bottom margin", i+1, m[5], y0, y1)
			}
		}
	}
	if words == 0 {
		t.Error("no words found inside the pages")
	}
}

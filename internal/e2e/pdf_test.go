package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/internal/tooltest"
)

// isArabic reports whether the brief's front matter sets an Arabic-script
// language.
func isArabic(t *testing.T, brief string) bool {
	data, err := os.ReadFile(filepath.Join(repo, brief))
	if err != nil {
		t.Fatal(err)
	}
	return regexp.MustCompile(`(?m)^lang:\s*["']?(ar|fa|ur)\b`).Match(data)
}

// pages returns the text of each page (pdftotext -layout).
func pages(t *testing.T, pdf string) []string {
	out, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	ps := strings.Split(string(out), "\f")
	if len(ps) > 0 && strings.TrimSpace(ps[len(ps)-1]) == "" {
		ps = ps[:len(ps)-1]
	}
	return ps
}

// ascii turns Arabic-Indic digits into ASCII ones.
func ascii(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '٠' && r <= '٩' {
			return '0' + r - '٠'
		}
		return r
	}, s)
}

// footers maps a printed page number to the index of the page whose
// footer prints it, and returns the footer numbers as printed. It reads
// word boxes (pdftotext -bbox) in the bottom margin: the page number of
// "N of M" is the first number in reading order, the leftmost in a
// left-to-right footer and the rightmost in an Arabic one.
func footers(t *testing.T, pdf string) (map[int]int, []string) {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	at := map[int]int{}
	var raw []string
	pagesAt := pageRE.FindAllSubmatchIndex(out, -1)
	for i := range pagesAt {
		h, _ := strconv.ParseFloat(string(out[pagesAt[i][4]:pagesAt[i][5]]), 64)
		end := len(out)
		if i+1 < len(pagesAt) {
			end = pagesAt[i+1][0]
		}
		best, bestX := "", 0.0
		for _, m := range wordRE.FindAllSubmatch(out[pagesAt[i][1]:end], -1) {
			y0, _ := strconv.ParseFloat(string(m[2]), 64)
			x0, _ := strconv.ParseFloat(string(m[1]), 64)
			word := string(m[5])
			if y0 < h-botMargin || !numberRE.MatchString(word) {
				continue
			}
			ar := strings.ContainsAny(word, "٠١٢٣٤٥٦٧٨٩")
			if best == "" || (ar && x0 > bestX) || (!ar && x0 < bestX) {
				best, bestX = word, x0
			}
		}
		if best == "" {
			continue
		}
		raw = append(raw, best)
		n, _ := strconv.Atoi(ascii(best))
		at[n] = i
	}
	return at, raw
}

var numberRE = regexp.MustCompile(`^[0-9٠-٩]+$`)

func TestExamplesBuildAndCheck(t *testing.T) {
	tooltest.Require(t, "qpdf", "pdftotext")
	for _, brief := range examples(t) {
		t.Run(filepath.Base(brief), func(t *testing.T) {
			pdf := buildPDF(t, brief)
			checkQPDF(t, pdf)
			ps := pages(t, pdf)
			if len(ps) < 3 {
				t.Fatalf("%d pages; want cover, body and back page", len(ps))
			}
			at, raw := footers(t, pdf)
			if len(at) == 0 {
				t.Fatal(`no "N of M" page footers found`)
			}
			if isArabic(t, brief) {
				for _, n := range raw {
					if strings.ContainsAny(n, "0123456789") {
						t.Errorf("Arabic brief prints page number %q in ASCII digits", n)
					}
				}
			}
			checkTOC(t, ps, at)
		})
	}
}

var tocLineRE = regexp.MustCompile(`^\s*(?:([0-9٠-٩]+)\s{2,})?(.*?\S)(?:\s{2,}([0-9٠-٩]+))?\s*$`)

// checkTOC checks each contents entry: the page that prints its number
// holds the heading's first words.
func checkTOC(t *testing.T, ps []string, at map[int]int) {
	t.Helper()
	toc := ps[1]
	if !strings.Contains(toc, "Contents") && !strings.Contains(toc, "المحتويات") {
		t.Log("no table of contents on page 2")
		return
	}
	entries := 0
	for _, line := range strings.Split(toc, "\n") {
		m := tocLineRE.FindStringSubmatch(line)
		if m == nil || (m[1] == "") == (m[3] == "") {
			continue
		}
		num := m[1] + m[3]
		n, _ := strconv.Atoi(ascii(num))
		words := strings.Fields(m[2])
		if len(words) > 3 {
			words = words[:3]
		}
		title := strings.Join(words, " ")
		entries++
		pi, ok := at[n]
		if !ok {
			t.Errorf("contents entry %q points at page %d, which no page prints", title, n)
			continue
		}
		if !strings.Contains(strings.Join(strings.Fields(ps[pi]), " "), title) {
			t.Errorf("contents entry %q says page %d, but that page (index %d) does not show it", title, n, pi)
		}
	}
	if entries == 0 {
		t.Error("table of contents has no entries with page numbers")
	}
}

// checkQPDF runs qpdf --check on pdf.
func checkQPDF(t *testing.T, pdf string) {
	t.Helper()
	out, err := exec.Command("qpdf", "--check", pdf).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
}

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
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
	ps := strings.Split(unbidi(string(out)), "\f")
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
// footer prints it, and returns the page numbers as printed. It reads the
// word boxes (pdftotext -bbox) in the bottom margin, in visual order, and
// looks for "N of M", "N / M" or "N من M": the page number is the left
// number, or the right one when the digits are Arabic-Indic (the footer
// reads right to left).
func footers(t *testing.T, pdf string, m margins) (map[int]int, []string) {
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
		type word struct {
			x    float64
			text string
		}
		var ws []word
		for _, mm := range wordRE.FindAllSubmatch(out[pagesAt[i][1]:end], -1) {
			y0, _ := strconv.ParseFloat(string(mm[2]), 64)
			x0, _ := strconv.ParseFloat(string(mm[1]), 64)
			if y0 >= h-m.bottom {
				ws = append(ws, word{x0, unbidi(string(mm[5]))})
			}
		}
		sort.SliceStable(ws, func(a, b int) bool { return ws[a].x < ws[b].x })
		found := false
		for k := 0; k+2 < len(ws); k++ {
			a, sep, b := ws[k].text, ws[k+1].text, ws[k+2].text
			if !numberRE.MatchString(a) || !numberRE.MatchString(b) || !sepRE.MatchString(sep) {
				continue
			}
			page := a
			if strings.ContainsAny(a+b, "٠١٢٣٤٥٦٧٨٩") {
				page = b
			}
			raw = append(raw, page)
			n, _ := strconv.Atoi(ascii(page))
			at[n] = i
			found = true
			break
		}
		if found {
			continue
		}
		// A footer with the page number alone ("{name} · {page}"): the
		// number at the end of the line in reading order.
		for k := range ws {
			j := len(ws) - 1 - k // the rightmost first in left-to-right text
			if strings.ContainsAny(ws[0].text, "٠١٢٣٤٥٦٧٨٩") || strings.ContainsAny(ws[len(ws)-1].text, "٠١٢٣٤٥٦٧٨٩") {
				j = k
			}
			if numberRE.MatchString(ws[j].text) {
				raw = append(raw, ws[j].text)
				n, _ := strconv.Atoi(ascii(ws[j].text))
				at[n] = i
				break
			}
		}
	}
	return at, raw
}

// unbidi removes the bidi control characters pdftotext puts around
// right-to-left text.
func unbidi(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == 0x200E, r == 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
			return -1
		}
		return r
	}, s)
}

var sepRE = regexp.MustCompile(`^(of|/|من|نم)$`)

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
			m := marginsOf(t, brief)
			at, raw := footers(t, pdf, m)
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

// margins are the page margins in points (the smaller side margin).
type margins struct{ side, top, bottom float64 }

// builtinMargins are the built-in brand's.
var builtinMargins = margins{side: 62, top: 72, bottom: 72}

var marginRE = regexp.MustCompile(`(?m)^\s+(top|bottom|inner|outer):\s*["']?([\d.]+)\s*(mm|pt|in|cm)?`)

// marginsOf reads the margins of the brief's brand file (the examples
// give them as "inner: 20mm"), or returns the built-in ones.
func marginsOf(t *testing.T, brief string) margins {
	data, err := os.ReadFile(filepath.Join(repo, brief))
	if err != nil {
		t.Fatal(err)
	}
	bm := regexp.MustCompile(`(?m)^brand:\s*["']?([^"'\n]+)`).FindSubmatch(data)
	if bm == nil {
		return builtinMargins
	}
	brand, err := os.ReadFile(filepath.Join(repo, filepath.Dir(brief), strings.TrimSpace(string(bm[1]))))
	if err != nil {
		t.Fatalf("brand of %s: %v", brief, err)
	}
	m := builtinMargins
	side := map[string]float64{"inner": 70, "outer": 62}
	for _, mm := range marginRE.FindAllSubmatch(brand, -1) {
		v, _ := strconv.ParseFloat(string(mm[2]), 64)
		switch string(mm[3]) {
		case "mm":
			v *= 72 / 25.4
		case "cm":
			v *= 72 / 2.54
		case "in":
			v *= 72
		}
		switch string(mm[1]) {
		case "top":
			m.top = v
		case "bottom":
			m.bottom = v
		default:
			side[string(mm[1])] = v
		}
	}
	m.side = min(side["inner"], side["outer"])
	return m
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

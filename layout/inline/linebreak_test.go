package inline

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/layout/frame"
)

// longText returns the paragraphs of testdata/long-text.txt as (tag, text).
func longText(t testing.TB) [][2]string {
	t.Helper()
	f, err := os.Open("testdata/long-text.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if tag, text, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			out = append(out, [2]string{tag, text})
		}
	}
	return out
}

func longParagraph(tag, text string, width frame.Length, align Align) *Paragraph {
	p := &Paragraph{Spans: []Span{span(text)}, Width: width, Align: align, Lang: "en"}
	if tag == "ar" {
		p.Lang, p.Dir = "ar", RTL
	}
	return p
}

func TestLinesFitTheMeasure(t *testing.T) {
	e := testEngine(t)
	paras := longText(t)
	for _, width := range []frame.Length{120 * frame.Pt, 200 * frame.Pt, 340 * frame.Pt} {
		for _, align := range []Align{Justify, Start, End, Center} {
			t.Run(fmt.Sprintf("%.0fpt/%s", width.Pt(), alignNames[align]), func(t *testing.T) {
				ragged := 0
				for pi, pt := range paras[:12] {
					p := longParagraph(pt[0], pt[1], width, align)
					lines, warns, err := e.Layout(p)
					if err != nil {
						t.Fatal(err)
					}
					if len(warns) != 0 {
						t.Errorf("paragraph %d: unexpected warnings %v", pi, warns)
					}
					for li, ln := range lines {
						lo, hi := extent(ln)
						if lo < 0 || hi > width {
							t.Errorf("paragraph %d line %d spans %d..%d, outside 0..%d: %s", pi, li, lo, hi, width, lineText(ln))
						}
						last := li == len(lines)-1
						rtl := pt[0] == "ar"
						switch {
						case align == Justify && !last:
							if lo != 0 || hi != width {
								t.Errorf("paragraph %d line %d: justified line spans %d..%d, want 0..%d", pi, li, lo, hi, width)
							}
						case align == Justify || align == Start:
							if (!rtl && lo != 0) || (rtl && hi != width) {
								t.Errorf("paragraph %d line %d (rtl=%v): start-aligned line spans %d..%d", pi, li, rtl, lo, hi)
							}
						case align == End:
							if (rtl && lo != 0) || (!rtl && hi != width) {
								t.Errorf("paragraph %d line %d (rtl=%v): end-aligned line spans %d..%d", pi, li, rtl, lo, hi)
							}
						}
						if last && hi-lo < width {
							ragged++
						}
					}
				}
				// A last line may shrink to fit exactly, but most are short.
				if ragged < 10 {
					t.Errorf("only %d of 12 last lines are ragged", ragged)
				}
			})
		}
	}
}

var alignNames = map[Align]string{Justify: "justify", Start: "start", End: "end", Center: "center"}

func TestOverfullWord(t *testing.T) {
	e := testEngine(t)
	long := "Pneumonoultramicroscopicsilicovolcanoconiosis"
	p := &Paragraph{Spans: []Span{span("A short start then " + long + " and a short end of the paragraph.")}, Width: 90 * frame.Pt}
	lines, warns, err := e.Layout(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Message, long) || warns[0].Offset != strings.Index(p.Spans[0].Text, long) {
		t.Fatalf("warnings = %+v, want one overfull warning at the long word", warns)
	}
	over := 0
	for _, ln := range lines {
		if _, hi := extent(ln); hi > p.Width {
			over++
			if w := visualWords(ln); len(w) != 1 || w[0] != long {
				t.Errorf("overfull line holds %q, want only the long word", w)
			}
		}
	}
	if over != 1 {
		t.Errorf("%d overfull lines, want 1", over)
	}
}

func TestForcedBreakAndIndent(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name      string
		text      string
		dir       Direction
		indent    frame.Length
		wantLines int
	}{
		{"two forced breaks", "first line\nsecond line\nthird", LTR, 0, 3},
		{"empty line kept", "one\n\nthree", LTR, 0, 3},
		{"indent ltr", "short text", LTR, 20 * frame.Pt, 1},
		{"indent rtl", "نص قصير", RTL, 20 * frame.Pt, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Paragraph{Spans: []Span{span(tt.text)}, Dir: tt.dir, Width: 300 * frame.Pt, Indent: tt.indent}
			lines, _, err := e.Layout(p)
			if err != nil {
				t.Fatal(err)
			}
			if len(lines) != tt.wantLines {
				t.Fatalf("%d lines, want %d", len(lines), tt.wantLines)
			}
			lo, hi := extent(lines[0])
			if tt.dir == LTR && lo != tt.indent || tt.dir == RTL && hi != p.Width-tt.indent {
				t.Errorf("first line spans %d..%d with indent %d", lo, hi, tt.indent)
			}
			for _, ln := range lines {
				if ln.Ascent <= 0 || ln.Descent <= 0 || ln.Leading != 12*frame.Pt+frame.Pt/2 {
					t.Errorf("line metrics ascent=%d descent=%d leading=%d", ln.Ascent, ln.Descent, ln.Leading)
				}
			}
		})
	}
}

// totalDemerits evaluates a break sequence with the same demerits as
// knuthPlass. It returns -1 if some line is infeasible (overfull).
func totalDemerits(list []elem, breaks []int, width lineWidths) int64 {
	totals := make([]sums, len(list)+1)
	for i, e := range list {
		t := totals[i]
		if e.kind != penaltyElem {
			t.w += e.width
		}
		if e.kind == glueElem {
			t.y += e.stretch
			t.z += e.shrink
			if e.fill {
				t.fill++
			}
		}
		totals[i+1] = t
	}
	var total int64
	after, prevFit, prev := totals[0], 2, -1
	for n, b := range breaks {
		bad, shrinking, overfull := evalLine(list, totals, after, b, width(n))
		if overfull {
			return -1
		}
		fit := fitness(bad, shrinking)
		pen := 0
		if list[b].kind == penaltyElem {
			pen = list[b].penalty
		}
		flagged := list[b].flagged && prev >= 0 && list[prev].flagged
		total += demerits(bad, pen, flagged, fit-prevFit)
		after, prevFit, prev = afterBreak(list, totals, b), fit, b
	}
	return total
}

// greedyBreaks is first-fit: each line takes as many words as fit.
func greedyBreaks(list []elem, width lineWidths) []int {
	var out []int
	var w frame.Length
	last := -1
	lineStartW := frame.Length(0)
	for i, e := range list {
		switch e.kind {
		case boxElem:
			w += e.width
			if w-lineStartW > width(len(out)) && last >= 0 {
				out = append(out, last)
				lineStartW = widthUpTo(list, list[last].next, last)
				last = -1
			}
		case glueElem:
			if i > 0 && list[i-1].kind == boxElem {
				last = i
			}
			w += e.width
		case penaltyElem:
			if e.penalty == forcedBreak {
				out = append(out, i)
				lineStartW, last = w, -1
			} else if e.penalty < infPenalty {
				last = i
			}
		}
	}
	return out
}

// widthUpTo is the total width of list up to and including break b
// (the start of the line after it).
func widthUpTo(list []elem, _ int, b int) frame.Length {
	var w frame.Length
	for _, e := range list[:b+1] {
		if e.kind != penaltyElem {
			w += e.width
		}
	}
	return w
}

func TestKnuthPlassBeatsGreedy(t *testing.T) {
	e := testEngine(t)
	paras := longText(t)
	better := 0
	for i, pt := range paras[:10] {
		p := longParagraph(pt[0], pt[1], 220*frame.Pt, Justify)
		pa, err := e.prepare(p.Spans, p.Dir, p.Base, p.Lang)
		if err != nil {
			t.Fatal(err)
		}
		list := e.st.breakList(pa, true)
		width := func(int) frame.Length { return p.Width }
		kp := totalDemerits(list, knuthPlass(list, width), width)
		greedy := totalDemerits(list, greedyBreaks(list, width), width)
		if kp < 0 {
			t.Fatalf("paragraph %d: Knuth–Plass made an overfull line", i)
		}
		if greedy >= 0 && kp > greedy {
			t.Errorf("paragraph %d: Knuth–Plass demerits %d > greedy %d", i, kp, greedy)
		}
		t.Logf("paragraph %d: kp %d greedy %d", i, kp, greedy)
		if greedy < 0 || kp < greedy {
			better++
		}
	}
	if better == 0 {
		t.Error("Knuth–Plass never beat first-fit on the corpus paragraphs")
	}
}

// TestNoBreakInsideDoubleSlash: a URL in a note broke after "https://",
// leaving the scheme alone at the end of a line.
func TestNoBreakInsideDoubleSlash(t *testing.T) {
	e := testEngine(t)
	text := "Data at https://climate.example.org/guides/heat-plan/2024/summary.html are public."
	for _, w := range []frame.Length{60, 80, 100, 120, 150} {
		lines, _, err := e.Layout(&Paragraph{Spans: []Span{span(text)}, Width: w * frame.Pt, Align: Start})
		if err != nil {
			t.Fatal(err)
		}
		for _, ln := range lines {
			var b strings.Builder
			for _, r := range logicalRuns(ln) {
				b.WriteString(r.Text)
			}
			got := strings.TrimSpace(b.String())
			if strings.HasSuffix(got, "/") && (strings.HasSuffix(got, "//") || strings.HasSuffix(got, "https:/")) {
				t.Errorf("width %d pt: a line ends inside \"//\": %q", w, got)
			}
		}
	}
}

package inline

import (
	"errors"
	"fmt"

	"github.com/briefpress/briefpress/layout/frame"
)

var errNoText = errors.New("inline: paragraph has no text")

// defaultSize is the font size of a span whose Style.Size is 0.
const defaultSize = 10 * frame.Pt

// prepare collects, itemizes and shapes spans.
func (e *Engine) prepare(spans []Span, dir, base Direction, lang string) (*para, error) {
	sized := make([]Span, len(spans))
	copy(sized, spans)
	for i := range sized {
		if sized[i].Style.Size <= 0 {
			sized[i].Style.Size = defaultSize
		}
	}
	p := e.st.collect(sized, dir, base, lang)
	if err := e.itemize(p); err != nil {
		return nil, err
	}
	if err := e.shapeItems(p); err != nil {
		return nil, err
	}
	return p, nil
}

// leading returns l, or 1.25 × the largest span size.
func leading(l frame.Length, spans []Span) frame.Length {
	if l > 0 {
		return l
	}
	var big frame.Length
	for _, s := range spans {
		big = max(big, s.Style.Size)
	}
	return big * 5 / 4
}

// Layout breaks p into lines of at most p.Width. Lines are justified or
// aligned as p.Align says; the last line (and a line ended by a line feed
// in the text) is start-aligned when justifying. A word wider than the
// measure makes an overfull line and a Warning. An empty paragraph gives
// no lines.
func (e *Engine) Layout(p *Paragraph) ([]Line, []Warning, error) {
	if p == nil {
		return nil, nil, errors.New("inline: nil paragraph")
	}
	if p.Width <= 0 {
		return nil, nil, fmt.Errorf("inline: measure %d must be positive", p.Width)
	}
	pa, err := e.prepare(p.Spans, p.Dir, p.Base, p.Lang)
	if err != nil {
		return nil, nil, err
	}
	if len(pa.runes) == 0 {
		return nil, nil, nil
	}
	width := func(i int) frame.Length {
		if i == 0 {
			return p.Width - p.Indent
		}
		return p.Width
	}
	list := e.st.breakList(pa, p.Align == Justify)
	breaks := knuthPlass(list, width)
	lead := leading(p.Leading, pa.spans)

	var lines []Line
	var warns []Warning
	start := 0
	for n, b := range breaks {
		el := list[b]
		forced := el.kind == penaltyElem && el.penalty == forcedBreak
		ls := lineSpec{
			start: start, end: el.end, next: el.next,
			avail: width(n), measure: p.Width, align: p.Align,
			justify: p.Align == Justify && !forced, fit: p.Align == Justify, leading: lead,
		}
		if n == 0 {
			ls.indent = p.Indent
		}
		ln, natural, err := e.setLine(pa, ls)
		if err != nil {
			return nil, nil, err
		}
		if natural > ls.avail {
			warns = append(warns, Warning{
				Offset: pa.offs[start],
				Message: fmt.Sprintf("overfull line: %q is %.1fpt wider than the measure",
					pa.text[pa.offs[start]:pa.offs[el.end]], (natural - ls.avail).Pt()),
			})
		}
		lines = append(lines, ln)
		start = el.next
	}
	return lines, warns, nil
}

// Shape sets spans on one unbroken line at their natural width (for
// headers, footers, TOC entries and page numbers). Line feeds are ignored;
// Dir Auto takes the first strong character's direction, else LTR.
func (e *Engine) Shape(spans []Span, dir Direction, lang string) (Line, error) {
	pa, err := e.prepare(spans, dir, LTR, lang)
	if err != nil {
		return Line{}, err
	}
	ls := lineSpec{start: 0, end: len(pa.runes), next: len(pa.runes), align: Start, leading: leading(0, pa.spans)}
	ln, _, err := e.setLine(pa, ls)
	return ln, err
}

package layout

import (
	"strings"
	"unicode"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// table sets a GFM table: column widths from the cells' natural widths,
// scaled to the measure; thin rules between rows; a bold header row that
// is repeated at the top of every page the table continues on; light zebra
// stripes. In an RTL table the first column stands on the right.
func (b *builder) table(t *briefs.Table, c ctx) []box {
	ncol := len(t.Align)
	for _, r := range append([][]*briefs.Cell{t.Header}, t.Rows...) {
		ncol = max(ncol, len(r))
	}
	if ncol == 0 {
		return nil
	}
	st := c.st
	st.Size = c.st.Size * 90 / 100
	hst := st
	hst.Bold = true
	hst.Color = col(b.t.colors.Primary)
	lead := c.lead * 88 / 100
	padX, padY := st.Size*6/10, st.Size*4/10
	width := b.g.measure - c.indent
	rtl := dirOf(t.Dir) == inline.RTL || (t.Dir == briefs.Auto && b.t.base == inline.RTL)

	// Column widths as browsers set automatic tables: each column's
	// natural width (its widest cell on one line) and minimum width (its
	// longest word); a header cell counts only with its longest word, as
	// it may wrap. When the natural widths fit they grow in proportion
	// to fill the measure; otherwise every column gets its minimum and the
	// rest is shared in proportion to what each still wants.
	nat := make([]frame.Length, ncol)
	least := make([]frame.Length, ncol)
	measure := func(cells []*briefs.Cell, s inline.Style, header bool) {
		for i, cell := range cells {
			if cell == nil || b.err != nil {
				continue
			}
			ln, err := b.eng.Shape(b.sp.spans(cell.Content, s, "", nil), dirOf(cell.Dir), b.t.lang)
			if err != nil {
				b.err = err
				return
			}
			if !header || len(t.Rows) == 0 {
				nat[i] = max(nat[i], ln.Width+2*padX)
			}
			for _, w := range strings.Fields(plainText(cell.Content)) {
				wl, err := b.eng.Shape([]inline.Span{{Text: w, Style: s}}, dirOf(cell.Dir), b.t.lang)
				if err != nil {
					b.err = err
					return
				}
				least[i] = max(least[i], wl.Width+2*padX)
			}
		}
	}
	measure(t.Header, hst, true) // header cells wrap rather than widen their column
	for _, r := range t.Rows {
		measure(r, st, false)
	}
	widths := columnWidths(nat, least, width, 3*padX)

	xs := make([]frame.Length, ncol) // left edge of each column
	x := c.indent
	if rtl {
		x = 0
	}
	for i := range widths {
		if rtl {
			xs[i] = width - x - widths[i]
			x += widths[i]
			continue
		}
		xs[i] = x
		x += widths[i]
	}
	x0 := c.indent
	if rtl {
		x0 = 0
	}
	rule := col(b.t.colors.Muted)
	zebra := b.t.shade()
	row := func(cells []*briefs.Cell, s inline.Style, header bool, odd bool) box {
		type cellLines struct {
			lines []inline.Line
			x     frame.Length
		}
		var cl []cellLines
		var h frame.Length
		for i := 0; i < ncol; i++ {
			if i >= len(cells) || cells[i] == nil {
				continue
			}
			dir := dirOf(cells[i].Dir)
			spans := b.sp.spans(cells[i].Content, s, "", b.seen)
			al := inline.Start
			if i < len(t.Align) {
				al = cellAlign(t.Align[i], resolveDir(spans, dir, b.t.base) == inline.RTL)
			}
			p := &inline.Paragraph{Spans: spans, Dir: dir, Base: b.t.base, Lang: b.t.lang,
				Align: al, Width: widths[i] - 2*padX, Leading: lead}
			if len(p.Spans) == 0 {
				continue
			}
			lines, _, err := b.eng.Layout(p)
			if err != nil {
				b.err = err
				return box{}
			}
			var ch frame.Length
			for _, ln := range lines {
				ch += lineBox(ln, 0).h
			}
			h = max(h, ch)
			cl = append(cl, cellLines{lines, xs[i] + padX})
		}
		h += 2 * padY
		bx := box{h: h}
		if odd {
			bx.items = append(bx.items, &frame.Shape{Pos: frame.Point{X: x0}, Path: frame.RectPath(width, h, 0), Fill: &zebra})
		}
		var notes []int
		for _, c := range cl {
			y := padY
			for _, ln := range c.lines {
				lb := lineBox(ln, c.x)
				for _, it := range lb.items {
					if g, ok := it.(*frame.Group); ok {
						g.Pos.Y += y
						bx.items = append(bx.items, g)
					}
				}
				notes = append(notes, ln.Notes...)
				y += lb.h
			}
		}
		bx.notes = notes
		w := frame.Points(0.4)
		if header {
			w = frame.Points(0.9)
		}
		bx.items = append(bx.items, &frame.Shape{Pos: frame.Point{X: x0, Y: h}, Path: frame.LinePath(width, 0), Stroke: &frame.Stroke{Color: rule, Width: w}})
		return bx
	}
	out := []box{glue(c.lead * 4 / 10)}
	var head []box
	if len(t.Header) > 0 {
		hb := row(t.Header, hst, true, false)
		hb.keep = true
		hb.items = append(hb.items, &frame.Shape{Pos: frame.Point{X: x0}, Path: frame.LinePath(width, 0), Stroke: &frame.Stroke{Color: rule, Width: frame.Points(0.9)}})
		head = []box{hb}
		out = append(out, hb)
	}
	for i, r := range t.Rows {
		rb := row(r, st, false, i%2 == 1)
		rb.table = head
		rb.keep = len(t.Rows) > 1 && i == 0 // never a lone first row under a header at a page foot
		out = append(out, rb)
	}
	return append(out, glue(c.lead*7/10))
}

// cellAlign maps a column alignment (physical: left, right) to the text
// engine's start/end terms for a cell set right to left or not.
func cellAlign(a briefs.Align, cellRTL bool) inline.Align {
	switch a {
	case briefs.AlignCenter:
		return inline.Center
	case briefs.AlignLeft:
		if cellRTL {
			return inline.End
		}
		return inline.Start
	case briefs.AlignRight:
		if cellRTL {
			return inline.Start
		}
		return inline.End
	}
	return inline.Start
}

// resolveDir is the direction the engine gives spans: d when set, else
// that of the first strong character (Arabic-script and Hebrew letters are
// right to left, other letters left to right), else base.
func resolveDir(spans []inline.Span, d, base inline.Direction) inline.Direction {
	if d != inline.Auto {
		return d
	}
	for _, s := range spans {
		for _, r := range s.Text {
			switch {
			case r >= 0x0590 && r <= 0x08FF, r >= 0xFB1D && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
				if r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9 {
					continue // Arabic-Indic digits are weak
				}
				return inline.RTL
			case unicode.IsLetter(r):
				return inline.LTR
			}
		}
	}
	if base == inline.Auto {
		return inline.LTR
	}
	return base
}

// columnWidths shares width among columns with natural widths nat and
// minimum widths least (see table); every column is at least floor wide.
// The widths add up to width exactly.
func columnWidths(nat, least []frame.Length, width, floor frame.Length) []frame.Length {
	n := len(nat)
	widths := make([]frame.Length, n)
	var sumNat, sumMin frame.Length
	for i := range nat {
		least[i] = max(least[i], floor)
		nat[i] = max(nat[i], least[i])
		sumNat += nat[i]
		sumMin += least[i]
	}
	switch {
	case sumNat <= width:
		for i := range nat {
			widths[i] = width * nat[i] / sumNat
		}
	case sumMin >= width:
		for i := range nat {
			widths[i] = width * least[i] / sumMin
		}
	default:
		spare, want := width-sumMin, sumNat-sumMin
		for i := range nat {
			widths[i] = least[i] + spare*(nat[i]-least[i])/want
		}
	}
	var total frame.Length
	for _, w := range widths {
		total += w
	}
	widths[n-1] += width - total
	return widths
}

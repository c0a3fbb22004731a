package pdf

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/briefpress/briefpress/layout/frame"
)

// pageContent builds one page's content stream. Frame coordinates (y down
// from the page top, relative to the parent) are converted to PDF user
// space (y up from the bottom) here and nowhere else.
type pageContent struct {
	dw     *docWriter
	buf    bytes.Buffer
	height frame.Length
}

// x and y convert absolute frame coordinates to PDF points.
func (pc *pageContent) x(v frame.Length) string { return num(v.Pt()) }
func (pc *pageContent) y(v frame.Length) string { return num((pc.height - v).Pt()) }

func (pc *pageContent) items(items []frame.Item, off frame.Point) {
	for _, it := range items {
		switch it := it.(type) {
		case *frame.Group:
			pc.items(it.Items, frame.Point{X: off.X + it.Pos.X, Y: off.Y + it.Pos.Y})
		case *frame.GlyphRun:
			pc.glyphRun(it, off)
		case *frame.Shape:
			pc.shape(it, off)
		case *frame.Image:
			pc.image(it, off)
		}
	}
}

func rgb(c frame.Color) string {
	return num(float64(c.R)/255) + " " + num(float64(c.G)/255) + " " + num(float64(c.B)/255)
}

// opaque reports whether an item opacity means fully opaque.
func opaque(a float64) bool { return a <= 0 || a >= 1 }

func (pc *pageContent) shape(s *frame.Shape, off frame.Point) {
	if (s.Fill == nil && s.Stroke == nil) || len(s.Path) == 0 {
		return
	}
	b := &pc.buf
	b.WriteString("q\n")
	if !opaque(s.Opacity) {
		fmt.Fprintf(b, "/%s gs\n", pc.dw.alpha[s.Opacity])
	}
	if s.Fill != nil {
		b.WriteString(rgb(*s.Fill) + " rg\n")
	}
	if st := s.Stroke; st != nil {
		b.WriteString(rgb(st.Color) + " RG " + num(st.Width.Pt()) + " w\n")
		if len(st.Dash) > 0 {
			b.WriteByte('[')
			for i, d := range st.Dash {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(num(d.Pt()))
			}
			b.WriteString("] 0 d\n")
		}
	}
	o := frame.Point{X: off.X + s.Pos.X, Y: off.Y + s.Pos.Y}
	for _, seg := range s.Path {
		switch seg.Op {
		case frame.MoveTo, frame.LineTo:
			p := seg.Pts[0]
			op := " m\n"
			if seg.Op == frame.LineTo {
				op = " l\n"
			}
			b.WriteString(pc.x(o.X+p.X) + " " + pc.y(o.Y+p.Y) + op)
		case frame.CubicTo:
			for _, p := range seg.Pts {
				b.WriteString(pc.x(o.X+p.X) + " " + pc.y(o.Y+p.Y) + " ")
			}
			b.WriteString("c\n")
		case frame.Close:
			b.WriteString("h\n")
		}
	}
	switch {
	case s.Fill != nil && s.Stroke != nil:
		b.WriteString("B\n")
	case s.Fill != nil:
		b.WriteString("f\n")
	default:
		b.WriteString("S\n")
	}
	b.WriteString("Q\n")
}

func (pc *pageContent) image(im *frame.Image, off frame.Point) {
	res := pc.dw.imageBy[im.Source.Key]
	if res == nil || im.Width <= 0 || im.Height <= 0 {
		return
	}
	x, bottom := off.X+im.Pos.X, off.Y+im.Pos.Y+im.Height
	w, h := im.Width.Pt(), im.Height.Pt()
	if res.svg != nil { // a form in viewBox units, y up
		w /= res.svg.width
		h /= res.svg.height
	}
	fmt.Fprintf(&pc.buf, "q %s 0 0 %s %s %s cm /%s Do Q\n", num(w), num(h), pc.x(x), pc.y(bottom), res.res)
}

// glyphRun draws a run with TJ, keeping the shaper's advances and offsets
// exactly (see textRun). Right-to-left runs are marked according to the
// writer's rtlMode; see the rtlMode constants for what each tool needs.
func (pc *pageContent) glyphRun(run *frame.GlyphRun, off frame.Point) {
	fr := pc.dw.fontBy[run.Font]
	if fr == nil || len(run.Glyphs) == 0 || run.Size <= 0 {
		return
	}
	b := &pc.buf
	if !opaque(run.Opacity) {
		fmt.Fprintf(b, "q /%s gs\n", pc.dw.alpha[run.Opacity])
	}
	fmt.Fprintf(b, "BT\n/%s %s Tf %s rg\n", fr.res, num(run.Size.Pt()), rgb(run.Color))
	t := textRun{pc: pc, b: b, fr: fr, run: run, size: run.Size.Pt(), x0: off.X + run.Pos.X, y0: off.Y + run.Pos.Y,
		needTm: true, texts: pc.dw.texts[run], pens: make([]frame.Length, len(run.Glyphs))}
	var pen frame.Length
	for i, g := range run.Glyphs {
		t.pens[i] = pen
		pen += g.Advance
	}
	order := make([]int, len(run.Glyphs)) // drawing order
	for i := range order {
		order[i] = i
	}
	mode := pc.dw.rtl
	if !run.RTL {
		mode = rtlPlain
	}
	if mode == rtlLogical || mode == rtlLogicalAT || mode == rtlLogicalATLogical {
		slices.Reverse(order)
	}
	switch mode {
	case rtlReversed:
		b.WriteString("/ReversedChars BMC\n")
		t.glyphs(order, true)
		t.close()
		b.WriteString("EMC\n")
	case rtlActualText:
		t.span(run.Text, order)
	case rtlLogicalAT, rtlLogicalATLogical:
		// Spaces at either end stay outside the span, so that poppler
		// sees them as word breaks; the span's text is reversed because
		// poppler reorders it as if it were visual.
		lo, hi := 0, len(order)
		for lo < hi && isSpace(t.texts[order[lo]]) {
			lo++
		}
		for hi > lo && isSpace(t.texts[order[hi-1]]) {
			hi--
		}
		t.glyphs(order[:lo], true)
		if lo < hi {
			start, end := len(run.Text), 0
			for _, i := range order[lo:hi] {
				start, end = min(start, run.Glyphs[i].Start), max(end, run.Glyphs[i].End)
			}
			text := clusterText(run.Text, start, end)
			if mode == rtlLogicalAT {
				text = reverse(text)
			}
			t.span(text, order[lo:hi])
		}
		t.glyphs(order[hi:], true)
	default:
		t.glyphs(order, true)
	}
	t.close()
	b.WriteString("ET\n")
	if !opaque(run.Opacity) {
		b.WriteString("Q\n")
	}
}

// isSpace reports whether s is non-empty and all white space.
func isSpace(s string) bool { return s != "" && strings.TrimSpace(s) == "" }

func reverse(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

// textRun tracks where a PDF viewer's text position is (cur, from the /W
// widths and TJ adjustments so far) against where the shaper put the pen,
// both in points from the run origin, and emits TJ adjustments in
// thousandths of em to close the gap, rounded to integers, once it reaches
// 0.02 pt; the error does not accumulate because each adjustment corrects
// the total.
type textRun struct {
	pc     *pageContent
	b      *bytes.Buffer
	fr     *fontRes
	run    *frame.GlyphRun
	texts  []string       // per glyph: the text it stands for
	pens   []frame.Length // per glyph: pen position from the run origin
	size   float64
	x0, y0 frame.Length
	open   bool
	needTm bool
	cur    float64
}

// span draws the glyphs at indices order inside an /ActualText span.
func (t *textRun) span(text string, order []int) {
	t.close()
	t.b.WriteString("/Span <</ActualText " + utf16Hex(text, true) + ">> BDC\n")
	t.glyphs(order, false)
	t.close()
	t.b.WriteString("EMC\n")
}

// glyphs draws the glyphs at indices order. With actual, a glyph whose
// text here differs from its ToUnicode entry gets its own /ActualText span.
func (t *textRun) glyphs(order []int, actual bool) {
	for _, i := range order {
		g, pen := t.run.Glyphs[i], t.pens[i]
		cid := t.fr.cid[g.ID]
		conflict := actual && t.texts[i] != t.fr.text[g.ID]
		shifted := g.XOffset != 0 || g.YOffset != 0
		if conflict || shifted {
			t.close()
		}
		if shifted {
			t.tm(pen+g.XOffset, g.YOffset)
		} else if t.needTm {
			t.tm(pen, 0)
		}
		if conflict {
			t.b.WriteString("/Span <</ActualText " + utf16Hex(t.texts[i], true) + ">> BDC\n")
		}
		t.show(pen.Pt()+g.XOffset.Pt(), cid, t.fr.advance(cid))
		if conflict {
			t.close()
			t.b.WriteString("EMC\n")
		}
		if shifted {
			t.close()
			t.needTm = true
		}
	}
}

// tm moves the text matrix to pen (from the run origin) raised by rise.
func (t *textRun) tm(pen, rise frame.Length) {
	fmt.Fprintf(t.b, "1 0 0 1 %s %s Tm\n", t.pc.x(t.x0+pen), t.pc.y(t.y0-rise))
	t.cur = pen.Pt()
	t.needTm = false
}

func (t *textRun) show(want float64, cid uint16, width float64) {
	if !t.open {
		t.b.WriteByte('[')
		t.open = true
	}
	// Differences below 0.02 pt are the shaper's 1/64 pt rounding, not
	// kerning: leave them (the error stays bounded, as cur tracks it).
	if adj := math.Round((t.cur - want) * 1000 / t.size); adj != 0 && math.Abs(t.cur-want) >= 0.02 {
		var n [24]byte
		t.b.Write(strconv.AppendInt(n[:0], int64(adj), 10))
		t.cur -= adj * t.size / 1000
	}
	const hex = "0123456789ABCDEF"
	t.b.Write([]byte{'<', hex[cid>>12], hex[cid>>8&15], hex[cid>>4&15], hex[cid&15], '>'})
	t.cur += width * t.size / 1000
}

func (t *textRun) close() {
	if t.open {
		t.b.WriteString("] TJ\n")
		t.open = false
	}
}

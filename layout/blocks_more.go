package layout

import (
	"strings"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// quote sets a block quote as a pull quote: larger italic text in the
// primary colour, indented, with a vertical accent rule on the start side.
func (b *builder) quote(q *briefs.Quote, c ctx) []box {
	qc := c
	bar := frame.Points(2.5)
	pad := c.st.Size * 14 / 10
	qc.indent += pad
	qc.st.Size = c.st.Size * 120 / 100
	qc.st.Italic = !b.t.arabic // Arabic fonts have no italic: size and colour carry it
	qc.st.Color = col(b.t.colors.Primary)
	qc.lead = c.lead * 125 / 100
	qc.align = inline.Start
	inner := b.blocks(q.Blocks, qc)
	for len(inner) > 0 && inner[len(inner)-1].kind == kGlue {
		inner = inner[:len(inner)-1]
	}
	rtl := firstDir(inner, q.Dir, b.t.base) == inline.RTL
	x := c.indent
	if rtl {
		x = b.g.measure - c.indent - bar
	}
	accent := col(b.t.colors.Accent)
	out := []box{glue(c.lead * 6 / 10)}
	for _, bx := range inner {
		if bx.kind == kBox {
			bx.items = append([]frame.Item{&frame.Shape{Pos: frame.Point{X: x}, Path: frame.RectPath(bar, bx.h, 0), Fill: &accent}}, bx.items...)
		}
		out = append(out, bx)
	}
	return append(out, glue(c.lead*8/10))
}

// figure scales the image to the measure (keeping its aspect, at most 45%
// of the text area high), centred, with its caption underneath.
func (b *builder) figure(f *briefs.Figure, c ctx) []box {
	out := []box{glue(c.lead * 4 / 10)}
	width := b.g.measure - c.indent
	if f.Image != nil && f.Image.Width > 0 && f.Image.Height > 0 {
		w := width
		h := w * frame.Length(f.Image.Height) / frame.Length(f.Image.Width)
		if maxH := b.g.textHeight * 45 / 100; h > maxH {
			w, h = w*maxH/h, maxH
		}
		x := c.indent + (width-w)/2
		if b.t.base == inline.RTL {
			x = (width - w) / 2
		}
		src := &frame.ImageSource{Key: f.Image.Hash, Format: f.Image.Format, Data: f.Image.Data, Width: f.Image.Width, Height: f.Image.Height}
		out = append(out, box{h: h + c.lead*3/10, keep: true, items: []frame.Item{&frame.Image{Pos: frame.Point{X: x}, Width: w, Height: h, Source: src, Alt: f.Alt}}})
	}
	cc := c
	cc.st = b.t.small
	cc.st.Size = c.st.Size * 85 / 100
	cc.st.Italic = !b.t.arabic
	cc.lead = c.lead * 85 / 100
	cc.align = inline.Center
	lines, x := b.para(b.sp.spans(f.Caption, cc.st, "", b.seen), dirOf(f.Dir), cc, 0)
	out = append(out, linesToBoxes(lines, x)...)
	return append(out, glue(c.lead*7/10))
}

// code sets a code block left to right in a shaded box, line breaks kept.
func (b *builder) code(cb *briefs.CodeBlock, c ctx) []box {
	cc := c
	pad := frame.Points(6)
	cc.indent += pad
	cc.st = b.t.mono
	cc.lead = b.t.mono.Size * 140 / 100
	cc.align = inline.Start
	text := strings.TrimRight(cb.Text, "\n")
	width := b.g.measure - c.indent
	x0 := c.indent
	if b.t.base == inline.RTL {
		x0 = 0
		cc.indent = pad
	}
	p := &inline.Paragraph{Spans: []inline.Span{{Text: text, Style: cc.st}}, Dir: inline.LTR, Base: inline.LTR, Lang: "und",
		Align: inline.Start, Width: width - 2*pad, Leading: cc.lead}
	lines, _, err := b.eng.Layout(p)
	if err != nil {
		b.err = err
		return nil
	}
	shade := b.t.shade()
	bg := func(h frame.Length) *frame.Shape {
		return &frame.Shape{Pos: frame.Point{X: x0}, Path: frame.RectPath(width, h, 0), Fill: &shade}
	}
	out := []box{glue(c.lead * 3 / 10), {h: pad, keep: true, items: []frame.Item{bg(pad)}}}
	for i, ln := range lines {
		bx := lineBox(ln, x0+pad)
		bx.keep = i < orphans-1 || i >= len(lines)-widows
		bx.items = append([]frame.Item{bg(bx.h)}, bx.items...)
		out = append(out, bx)
	}
	out = append(out, box{h: pad, items: []frame.Item{bg(pad)}})
	return append(out, glue(c.gap))
}

// rule is a thematic break: a short centred rule in the muted colour.
func (b *builder) rule(c ctx) []box {
	w := (b.g.measure - c.indent) / 3
	x := c.indent + (b.g.measure-c.indent-w)/2
	muted := col(b.t.colors.Muted)
	h := c.lead * 3 / 2
	return []box{{h: h, items: []frame.Item{&frame.Shape{Pos: frame.Point{X: x, Y: h / 2}, Path: frame.LinePath(w, 0), Stroke: &frame.Stroke{Color: muted, Width: frame.Points(0.6)}}}}}
}

// firstDir is the direction of a block: its own when resolved, else that
// of its first line (the engine resolved it from the text), else base.
func firstDir(bs []box, d briefs.Direction, base inline.Direction) inline.Direction {
	if d != briefs.Auto {
		return dirOf(d)
	}
	for _, b := range bs {
		if b.dir != inline.Auto {
			return b.dir
		}
	}
	return base
}

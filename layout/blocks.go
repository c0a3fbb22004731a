package layout

import (
	"strconv"
	"strings"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// builder converts document blocks into flow boxes (blocks → boxes). It
// owns the text engine for one Typeset call and collects warnings.
type builder struct {
	eng      textEngine
	t        *theme
	g        geometry
	sp       spanner
	brand    *briefs.Brand
	seen     map[int]bool // notes whose first reference has been set
	numbers  [5]int       // heading counters, for numbered headings
	headings []headingInfo
	warns    []warning
	pos      briefs.Pos                 // the block being set, for warnings
	noteOver frame.Length               // the deepest note descender below its line box
	linkPos  map[*frame.Link]briefs.Pos // where internal links come from
	inAside  bool                       // setting the abstract or about text: headings unnumbered
	heads    map[string]inline.Line     // shaped running heads
	err      error
}

// warning is a layout problem at a block of the brief.
type warning struct {
	pos briefs.Pos
	msg string
}

func (b *builder) warn(msg string) {
	w := warning{b.pos, msg}
	for _, o := range b.warns {
		if o == w {
			return
		}
	}
	b.warns = append(b.warns, w)
}

// headingInfo is one heading for the table of contents and the outline.
type headingInfo struct {
	id     string
	level  int
	number string // "1.2" when headings are numbered
	text   string // plain text
	spans  []inline.Span
	dir    inline.Direction
}

// ctx is the running context of a block: indent from the start side, the
// text style, leading, and whether paragraphs are justified.
type ctx struct {
	indent frame.Length
	st     inline.Style
	lead   frame.Length
	align  inline.Align
	gap    frame.Length // space after a paragraph
	note   bool         // inside a footnote
	end    frame.Length // indent from the end side (boxed text)
}

func (b *builder) bodyCtx() ctx {
	return ctx{st: b.t.body, lead: b.t.bodyLd, align: inline.Justify, gap: b.t.bodyLd * 45 / 100}
}

// para lays out spans as a paragraph at the context's indent. The indent
// is taken from the start side of the paragraph's own direction, so an RTL
// paragraph is indented from the right. hang > 0 makes a hanging indent.
func (b *builder) para(spans []inline.Span, dir inline.Direction, c ctx, hang frame.Length) ([]inline.Line, frame.Length) {
	if b.err != nil || len(spans) == 0 {
		return nil, 0
	}
	width := b.g.measure - c.indent - c.end - hang
	p := &inline.Paragraph{Spans: spans, Dir: dir, Base: b.t.base, Lang: b.t.lang, Align: c.align,
		Width: width, Indent: -hang, Leading: c.lead}
	lines, warns, err := b.eng.Layout(p)
	if err != nil {
		b.err = err
		return nil, 0
	}
	for _, w := range warns {
		b.warn(w.Message)
	}
	for _, ln := range lines {
		for _, it := range ln.Items {
			if l, ok := it.(*frame.Link); ok && l.Dest != "" {
				if b.linkPos == nil {
					b.linkPos = map[*frame.Link]briefs.Pos{}
				}
				b.linkPos[l] = b.pos
			}
		}
	}
	rtl := len(lines) > 0 && lines[0].Dir == inline.RTL
	return lines, b.startX(c.indent+hang, width, rtl)
}

// startX is the x of a block of the given width indented by indent from
// the start side.
func (b *builder) startX(indent, width frame.Length, rtl bool) frame.Length {
	if rtl {
		return b.g.measure - indent - width
	}
	return indent
}

// blocks converts blocks in context c.
func (b *builder) blocks(bs []briefs.Block, c ctx) []box {
	var out []box
	for _, bl := range bs {
		out = append(out, b.block(bl, c)...)
	}
	return out
}

func (b *builder) block(bl briefs.Block, c ctx) []box {
	if p := bl.Position(); p.Line > 0 {
		b.pos = p
	}
	switch n := bl.(type) {
	case *briefs.Heading:
		return b.heading(n, c)
	case *briefs.Paragraph:
		lines, x := b.para(b.sp.spans(n.Content, c.st, "", b.seen), dirOf(n.Dir), c, 0)
		out := linesToBoxes(lines, x)
		return append(out, glue(c.gap))
	case *briefs.List:
		return b.list(n, c, 0)
	case *briefs.Quote:
		return b.quote(n, c)
	case *briefs.Figure:
		return b.figure(n, c)
	case *briefs.Table:
		return b.table(n, c)
	case *briefs.CodeBlock:
		return b.code(n, c)
	case *briefs.Rule:
		return b.rule(c)
	case *briefs.PageBreak:
		return []box{{kind: kBreak}}
	}
	return nil
}

// heading sets a heading, numbered when the brand asks, kept with the
// next lines, with an anchor named by its ID.
func (b *builder) heading(h *briefs.Heading, c ctx) []box {
	lvl := min(max(h.Level, 1), 4)
	st := b.t.heading[lvl]
	b.numbers[lvl]++
	for i := lvl + 1; i < len(b.numbers); i++ {
		b.numbers[i] = 0
	}
	var number string
	if b.brand.NumberHeadings && !b.inAside {
		parts := make([]string, 0, lvl)
		for i := 1; i <= lvl; i++ {
			parts = append(parts, strconv.Itoa(b.numbers[i]))
		}
		number = localDigits(strings.Join(parts, "."), b.t.lang)
	}
	spans := b.sp.spans(h.Content, st, "", b.seen)
	if number != "" {
		spans = append([]inline.Span{{Text: number + "\u2003", Style: st}}, spans...)
	}
	hc := c
	hc.align = inline.Start
	hc.lead = st.Size * 130 / 100
	if b.t.arabic {
		hc.lead = st.Size * 160 / 100
	}
	lines, x := b.para(spans, dirOf(h.Dir), hc, 0)
	b.headings = append(b.headings, headingInfo{id: h.ID, level: lvl, number: number, text: plainText(h.Content),
		spans: b.sp.spans(stripNotes(h.Content), b.t.body, "", nil), dir: dirOf(h.Dir)})
	before := [5]frame.Length{0, 20, 15, 11, 9}[lvl] * frame.Pt
	after := [5]frame.Length{0, 7, 5, 4, 3}[lvl] * frame.Pt
	out := []box{glue(before)}
	for i, ln := range lines {
		bx := lineBox(ln, x)
		bx.keep = true
		if i == 0 {
			bx.heading = h.ID
			bx.items = append(bx.items, &frame.Anchor{Name: h.ID})
		}
		out = append(out, bx)
	}
	return append(out, glue(after))
}

// stripNotes drops note references from content (for TOC and outline).
func stripNotes(c []briefs.Inline) []briefs.Inline {
	out := make([]briefs.Inline, 0, len(c))
	for _, in := range c {
		if _, ok := in.(*briefs.NoteRef); !ok {
			out = append(out, in)
		}
	}
	return out
}

// list sets a bullet or numbered list with hanging indents; markers stand
// in the hang on the start side (the right in an RTL list).
func (b *builder) list(l *briefs.List, c ctx, depth int) []box {
	hang := c.st.Size * 17 / 10
	ic := c
	ic.indent += hang
	ic.gap = c.gap / 2
	if !l.Tight {
		ic.gap = c.gap
	}
	var out []box
	for i, it := range l.Items {
		var marker string
		if l.Ordered {
			marker = localDigits(strconv.Itoa(l.Start+i), b.t.lang) + "."
		} else {
			marker = [3]string{"•", "–", "◦"}[depth%3]
		}
		var item []box
		for _, bl := range it.Blocks {
			if sub, ok := bl.(*briefs.List); ok {
				item = append(item, b.list(sub, ic, depth+1)...)
				continue
			}
			item = append(item, b.block(bl, ic)...)
		}
		dir := firstDir(item, it.Dir, firstDir(nil, l.Dir, b.t.base))
		st := c.st
		st.Color = b.sp.accent.Color
		b.addMarker(item, []inline.Span{{Text: marker, Style: st}}, c, hang, dir)
		out = append(out, item...)
	}
	if depth == 0 {
		out = append(out, glue(c.gap/2))
	}
	return out
}

// addMarker draws marker in the hang of the first content box of item,
// right-aligned to the text in LTR and left-aligned to it in RTL.
func (b *builder) addMarker(item []box, marker []inline.Span, c ctx, hang frame.Length, dir inline.Direction) {
	for i := range item {
		if item[i].kind != kBox || len(item[i].items) == 0 {
			continue
		}
		grp, ok := item[i].items[0].(*frame.Group)
		if !ok {
			return
		}
		ln, err := b.eng.Shape(marker, dir, b.t.lang)
		if err != nil {
			b.err = err
			return
		}
		gap := c.st.Size * 45 / 100
		x := c.indent + hang - gap - ln.Width
		if dir == inline.RTL {
			x = b.g.measure - c.indent - hang + gap
		}
		item[i].items = append(item[i].items, &frame.Group{Pos: frame.Point{X: x, Y: grp.Pos.Y}, Items: ln.Items})
		return
	}
}

// aside converts blocks that stand outside the body (the abstract, the
// brand's about text): their headings are set but neither numbered nor
// listed in the contents and outline.
func (b *builder) aside(bs []briefs.Block, c ctx) []box {
	headings, numbers := len(b.headings), b.numbers
	b.inAside = true
	out := b.blocks(bs, c)
	b.inAside = false
	b.headings, b.numbers = b.headings[:headings], numbers
	for i := range out {
		out[i].heading = ""
	}
	return out
}

package briefs

import (
	"bytes"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// converter turns one goldmark tree (the body, the abstract or a brand's
// about text) into model blocks in a single pass.
type converter struct {
	p     *parseState
	src   []byte
	posOf func(off int) Pos
	defs  map[string]*footnoteDef
	order []*footnoteDef // definitions in source order
}

// footnoteDef is a footnote definition "[^label]: text".
type footnoteDef struct {
	label string
	pos   Pos
	node  ast.Node
	note  *Note
}

// pendingLink is an internal link, checked once all headings are known.
type pendingLink struct {
	id  string
	pos Pos
}

// convertMarkdown parses src as Markdown and converts it to blocks.
func (p *parseState) convertMarkdown(src []byte, posOf func(int) Pos) []Block {
	root := newMarkdownParser().Parse(text.NewReader(src))
	c := &converter{p: p, src: src, posOf: posOf, defs: map[string]*footnoteDef{}}
	c.collectDefs(root)
	blocks := c.blocks(root)
	for _, d := range c.order {
		if d.note == nil {
			p.rep.warnf(d.pos, "footnote [^%s] is defined but never referenced", d.label)
		}
	}
	return blocks
}

// collectDefs finds the footnote definitions (goldmark gathers them in
// FootnoteList nodes).
func (c *converter) collectDefs(root ast.Node) {
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		list, ok := n.(*extast.FootnoteList)
		if !ok {
			continue
		}
		for f := list.FirstChild(); f != nil; f = f.NextSibling() {
			fn, ok := f.(*extast.Footnote)
			if !ok {
				continue
			}
			label := string(fn.Ref)
			d := &footnoteDef{label: label, pos: c.nodePos(fn), node: fn}
			if prev, dup := c.defs[label]; dup {
				c.p.rep.errorf(d.pos, "footnote [^%s] is defined twice (first at line %d)", label, prev.pos.Line)
				continue
			}
			c.defs[label] = d
			c.order = append(c.order, d)
		}
	}
}

// nodePos is the position of a node: its own offset, or that of its first
// text line, or of its first child.
func (c *converter) nodePos(n ast.Node) Pos {
	if n.Pos() >= 0 {
		return c.posOf(n.Pos())
	}
	if n.Type() != ast.TypeInline {
		if l := n.Lines(); l != nil && l.Len() > 0 {
			return c.posOf(l.At(0).Start)
		}
	}
	if t, ok := n.(*ast.Text); ok {
		return c.posOf(t.Segment.Start)
	}
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		if p := c.nodePos(ch); p.Line > 0 {
			return p
		}
	}
	return Pos{}
}

// blocks converts the block children of n.
func (c *converter) blocks(n ast.Node) []Block {
	var out []Block
	for ch := n.FirstChild(); ch != nil; {
		next := ch.NextSibling()
		if para, ok := ch.(*ast.Paragraph); ok {
			if parts, breaks := c.splitAtPageBreaks(para); len(breaks) > 0 {
				for i, part := range parts {
					if part.HasChildren() {
						if b := c.block(part); b != nil {
							out = append(out, b)
						}
					}
					if i < len(breaks) {
						out = append(out, &PageBreak{Pos: breaks[i]})
					}
				}
				ch = next
				continue
			}
		}
		if b := c.block(ch); b != nil {
			out = append(out, b)
		}
		ch = next
	}
	return out
}

// splitAtPageBreaks handles `\newpage` alone on a line inside a paragraph
// (no blank lines around it, which goldmark reads as one paragraph): it
// moves the inlines before and after each such line into paragraphs of
// their own and returns them with the positions of the breaks between
// them. A paragraph without such a line gives no breaks.
func (c *converter) splitAtPageBreaks(para *ast.Paragraph) ([]*ast.Paragraph, []Pos) {
	atLineStart := true
	var cuts []ast.Node
	for ch := para.FirstChild(); ch != nil; ch = ch.NextSibling() {
		t, ok := ch.(*ast.Text)
		if ok && atLineStart && (t.SoftLineBreak() || t.HardLineBreak() || t.NextSibling() == nil) &&
			isPageBreak(strings.TrimSpace(string(t.Value(c.src)))) {
			cuts = append(cuts, ch)
		}
		atLineStart = ok && (t.SoftLineBreak() || t.HardLineBreak())
	}
	if len(cuts) == 0 || para.Lines().Len() < 2 {
		return nil, nil
	}
	var parts []*ast.Paragraph
	var breaks []Pos
	cur := ast.NewParagraph()
	for ch := para.FirstChild(); ch != nil; {
		next := ch.NextSibling()
		if slices.Contains(cuts, ch) {
			breaks = append(breaks, c.posOf(ch.(*ast.Text).Segment.Start))
			parts = append(parts, cur)
			cur = ast.NewParagraph()
			ch = next
			continue
		}
		cur.AppendChild(cur, ch)
		ch = next
	}
	parts = append(parts, cur)
	for _, part := range parts { // a part's last line ends the paragraph
		if t, ok := part.LastChild().(*ast.Text); ok {
			t.SetSoftLineBreak(false)
		}
	}
	return parts, breaks
}

func (c *converter) block(n ast.Node) Block {
	base := c.p.doc.Dir
	pos := c.nodePos(n)
	switch v := n.(type) {
	case *ast.Heading:
		if v.Level > 4 {
			c.p.rep.errorf(pos, "heading level %d: briefs use # to ####", v.Level)
			return nil
		}
		content := c.inlines(v)
		return &Heading{Pos: pos, Level: v.Level, ID: c.p.slug(content), Content: content, Dir: dirOf(content, base)}
	case *ast.Paragraph, *ast.TextBlock:
		return c.paragraph(n, pos)
	case *ast.List:
		l := &List{Pos: pos, Ordered: v.IsOrdered(), Start: v.Start, Tight: v.IsTight, Dir: base}
		if l.Ordered && l.Start == 0 && !bytes.HasPrefix(bytes.TrimLeft(c.src[max(0, n.Pos()):], " "), []byte("0")) {
			l.Start = 1
		}
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			blocks := c.blocks(it)
			l.Items = append(l.Items, &ListItem{Pos: c.nodePos(it), Blocks: blocks, Dir: blocksDir(blocks, base)})
		}
		if len(l.Items) > 0 {
			l.Dir = l.Items[0].Dir
		}
		return l
	case *ast.Blockquote:
		blocks := c.blocks(n)
		return &Quote{Pos: pos, Blocks: blocks, Dir: blocksDir(blocks, base)}
	case *ast.FencedCodeBlock:
		return &CodeBlock{Pos: pos, Lang: string(v.Language(c.src)), Text: c.lines(n)}
	case *ast.CodeBlock:
		return &CodeBlock{Pos: pos, Text: c.lines(n)}
	case *ast.ThematicBreak:
		return &Rule{Pos: pos}
	case *ast.HTMLBlock:
		c.p.rep.warnf(pos, "raw HTML is ignored")
		return nil
	case *extast.Table:
		return c.table(v, pos)
	case *extast.FootnoteList, *extast.Footnote:
		return nil
	}
	c.p.rep.warnf(pos, "unsupported Markdown (%s) is ignored", n.Kind().String())
	return nil
}

// lines joins a code block's lines.
func (c *converter) lines(n ast.Node) string {
	var b strings.Builder
	l := n.Lines()
	for i := 0; i < l.Len(); i++ {
		seg := l.At(i)
		b.Write(seg.Value(c.src))
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// paragraph converts a paragraph: `\newpage` alone is a page break, an
// image alone is a figure; an image among text is an error.
func (c *converter) paragraph(n ast.Node, pos Pos) Block {
	if l := n.Lines(); l != nil && l.Len() == 1 {
		if seg := l.At(0); isPageBreak(strings.TrimSpace(string(seg.Value(c.src)))) {
			return &PageBreak{Pos: pos}
		}
	}
	if img := loneImage(n, c.src); img != nil {
		caption := c.inlines(img)
		f := &Figure{Pos: pos, Caption: caption, Alt: PlainText(caption), Dir: dirOf(caption, c.p.doc.Dir)}
		f.Image = c.p.assets.image(string(img.Destination), c.p.briefDir, pos, false)
		return f
	}
	content := c.inlines(n)
	if len(content) == 0 {
		return nil
	}
	return &Paragraph{Pos: pos, Content: content, Dir: dirOf(content, c.p.doc.Dir)}
}

// loneImage returns the image that is the only content of a paragraph.
func loneImage(n ast.Node, src []byte) *ast.Image {
	var img *ast.Image
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		switch v := ch.(type) {
		case *ast.Image:
			if img != nil {
				return nil
			}
			img = v
		case *ast.Text:
			if v.Segment.Len() > 0 && len(bytes.TrimSpace(v.Value(src))) > 0 {
				return nil
			}
		default:
			return nil
		}
	}
	return img
}

func (c *converter) table(t *extast.Table, pos Pos) Block {
	out := &Table{Pos: pos, Dir: c.p.doc.Dir}
	for _, a := range t.Alignments {
		out.Align = append(out.Align, [...]Align{extast.AlignLeft: AlignLeft, extast.AlignRight: AlignRight, extast.AlignCenter: AlignCenter, extast.AlignNone: AlignDefault}[a])
	}
	first := Auto
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []*Cell
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			content := c.inlines(cell)
			d := firstStrong(content)
			if first == Auto {
				first = d
			}
			if d == Auto {
				d = c.p.doc.Dir
			}
			cells = append(cells, &Cell{Content: content, Dir: d})
		}
		if _, ok := row.(*extast.TableHeader); ok {
			out.Header = cells
		} else {
			out.Rows = append(out.Rows, cells)
		}
	}
	if first != Auto {
		out.Dir = first
	}
	return out
}

// isPageBreak recognises the LaTeX page-break commands pandoc users write
// alone on a line: \newpage (the documented one) and \pagebreak.
func isPageBreak(s string) bool { return s == `\newpage` || s == `\pagebreak` }

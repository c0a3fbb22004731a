package briefs

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// inlines converts the inline children of n, merging adjacent text (in a
// builder: inputs with 100,000 text nodes must stay linear).
func (c *converter) inlines(n ast.Node) []Inline {
	var out []Inline
	var text strings.Builder
	flush := func() {
		if text.Len() > 0 {
			out = append(out, &Text{Text: text.String()})
			text.Reset()
		}
	}
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		for _, in := range c.inline(ch) {
			if t, ok := in.(*Text); ok {
				text.WriteString(t.Text)
				continue
			}
			flush()
			out = append(out, in)
		}
	}
	flush()
	return placeCitationMarks(out)
}

// notePunct are the marks a citation note moves after.
const notePunct = ".,;:!?،؛؟"

// placeCitationMarks sets citation notes the way pandoc's note styles do:
// "costs [@doe]." becomes "costs.¹": the space before the citation goes,
// and a following punctuation mark moves in front of the note mark.
// Footnotes the author placed by hand ([^id]) are left where they are.
func placeCitationMarks(in []Inline) []Inline {
	for i, x := range in {
		ref, ok := x.(*NoteRef)
		if !ok || ref.Note == nil || !ref.Note.Citation {
			continue
		}
		prev, _ := prevText(in, i)
		if prev != nil {
			prev.Text = strings.TrimRight(prev.Text, " \t")
		}
		if i+1 >= len(in) {
			continue
		}
		next, ok := in[i+1].(*Text)
		if !ok {
			continue
		}
		rest := strings.TrimLeft(next.Text, notePunct)
		punct := next.Text[:len(next.Text)-len(rest)]
		if punct == "" || prev == nil {
			continue
		}
		prev.Text += punct
		next.Text = rest
	}
	out := in[:0]
	for _, x := range in {
		if t, ok := x.(*Text); ok && t.Text == "" {
			continue
		}
		out = append(out, x)
	}
	return out
}

// prevText returns the Text just before index i (after any earlier note
// marks of the same cluster, as in "[@a][@b]"), or nil.
func prevText(in []Inline, i int) (*Text, int) {
	for j := i - 1; j >= 0; j-- {
		switch v := in[j].(type) {
		case *Text:
			return v, j
		case *NoteRef:
			continue
		}
		return nil, -1
	}
	return nil, -1
}

func (c *converter) inline(n ast.Node) []Inline {
	switch v := n.(type) {
	case *ast.Text:
		var out []Inline
		out = append(out, &Text{Text: string(v.Value(c.src))})
		switch {
		case v.HardLineBreak():
			out = append(out, &LineBreak{})
		case v.SoftLineBreak():
			out = append(out, &Text{Text: " "})
		}
		return out
	case *ast.String:
		return []Inline{&Text{Text: string(v.Value)}}
	case *ast.CodeSpan:
		var b strings.Builder
		for ch := v.FirstChild(); ch != nil; ch = ch.NextSibling() {
			if t, ok := ch.(*ast.Text); ok {
				b.Write(t.Value(c.src))
			} else if s, ok := ch.(*ast.String); ok {
				b.Write(s.Value)
			}
		}
		return []Inline{&Code{Text: b.String()}}
	case *ast.Emphasis:
		if v.Level >= 2 {
			return []Inline{&Strong{Content: c.inlines(v)}}
		}
		return []Inline{&Emph{Content: c.inlines(v)}}
	case *ast.Link:
		content := c.inlines(v)
		if u := c.linkURL(string(v.Destination), c.nodePos(v)); u != "" {
			return []Inline{&Link{URL: u, Content: content}}
		}
		return content
	case *ast.AutoLink:
		label := string(v.Label(c.src))
		u := string(v.URL(c.src))
		if v.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(u, "mailto:") {
			u = "mailto:" + u
		} else if strings.HasPrefix(label, "www.") && u == "http://"+label {
			u = "https://" + label
		} else if !strings.Contains(u, "://") && !strings.HasPrefix(u, "mailto:") {
			u = "https://" + u
		}
		return []Inline{&Link{URL: u, Content: []Inline{&Text{Text: label}}}}
	case *ast.Image:
		c.p.rep.errorf(c.nodePos(v), "an image must stand alone in its paragraph (it becomes a figure with its caption)")
		return nil
	case *ast.RawHTML:
		c.p.rep.warnf(c.nodePos(v), "raw HTML is ignored")
		return nil
	case *citeNode:
		if note := c.p.notes.cite(v, c.posOf); note != nil {
			return []Inline{&NoteRef{Pos: c.posOf(v.off), Note: note}}
		}
		return nil
	case *fnRefNode:
		if note := c.footnote(v); note != nil {
			return []Inline{&NoteRef{Pos: c.posOf(v.off), Note: note}}
		}
		return nil
	}
	return c.inlines(n)
}

// footnote resolves a footnote reference; the note is numbered at its
// first reference and converted then (so notes it refers to come after).
func (c *converter) footnote(v *fnRefNode) *Note {
	d, ok := c.defs[v.label]
	if !ok {
		c.p.rep.errorf(c.posOf(v.off), "footnote [^%s] is not defined", v.label)
		return nil
	}
	if d.note != nil {
		return d.note
	}
	d.note = c.p.notes.add(d.pos, "fn-"+idSafe(v.label), false)
	d.note.Blocks = c.blocks(d.node)
	d.note.Dir = blocksDir(d.note.Blocks, c.p.doc.Dir)
	return d.note
}

// idSafe keeps ASCII letters, digits, '-' and '_' of a label.
func idSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 && (isIDChar(byte(r)) || r == '-') {
			return r
		}
		return '-'
	}, s)
}

// linkURL checks a link target: http, https and mailto URLs, and "#id"
// links to headings. Anything else is kept as plain text, with a warning.
func (c *converter) linkURL(u string, at Pos) string {
	lu := strings.ToLower(u)
	switch {
	case strings.HasPrefix(lu, "http://"), strings.HasPrefix(lu, "https://"), strings.HasPrefix(lu, "mailto:"):
		return u
	case strings.HasPrefix(u, "#") && len(u) > 1:
		c.p.links = append(c.p.links, pendingLink{id: u[1:], pos: at})
		return u
	}
	c.p.rep.warnf(at, "link to %q is kept as plain text: only http, https, mailto and #heading links work in print", u)
	return ""
}

// checkLinks warns about "#id" links to no heading.
func (p *parseState) checkLinks() {
	ids := map[string]bool{}
	var walk func([]Block)
	walk = func(bs []Block) {
		for _, b := range bs {
			switch v := b.(type) {
			case *Heading:
				ids[v.ID] = true
			case *Quote:
				walk(v.Blocks)
			case *List:
				for _, it := range v.Items {
					walk(it.Blocks)
				}
			}
		}
	}
	walk(p.doc.Blocks)
	for _, l := range p.links {
		if !ids[l.id] {
			p.rep.warnf(l.pos, "link to #%s: no heading has this id", l.id)
		}
	}
}

// PlainText returns the concatenated text of inlines (for alt text,
// outline titles and metadata). Line breaks become spaces; note
// references are left out.
func PlainText(in []Inline) string {
	var b strings.Builder
	plainText(&b, in)
	return b.String()
}

func plainText(b *strings.Builder, in []Inline) {
	for _, x := range in {
		switch v := x.(type) {
		case *Text:
			b.WriteString(v.Text)
		case *Code:
			b.WriteString(v.Text)
		case *Emph:
			plainText(b, v.Content)
		case *Strong:
			plainText(b, v.Content)
		case *Link:
			plainText(b, v.Content)
		case *LineBreak:
			b.WriteByte(' ')
		}
	}
}

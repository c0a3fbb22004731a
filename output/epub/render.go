package epub

import (
	"strconv"
	"strings"

	"github.com/briefpress/briefpress/briefs"
)

// This file turns model blocks and inlines into XHTML body markup.

// renderer turns the document model into XHTML. It lives for one Write.
type renderer struct {
	doc     *briefs.Document
	brand   *briefs.Brand
	lang    string            // the brief's language (BCP 47)
	arabic  bool              // Arabic-script brief: Arabic labels and sizes
	idFile  map[string]string // heading ID → the XHTML file that holds it
	images  *imageSet
	use     fontUse
	numbers [5]int // heading counters by level, for brand.NumberHeadings
	nav     []navEntry
	// missingAlt is set when a figure has neither alt text nor caption,
	// so the metadata does not claim alternativeText.
	missingAlt bool
	// aside is set while writing the abstract or the about text: their
	// headings are neither numbered nor listed in the navigation, as in
	// the PDF.
	aside bool
	// italic is set inside pull quotes and captions of non-Arabic briefs,
	// which the style sheet sets in italic (as the PDF does).
	italic bool
}

// page is one XHTML file being written: its markup and the notes it
// references, in order of first reference.
type page struct {
	name  string
	b     strings.Builder
	notes []*briefs.Note
	refs  map[int]int // note number → references written so far
}

// style is the typographic context of text, for font-use tracking.
type style struct {
	heading, bold, italic bool
}

// navEntry is one heading for the navigation documents.
type navEntry struct {
	level int
	file  string
	id    string // "" links to the file itself
	label string
	dir   briefs.Direction
}

// open writes a start tag with an optional dir attribute (when d differs
// from the context direction ctx) and extra attributes.
func (p *page) open(tag string, d, ctx briefs.Direction, attrs ...string) {
	p.b.WriteByte('<')
	p.b.WriteString(tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		p.b.WriteByte(' ')
		p.b.WriteString(attrs[i])
		p.b.WriteString(`="`)
		escape(&p.b, attrs[i+1])
		p.b.WriteByte('"')
	}
	if d != briefs.Auto && d != ctx {
		p.b.WriteString(` dir="`)
		p.b.WriteString(dirName(d))
		p.b.WriteByte('"')
	}
	p.b.WriteByte('>')
}

func (p *page) close(tag string) {
	p.b.WriteString("</")
	p.b.WriteString(tag)
	p.b.WriteString(">\n")
}

// eff is the effective direction of a block: its own, or the context's.
func eff(d, ctx briefs.Direction) briefs.Direction {
	if d == briefs.Auto {
		return ctx
	}
	return d
}

// blocks writes blocks in a context of direction ctx.
func (r *renderer) blocks(p *page, blocks []briefs.Block, ctx briefs.Direction) {
	for _, bl := range blocks {
		r.block(p, bl, ctx)
	}
}

func (r *renderer) block(p *page, bl briefs.Block, ctx briefs.Direction) {
	switch n := bl.(type) {
	case *briefs.Heading:
		r.heading(p, n, ctx)
	case *briefs.Paragraph:
		p.open("p", n.Dir, ctx)
		r.inlines(p, n.Content, eff(n.Dir, ctx), style{})
		p.close("p")
	case *briefs.List:
		r.list(p, n, ctx)
	case *briefs.Quote:
		d := eff(n.Dir, ctx)
		p.open("blockquote", n.Dir, ctx, "class", "pull")
		p.b.WriteByte('\n')
		was := r.italic
		r.italic = !r.arabic
		r.blocks(p, n.Blocks, d)
		r.italic = was
		p.close("blockquote")
	case *briefs.Figure:
		r.figure(p, n, ctx)
	case *briefs.Table:
		r.table(p, n, ctx)
	case *briefs.CodeBlock:
		p.open("pre", briefs.LTR, ctx)
		p.b.WriteString("<code>")
		escape(&p.b, strings.TrimSuffix(n.Text, "\n"))
		p.b.WriteString("</code>")
		p.close("pre")
	case *briefs.Rule:
		p.b.WriteString("<hr/>\n")
	case *briefs.PageBreak:
		// A PDF-only instruction: reading systems paginate themselves.
	}
}

// headingNumber advances the heading counters and returns the number to
// print ("2.1"), or "" when the brand does not number headings.
func (r *renderer) headingNumber(level int) string {
	r.numbers[level]++
	for i := level + 1; i < len(r.numbers); i++ {
		r.numbers[i] = 0
	}
	if r.brand == nil || !r.brand.NumberHeadings {
		return ""
	}
	parts := make([]string, 0, level)
	for i := 1; i <= level; i++ {
		parts = append(parts, strconv.Itoa(r.numbers[i]))
	}
	return briefs.LocalDigits(strings.Join(parts, "."), r.lang)
}

func (r *renderer) heading(p *page, h *briefs.Heading, ctx briefs.Direction) {
	lvl := min(max(h.Level, 1), 4)
	tag := "h" + strconv.Itoa(lvl)
	number := ""
	if !r.aside {
		number = r.headingNumber(lvl)
	}
	var attrs []string
	id := xmlID(h.ID)
	if id != "" {
		attrs = []string{"id", id}
	}
	p.open(tag, h.Dir, ctx, attrs...)
	label := plainText(h.Content)
	if number != "" {
		p.b.WriteString(`<span class="num">`)
		escape(&p.b, number)
		p.b.WriteString("</span> ")
		r.use.text(number, style{heading: true, bold: true})
		label = number + " " + label
	}
	r.inlines(p, h.Content, eff(h.Dir, ctx), style{heading: true, bold: true})
	p.close(tag)
	if !r.aside {
		r.nav = append(r.nav, navEntry{level: lvl, file: p.name, id: id, label: label, dir: eff(h.Dir, r.doc.Dir)})
	}
}

func (r *renderer) list(p *page, l *briefs.List, ctx briefs.Direction) {
	tag := "ul"
	var attrs []string
	if l.Ordered {
		tag = "ol"
		if l.Start != 1 {
			attrs = []string{"start", strconv.Itoa(l.Start)}
		}
	}
	d := eff(l.Dir, ctx)
	p.open(tag, l.Dir, ctx, attrs...)
	p.b.WriteByte('\n')
	for _, it := range l.Items {
		id := eff(it.Dir, d)
		p.open("li", it.Dir, d)
		for i, bl := range it.Blocks {
			// A tight list sets its item's first paragraph without <p>,
			// as CommonMark renderers do.
			if para, ok := bl.(*briefs.Paragraph); ok && l.Tight && i == 0 && eff(para.Dir, id) == id {
				r.inlines(p, para.Content, id, style{})
				if len(it.Blocks) > 1 {
					p.b.WriteByte('\n')
				}
				continue
			}
			r.block(p, bl, id)
		}
		p.close("li")
	}
	p.close(tag)
}

func (r *renderer) figure(p *page, f *briefs.Figure, ctx briefs.Direction) {
	if f.Image == nil {
		return
	}
	href := r.images.add(f.Image)
	alt := f.Alt
	if alt == "" {
		alt = plainText(f.Caption)
	}
	if alt == "" {
		r.missingAlt = true
	}
	d := eff(f.Dir, ctx)
	p.open("figure", f.Dir, ctx)
	p.b.WriteString(`<img src="`)
	escape(&p.b, href)
	p.b.WriteString(`" alt="`)
	escape(&p.b, alt)
	p.b.WriteString(`"/>`)
	if len(f.Caption) > 0 {
		p.b.WriteString("<figcaption>")
		was := r.italic
		r.italic = !r.arabic
		r.inlines(p, f.Caption, d, style{})
		r.italic = was
		p.b.WriteString("</figcaption>")
	}
	p.close("figure")
}

// alignClass is the CSS class of a table column alignment.
func alignClass(a briefs.Align) string {
	switch a {
	case briefs.AlignLeft:
		return "a-l"
	case briefs.AlignCenter:
		return "a-c"
	case briefs.AlignRight:
		return "a-r"
	}
	return ""
}

func (r *renderer) table(p *page, t *briefs.Table, ctx briefs.Direction) {
	d := eff(t.Dir, ctx)
	p.open("table", t.Dir, ctx)
	p.b.WriteByte('\n')
	row := func(cells []*briefs.Cell, tag string) {
		p.b.WriteString("<tr>")
		for i, c := range cells {
			if c == nil {
				c = &briefs.Cell{}
			}
			var attrs []string
			if i < len(t.Align) && alignClass(t.Align[i]) != "" {
				attrs = []string{"class", alignClass(t.Align[i])}
			}
			p.open(tag, c.Dir, d, attrs...)
			st := style{bold: tag == "th"}
			r.inlines(p, c.Content, eff(c.Dir, d), st)
			p.b.WriteString("</" + tag + ">")
		}
		p.b.WriteString("</tr>\n")
	}
	if len(t.Header) > 0 {
		p.b.WriteString("<thead>\n")
		row(t.Header, "th")
		p.b.WriteString("</thead>\n")
	}
	if len(t.Rows) > 0 {
		p.b.WriteString("<tbody>\n")
		for _, cells := range t.Rows {
			row(cells, "td")
		}
		p.b.WriteString("</tbody>\n")
	}
	p.close("table")
}

// inlines writes inline content in a context of direction dir.
func (r *renderer) inlines(p *page, content []briefs.Inline, dir briefs.Direction, st style) {
	st.italic = st.italic || r.italic
	r.inlinesLink(p, content, dir, st, nil)
}

// inlinesLink is inlines; inside a link (deferred != nil) note references
// are collected to be written after the link, since links cannot nest.
func (r *renderer) inlinesLink(p *page, content []briefs.Inline, dir briefs.Direction, st style, deferred *[]*briefs.NoteRef) {
	for _, in := range content {
		switch n := in.(type) {
		case *briefs.Text:
			r.use.text(n.Text, st)
			writeBidiText(&p.b, n.Text, dir)
		case *briefs.Emph:
			p.b.WriteString("<em>")
			s := st
			s.italic = true
			r.inlinesLink(p, n.Content, dir, s, deferred)
			p.b.WriteString("</em>")
		case *briefs.Strong:
			p.b.WriteString("<strong>")
			s := st
			s.bold = true
			r.inlinesLink(p, n.Content, dir, s, deferred)
			p.b.WriteString("</strong>")
		case *briefs.Code:
			p.b.WriteString("<code")
			if other := opposite(dir); hasStrong(n.Text, other) {
				p.b.WriteString(` dir="` + dirName(other) + `"`)
			}
			p.b.WriteByte('>')
			escape(&p.b, n.Text)
			p.b.WriteString("</code>")
		case *briefs.Link:
			r.link(p, n, dir, st, deferred)
		case *briefs.LineBreak:
			p.b.WriteString("<br/>")
		case *briefs.NoteRef:
			if deferred != nil {
				*deferred = append(*deferred, n)
				continue
			}
			r.noteRef(p, n)
		}
	}
}

func (r *renderer) link(p *page, l *briefs.Link, dir briefs.Direction, st style, deferred *[]*briefs.NoteRef) {
	href := l.URL
	if id, ok := strings.CutPrefix(href, "#"); ok {
		id = xmlID(id)
		file, known := r.idFile[id]
		switch {
		case !known:
			href = "" // a dangling internal link would break the EPUB
		case file != p.name:
			href = file + "#" + id
		default:
			href = "#" + id
		}
	}
	if href == "" || deferred != nil {
		r.inlinesLink(p, l.Content, dir, st, deferred)
		return
	}
	p.b.WriteString(`<a href="`)
	escape(&p.b, href)
	p.b.WriteString(`">`)
	var notes []*briefs.NoteRef
	r.inlinesLink(p, l.Content, dir, st, &notes)
	p.b.WriteString("</a>")
	for _, n := range notes {
		r.noteRef(p, n)
	}
}

package epub

import (
	"strings"

	"github.com/briefpress/briefpress/briefs"
)

// This file splits the document into XHTML files: cover, title page, one
// file per top-level (#) section, sources, about.

// Part kinds, for landmarks.
const (
	kindCover = iota
	kindTitle
	kindChapter
	kindSources
	kindAbout
)

// part is one finished XHTML file of the spine.
type part struct {
	name  string // file name under xhtml/
	title string // <title> and the nav label of unnumbered parts
	kind  int
	body  string // the markup inside <body>
}

// words are the generated labels, by language.
type words struct {
	contents, landmarks, cover, about, titlePage, bodyStart string
}

func wordsFor(lang string) words {
	t := briefs.TermsFor(lang)
	return words{contents: t.Contents, landmarks: t.Landmarks, cover: t.Cover, about: t.About,
		titlePage: t.TitlePage, bodyStart: t.BodyStart}
}

// chapters splits blocks at level-1 headings: the blocks before the first
// one (the preface, which goes with the title page) and one slice per
// section, each starting with its heading.
func chapters(blocks []briefs.Block) (preface []briefs.Block, secs [][]briefs.Block) {
	for _, bl := range blocks {
		if h, ok := bl.(*briefs.Heading); ok && h.Level == 1 {
			secs = append(secs, []briefs.Block{bl})
			continue
		}
		if len(secs) == 0 {
			preface = append(preface, bl)
		} else {
			secs[len(secs)-1] = append(secs[len(secs)-1], bl)
		}
	}
	return preface, secs
}

// mapIDs records in which file each heading ID (at any depth) sits.
func mapIDs(m map[string]string, file string, blocks []briefs.Block) {
	for _, bl := range blocks {
		switch n := bl.(type) {
		case *briefs.Heading:
			if id := xmlID(n.ID); id != "" {
				if _, dup := m[id]; !dup {
					m[id] = file
				}
			}
		case *briefs.Quote:
			mapIDs(m, file, n.Blocks)
		case *briefs.List:
			for _, it := range n.Items {
				mapIDs(m, file, it.Blocks)
			}
		}
	}
}

// sectioned writes top-level blocks with a <section> around each heading
// and what follows it up to the next heading of the same or a higher
// level; a level-1 heading opens the chapter.
func (r *renderer) sectioned(p *page, blocks []briefs.Block, d briefs.Direction) {
	var open []int // levels of the open sections
	for _, bl := range blocks {
		if h, ok := bl.(*briefs.Heading); ok {
			for len(open) > 0 && open[len(open)-1] >= h.Level {
				p.close("section")
				open = open[:len(open)-1]
			}
			if h.Level == 1 {
				p.b.WriteString(`<section epub:type="chapter" role="doc-chapter">` + "\n")
			} else {
				p.b.WriteString("<section>\n")
			}
			open = append(open, h.Level)
		}
		r.block(p, bl, d)
	}
	for range open {
		p.close("section")
	}
}

// chapterName is the file name of the i-th section (0-based).
func chapterName(i int) string { return "ch" + pad(i+1, 2) + ".xhtml" }

// buildParts renders every XHTML file of the spine, in reading order.
func (r *renderer) buildParts(w words) []part {
	doc := r.doc
	preface, secs := chapters(doc.Blocks)
	r.idFile = map[string]string{}
	mapIDs(r.idFile, "title.xhtml", preface)
	for i, s := range secs {
		mapIDs(r.idFile, chapterName(i), s)
	}
	var parts []part
	if doc.Meta.Cover != nil && doc.Meta.Cover.Image != nil {
		parts = append(parts, r.coverPart(w))
	}
	parts = append(parts, r.titlePart(preface))
	for i, s := range secs {
		p := &page{name: chapterName(i)}
		r.sectioned(p, s, doc.Dir)
		r.asides(p)
		title := doc.Meta.Title
		if h, ok := s[0].(*briefs.Heading); ok {
			title = plainText(h.Content)
		}
		parts = append(parts, part{name: p.name, title: title, kind: kindChapter, body: p.b.String()})
	}
	if len(doc.Sources) > 0 {
		parts = append(parts, r.sourcesPart())
	}
	if about, ok := r.aboutPart(w); ok {
		parts = append(parts, about)
	}
	return parts
}

func (r *renderer) coverPart(w words) part {
	c := r.doc.Meta.Cover
	im := r.images.get(c.Image)
	im.cover = true
	alt := c.Alt
	if alt == "" {
		alt = r.doc.Meta.Title
	}
	p := &page{name: "cover.xhtml"}
	p.b.WriteString(`<section epub:type="cover" class="cover">` + "\n<img src=\"../images/")
	escape(&p.b, im.name)
	p.b.WriteString(`" alt="`)
	escape(&p.b, alt)
	p.b.WriteString("\"/>\n")
	if c.Credit != "" {
		p.open("p", dirOfText(c.Credit, r.doc.Dir), r.doc.Dir, "class", "credit")
		r.use.text(c.Credit, style{})
		writeBidiText(&p.b, c.Credit, dirOfText(c.Credit, r.doc.Dir))
		p.close("p")
	}
	p.b.WriteString("</section>\n")
	return part{name: p.name, title: w.cover, kind: kindCover, body: p.b.String()}
}

// dirOfText is the direction of text's first strong character, or def.
func dirOfText(s string, def briefs.Direction) briefs.Direction {
	for _, r := range s {
		if d := strong(r); d != briefs.Auto {
			return d
		}
	}
	return def
}

// plainLine writes a <tag class=…> holding plain text s, with its own
// direction when it differs from the document's.
func (r *renderer) plainLine(p *page, tag, class, s string, st style) {
	d := dirOfText(s, r.doc.Dir)
	p.open(tag, d, r.doc.Dir, "class", class)
	r.use.text(s, st)
	writeBidiText(&p.b, s, d)
	p.close(tag)
}

func (r *renderer) titlePart(preface []briefs.Block) part {
	m := r.doc.Meta
	p := &page{name: "title.xhtml"}
	p.b.WriteString(`<section epub:type="titlepage" class="titlepage">` + "\n")
	if m.Kind != "" {
		r.plainLine(p, "p", "kind", m.Kind, style{})
	}
	r.plainLine(p, "h1", "title", m.Title, style{heading: true, bold: true})
	if m.Subtitle != "" {
		r.plainLine(p, "p", "subtitle", m.Subtitle, style{})
	}
	if len(m.Authors) > 0 {
		names := make([]string, 0, len(m.Authors))
		for _, a := range m.Authors {
			s := a.Name
			if a.Affiliation != "" {
				s += " (" + a.Affiliation + ")"
			}
			names = append(names, s)
		}
		sep := briefs.TermsFor(r.lang).ListComma
		r.plainLine(p, "p", "authors", strings.Join(names, sep), style{})
	}
	if m.Date != nil {
		d := briefs.FormatDate(*m.Date, r.lang)
		p.b.WriteString(`<p class="date"><time datetime="` + isoDate(m.Date) + `">`)
		r.use.text(d, style{})
		escape(&p.b, d)
		p.b.WriteString("</time></p>\n")
	}
	if len(m.Abstract) > 0 {
		p.b.WriteString(`<section class="abstract" role="doc-abstract">` + "\n")
		r.aside = true
		r.blocks(p, m.Abstract, r.doc.Dir)
		r.aside = false
		p.b.WriteString("</section>\n")
	}
	p.b.WriteString("</section>\n")
	if len(preface) > 0 {
		p.b.WriteString(`<section class="preface">` + "\n")
		r.sectioned(p, preface, r.doc.Dir)
		p.b.WriteString("</section>\n")
	}
	r.asides(p)
	return part{name: p.name, title: m.Title, kind: kindTitle, body: p.b.String()}
}

func (r *renderer) sourcesPart() part {
	doc := r.doc
	p := &page{name: "sources.xhtml"}
	title := doc.Meta.SourcesTitle
	if title == "" {
		title = briefs.TermsFor(r.lang).Sources
	}
	p.b.WriteString(`<section epub:type="bibliography" role="doc-bibliography">` + "\n")
	r.plainLine(p, "h1", "sources-title", title, style{heading: true, bold: true})
	p.b.WriteString(`<ol class="sources">` + "\n")
	for _, s := range doc.Sources {
		var attrs []string
		if s.Ref != nil && s.Ref.ID != "" {
			attrs = append(attrs, "id", xmlID("src-"+s.Ref.ID))
		}
		if s.Ref != nil && s.Ref.Language != "" && s.Dir != briefs.Auto && s.Dir != doc.Dir {
			attrs = append(attrs, "lang", s.Ref.Language, "xml:lang", s.Ref.Language)
		}
		p.open("li", s.Dir, doc.Dir, attrs...)
		r.inlines(p, s.Content, eff(s.Dir, doc.Dir), style{})
		p.close("li")
	}
	p.b.WriteString("</ol>\n</section>\n")
	r.asides(p)
	r.nav = append(r.nav, navEntry{level: 1, file: p.name, label: title, dir: dirOfText(title, doc.Dir)})
	return part{name: p.name, title: title, kind: kindSources, body: p.b.String()}
}

func (r *renderer) aboutPart(w words) (part, bool) {
	b, m := r.brand, r.doc.Meta
	has := b != nil && (len(b.About) > 0 || b.Website != "" || b.Email != "" || b.Logo != nil)
	if !has && m.Rights == "" {
		return part{}, false
	}
	title := w.about
	if b != nil && b.Name != "" {
		title = b.Name
	}
	p := &page{name: "about.xhtml"}
	p.b.WriteString(`<section class="about">` + "\n")
	if b != nil && b.Logo != nil && mediaType(b.Logo.Format) != "" {
		p.b.WriteString(`<p><img class="logo" src="`)
		escape(&p.b, r.images.add(b.Logo))
		p.b.WriteString(`" alt="`)
		escape(&p.b, title)
		p.b.WriteString("\"/></p>\n")
	}
	r.plainLine(p, "h1", "about-title", title, style{heading: true, bold: true})
	if b != nil {
		r.aside = true
		r.blocks(p, b.About, r.doc.Dir)
		r.aside = false
		if b.Website != "" || b.Email != "" {
			p.open("p", briefs.LTR, r.doc.Dir, "class", "contact")
			if b.Website != "" {
				href := b.Website
				if !strings.Contains(href, "://") {
					href = "https://" + href
				}
				p.b.WriteString(`<a href="` + esc(href) + `">` + esc(b.Website) + "</a>")
				r.use.text(b.Website, style{})
			}
			if b.Website != "" && b.Email != "" {
				p.b.WriteString("<br/>")
			}
			if b.Email != "" {
				p.b.WriteString(`<a href="mailto:` + esc(b.Email) + `">` + esc(b.Email) + "</a>")
				r.use.text(b.Email, style{})
			}
			p.b.WriteString("</p>\n")
		}
	}
	if m.Rights != "" {
		r.plainLine(p, "p", "rights", m.Rights, style{})
	}
	p.b.WriteString("</section>\n")
	r.asides(p)
	r.nav = append(r.nav, navEntry{level: 1, file: p.name, label: title, dir: dirOfText(title, r.doc.Dir)})
	return part{name: p.name, title: title, kind: kindAbout, body: p.b.String()}, true
}

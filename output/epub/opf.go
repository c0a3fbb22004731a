package epub

import (
	"strconv"
	"strings"
	"time"

	"github.com/briefpress/briefpress/briefs"
)

// This file writes the package document (package.opf). go-epub's own has
// one creator, no subtitle, publisher, subjects, rights or accessibility
// metadata, a wall-clock dcterms:modified and a manifest in map order, so
// we write it ourselves and put it in place during repackaging.

// ibooksVocab is Apple's vocabulary for the ibooks: meta properties.
const ibooksVocab = "http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/"

// manifestItem is one file of the publication.
type manifestItem struct {
	id, href, mediaType, properties string
}

// pkgInfo is everything the package document says.
type pkgInfo struct {
	doc        *briefs.Document
	brand      *briefs.Brand
	identifier string
	modified   time.Time
	items      []manifestItem
	spine      []string // manifest ids in reading order
	hasImages  bool
	allAlt     bool // every image has a text alternative
	toc        bool
	producer   string
}

func (pi *pkgInfo) write() string {
	m := pi.doc.Meta
	var b strings.Builder
	lang := langOf(pi.doc)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="` +
		esc(lang) + `" dir="` + dirName(pi.doc.Dir) + `" prefix="ibooks: ` + ibooksVocab + `">` + "\n")
	b.WriteString(`<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">` + "\n")
	el := func(tag, attrs, text string) {
		b.WriteString("<" + tag + attrs + ">")
		escape(&b, text)
		b.WriteString("</" + tag + ">\n")
	}
	meta := func(attrs, text string) { el("meta", attrs, text) }
	el("dc:identifier", ` id="pub-id"`, pi.identifier)
	el("dc:title", ` id="title"`, m.Title)
	meta(` refines="#title" property="title-type"`, "main")
	if m.Subtitle != "" {
		el("dc:title", ` id="subtitle"`, m.Subtitle)
		meta(` refines="#subtitle" property="title-type"`, "subtitle")
	}
	for i, a := range m.Authors {
		id := "creator-" + strconv.Itoa(i+1)
		el("dc:creator", ` id="`+id+`"`, a.Name)
		meta(` refines="#`+id+`" property="role" scheme="marc:relators"`, "aut")
		meta(` refines="#`+id+`" property="display-seq"`, strconv.Itoa(i+1))
	}
	if pi.brand != nil && pi.brand.Name != "" {
		el("dc:publisher", "", pi.brand.Name)
	}
	el("dc:language", "", lang)
	if d := isoDate(m.Date); d != "" {
		el("dc:date", "", d)
	}
	if desc := blocksText(m.Abstract); desc != "" {
		el("dc:description", "", desc)
	}
	for _, k := range m.Keywords {
		el("dc:subject", "", k)
	}
	if m.Rights != "" {
		el("dc:rights", "", m.Rights)
	}
	meta(` property="dcterms:modified"`, pi.modified.UTC().Format("2006-01-02T15:04:05Z"))
	pi.a11y(meta)
	// Apple Books ignores embedded fonts unless told otherwise.
	meta(` property="ibooks:specified-fonts"`, "true")
	if pi.producer != "" {
		b.WriteString(`<meta name="generator" content="` + esc(pi.producer) + `"/>` + "\n")
	}
	for _, it := range pi.items {
		if strings.Contains(it.properties, "cover-image") {
			b.WriteString(`<meta name="cover" content="` + esc(it.id) + `"/>` + "\n")
		}
	}
	b.WriteString("</metadata>\n<manifest>\n")
	for _, it := range pi.items {
		b.WriteString(`<item id="` + esc(it.id) + `" href="` + esc(it.href) + `" media-type="` + it.mediaType + `"`)
		if it.properties != "" {
			b.WriteString(` properties="` + it.properties + `"`)
		}
		b.WriteString("/>\n")
	}
	b.WriteString("</manifest>\n")
	b.WriteString(`<spine toc="ncx"`)
	if pi.doc.Dir == briefs.RTL {
		b.WriteString(` page-progression-direction="rtl"`)
	}
	b.WriteString(">\n")
	for _, id := range pi.spine {
		b.WriteString(`<itemref idref="` + esc(id) + `"/>` + "\n")
	}
	b.WriteString("</spine>\n</package>\n")
	return b.String()
}

// a11y writes the schema.org accessibility metadata, true to the content:
// visual access only when there are images, alternativeText only when
// every image has one.
func (pi *pkgInfo) a11y(meta func(attrs, text string)) {
	meta(` property="schema:accessMode"`, "textual")
	if pi.hasImages {
		meta(` property="schema:accessMode"`, "visual")
		meta(` property="schema:accessModeSufficient"`, "textual,visual")
	}
	if !pi.hasImages || pi.allAlt {
		meta(` property="schema:accessModeSufficient"`, "textual")
	}
	meta(` property="schema:accessibilityFeature"`, "structuralNavigation")
	if pi.toc {
		meta(` property="schema:accessibilityFeature"`, "tableOfContents")
	}
	if pi.hasImages && pi.allAlt {
		meta(` property="schema:accessibilityFeature"`, "alternativeText")
	}
	meta(` property="schema:accessibilityFeature"`, "readingOrder")
	meta(` property="schema:accessibilityHazard"`, "none")
	summary := "Reflowable text with headings, a navigation document, footnotes linked both ways and language and direction marked on every block."
	if pi.hasImages {
		if pi.allAlt {
			summary += " Every image has a text alternative."
		} else {
			summary += " Some images lack a text alternative."
		}
	}
	meta(` property="schema:accessibilitySummary"`, summary)
}

// langOf is the document language, "en" by default.
func langOf(doc *briefs.Document) string {
	if doc.Meta.Lang == "" {
		return "en"
	}
	return doc.Meta.Lang
}

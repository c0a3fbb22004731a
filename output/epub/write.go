package epub

import (
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
)

// Options control EPUB writing.
type Options struct {
	// Fonts is the registry the embedded font files come from (brand font
	// files are added to it). Nil means a fresh registry of the built-in
	// fonts.
	Fonts *fonts.Registry
	// Modified is dcterms:modified and the timestamp of every archive
	// entry (SOURCE_DATE_EPOCH or the brief's date, chosen by the caller).
	// The zero time means the brief's date at midnight UTC, or 2000-01-01
	// when the brief has none; the wall clock is never read.
	Modified time.Time
	// Producer, when set, is named in the package document's generator
	// meta element.
	Producer string
}

// Write writes doc, styled by brand, to w as an EPUB 3 file. A nil brand
// means doc.Brand, and a nil doc.Brand the built-in brand. The bytes depend
// only on doc, brand and opts. Safe for concurrent use; the packaging step
// inside go-epub is serialised process-wide (see goepub.go).
func Write(w io.Writer, doc *briefs.Document, brand *briefs.Brand, opts Options) error {
	if doc == nil {
		return errors.New("epub: nil document")
	}
	if brand == nil {
		brand = doc.Brand
	}
	reg := opts.Fonts
	if reg == nil {
		reg = fonts.NewRegistry()
	}
	reg = reg.View() // this brief's brand fonts only, not other briefs'
	fam, err := families(reg, brand)
	if err != nil {
		return err
	}
	lang := langOf(doc)
	r := &renderer{doc: doc, brand: brand, lang: lang, arabic: arabicLang(lang), images: &imageSet{}}
	r.use.rtl = doc.Dir == briefs.RTL
	wd := wordsFor(lang)
	parts := r.buildParts(wd)
	embedded, err := usedFonts(reg, fam, r.use)
	if err != nil {
		return err
	}
	css := stylesheet(brand, fam, embedded, doc.Dir == briefs.RTL, r.arabic)

	depth := doc.Meta.TOCDepth
	if depth < 1 {
		depth = 2
	}
	if !doc.Meta.TOC {
		depth = 1
	}
	tree := navTree(r.nav, depth)
	id := identifier(doc)
	mod := modified(doc, opts.Modified)

	pi := &pkgInfo{doc: doc, brand: brand, identifier: id, modified: mod, toc: doc.Meta.TOC,
		allAlt: !r.missingAlt, producer: opts.Producer}
	pi.items = append(pi.items,
		manifestItem{id: "nav", href: "nav.xhtml", mediaType: "application/xhtml+xml", properties: "nav"},
		manifestItem{id: "ncx", href: "toc.ncx", mediaType: "application/x-dtbncx+xml"},
		manifestItem{id: "css", href: "css/style.css", mediaType: "text/css"})
	var names []string
	for _, p := range parts {
		pid := "x-" + strings.TrimSuffix(p.name, ".xhtml")
		pi.items = append(pi.items, manifestItem{id: pid, href: "xhtml/" + p.name, mediaType: "application/xhtml+xml"})
		pi.spine = append(pi.spine, pid)
		if p.kind == kindTitle && doc.Meta.TOC {
			pi.spine = append(pi.spine, "nav")
		}
		names = append(names, p.name)
	}
	var imageNames []string
	for _, im := range r.images.list {
		if im.mediaType == "" {
			return fmt.Errorf("epub: image %s: unsupported format", im.name)
		}
		props := ""
		if im.cover {
			props = "cover-image"
		}
		pi.items = append(pi.items, manifestItem{id: im.id, href: "images/" + im.name, mediaType: im.mediaType, properties: props})
		imageNames = append(imageNames, im.name)
	}
	pi.hasImages = len(r.images.list) > 0
	var fontFiles []ownFile
	for _, f := range embedded {
		data, err := f.font.Data()
		if err != nil {
			return fmt.Errorf("epub: font %s: %w", f.font.Name(), err)
		}
		mt := "font/ttf"
		if f.ext == "otf" {
			mt = "font/otf"
		}
		pi.items = append(pi.items, manifestItem{id: "font-" + f.font.Name(), href: "fonts/" + f.file, mediaType: mt})
		fontFiles = append(fontFiles, ownFile{name: f.file, data: data, store: true})
	}

	raw, err := pack(bundle{title: doc.Meta.Title, identifier: id, lang: lang, css: css, images: r.images.list, parts: parts})
	if err != nil {
		return err
	}
	var tag strings.Builder
	tag.WriteString(`<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"`)
	tag.WriteString(` lang="` + esc(lang) + `" xml:lang="` + esc(lang) + `" dir="` + dirName(doc.Dir) + `">`)
	return repack(w, raw, layoutPlan{
		opf:      pi.write(),
		nav:      navDoc(lang, doc.Dir, wd, tree, parts, doc.Meta.TOC),
		ncx:      ncx(id, doc.Meta.Title, tree),
		htmlTag:  tag.String(),
		parts:    names,
		images:   imageNames,
		fonts:    fontFiles,
		modified: mod,
	})
}

// identifier is meta.Identifier (a bare UUID gets the urn:uuid: prefix),
// or, for documents built by hand without one, a name-based UUID from the
// title and date, so the same brief always gets the same identifier.
func identifier(doc *briefs.Document) string {
	id := strings.TrimSpace(doc.Meta.Identifier)
	if id == "" {
		sum := sha1.Sum([]byte("briefpress\x00" + doc.Meta.Title + "\x00" + isoDate(doc.Meta.Date)))
		sum[6] = sum[6]&0x0f | 0x50 // version 5
		sum[8] = sum[8]&0x3f | 0x80 // RFC 4122 variant
		h := hex.EncodeToString(sum[:16])
		id = h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
	}
	if len(id) == 36 && strings.Count(id, "-") == 4 && !strings.Contains(id, ":") {
		id = "urn:uuid:" + id
	}
	return id
}

// modified is the timestamp of the build: opts.Modified, else the brief's
// date, else 2000-01-01, never the wall clock.
func modified(doc *briefs.Document, t time.Time) time.Time {
	if !t.IsZero() {
		return t.UTC().Truncate(time.Second)
	}
	if d := doc.Meta.Date; d != nil && d.Year >= 1980 {
		return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
}

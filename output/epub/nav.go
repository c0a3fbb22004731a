package epub

import (
	"strconv"
	"strings"

	"github.com/briefpress/briefpress/briefs"
)

// This file writes the navigation documents: the EPUB 3 nav (table of
// contents and landmarks) and the EPUB 2 NCX, nested to the TOC depth.

// navNode is a navEntry with its children, for nesting.
type navNode struct {
	navEntry
	kids []*navNode
}

// navTree nests entries by level, keeping those at most depth deep. A
// level that skips one (h1 then h3) nests under the nearest shallower
// entry.
func navTree(entries []navEntry, depth int) []*navNode {
	var roots []*navNode
	var stack []*navNode
	for _, e := range entries {
		if e.level > depth {
			continue
		}
		n := &navNode{navEntry: e}
		for len(stack) > 0 && stack[len(stack)-1].level >= e.level {
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 {
			roots = append(roots, n)
		} else {
			top := stack[len(stack)-1]
			top.kids = append(top.kids, n)
		}
		stack = append(stack, n)
	}
	return roots
}

// treeDepth is the deepest nesting of nodes (1 for a flat list).
func treeDepth(nodes []*navNode) int {
	d := 0
	for _, n := range nodes {
		d = max(d, 1+treeDepth(n.kids))
	}
	return d
}

// href is the link to an entry from the package directory.
func (e navEntry) href() string {
	h := "xhtml/" + e.file
	if e.id != "" {
		h += "#" + e.id
	}
	return h
}

// xhtmlHead writes the start of an XHTML file up to and including <body>.
func xhtmlHead(b *strings.Builder, lang string, dir briefs.Direction, title, css string) {
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<!DOCTYPE html>\n")
	b.WriteString(`<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"`)
	b.WriteString(` lang="` + esc(lang) + `" xml:lang="` + esc(lang) + `" dir="` + dirName(dir) + `">` + "\n<head>\n<title>")
	escape(b, title)
	b.WriteString("</title>\n")
	if css != "" {
		b.WriteString(`<link rel="stylesheet" type="text/css" href="` + css + `"/>` + "\n")
	}
	b.WriteString("</head>\n<body>\n")
}

// navDoc writes nav.xhtml: the table of contents (nested to depth when the
// brief asks for a TOC, else the top-level list, hidden) and the landmarks.
func navDoc(lang string, dir briefs.Direction, w words, tree []*navNode, parts []part, toc bool) string {
	var b strings.Builder
	xhtmlHead(&b, lang, dir, w.contents, "css/style.css")
	b.WriteString(`<nav epub:type="toc" role="doc-toc" id="toc"`)
	if !toc {
		b.WriteString(` hidden="hidden"`)
	}
	b.WriteString(">\n<h1>")
	escape(&b, w.contents)
	b.WriteString("</h1>\n")
	var list func(nodes []*navNode)
	list = func(nodes []*navNode) {
		b.WriteString("<ol>\n")
		for _, n := range nodes {
			b.WriteString("<li")
			if n.dir != dir && n.dir != briefs.Auto {
				b.WriteString(` dir="` + dirName(n.dir) + `"`)
			}
			b.WriteString(`><a href="` + esc(n.href()) + `">`)
			escape(&b, n.label)
			b.WriteString("</a>")
			if len(n.kids) > 0 {
				b.WriteByte('\n')
				list(n.kids)
			}
			b.WriteString("</li>\n")
		}
		b.WriteString("</ol>\n")
	}
	if len(tree) == 0 {
		// A nav list may not be empty: point at the title page.
		tree = []*navNode{{navEntry: navEntry{file: "title.xhtml", label: parts[0].title, dir: dir}}}
		for _, p := range parts {
			if p.kind == kindTitle {
				tree[0].label = p.title
			}
		}
	}
	list(tree)
	b.WriteString("</nav>\n")

	b.WriteString(`<nav epub:type="landmarks" id="landmarks" hidden="hidden">` + "\n<h2>")
	escape(&b, w.landmarks)
	b.WriteString("</h2>\n<ol>\n")
	mark := func(typ, href, label string) {
		b.WriteString(`<li><a epub:type="` + typ + `" href="` + esc(href) + `">`)
		escape(&b, label)
		b.WriteString("</a></li>\n")
	}
	body := ""
	for _, p := range parts {
		switch p.kind {
		case kindCover:
			mark("cover", "xhtml/"+p.name, w.cover)
		case kindTitle:
			mark("titlepage", "xhtml/"+p.name, w.titlePage)
			if toc {
				mark("toc", "nav.xhtml#toc", w.contents)
			}
		case kindChapter:
			if body == "" {
				body = p.name
				mark("bodymatter", "xhtml/"+p.name, w.bodyStart)
			}
		case kindSources:
			mark("bibliography", "xhtml/"+p.name, p.title)
		}
	}
	b.WriteString("</ol>\n</nav>\n</body>\n</html>\n")
	return b.String()
}

// ncx writes toc.ncx, the EPUB 2 table of contents, for old readers.
func ncx(id, title string, tree []*navNode) string {
	var b strings.Builder
	depth := max(treeDepth(tree), 1)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">` + "\n<head>\n")
	b.WriteString(`<meta name="dtb:uid" content="` + esc(id) + `"/>` + "\n")
	b.WriteString(`<meta name="dtb:depth" content="` + strconv.Itoa(depth) + `"/>` + "\n")
	b.WriteString(`<meta name="dtb:totalPageCount" content="0"/>` + "\n")
	b.WriteString(`<meta name="dtb:maxPageNumber" content="0"/>` + "\n</head>\n<docTitle><text>")
	escape(&b, title)
	b.WriteString("</text></docTitle>\n<navMap>\n")
	order := 0
	var points func(nodes []*navNode)
	points = func(nodes []*navNode) {
		for _, n := range nodes {
			order++
			o := strconv.Itoa(order)
			b.WriteString(`<navPoint id="np-` + o + `" playOrder="` + o + `"><navLabel><text>`)
			escape(&b, n.label)
			b.WriteString(`</text></navLabel><content src="` + esc(n.href()) + `"/>` + "\n")
			points(n.kids)
			b.WriteString("</navPoint>\n")
		}
	}
	if len(tree) == 0 {
		tree = []*navNode{{navEntry: navEntry{file: "title.xhtml", label: title}}}
	}
	points(tree)
	b.WriteString("</navMap>\n</ncx>\n")
	return b.String()
}

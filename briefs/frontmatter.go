package briefs

import (
	"bytes"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
	"golang.org/x/text/language"
)

// metaKeys are the front matter keys, in the order of the format spec.
var metaKeys = []string{"title", "subtitle", "kind", "author", "date", "lang", "dir",
	"abstract", "keywords", "cover", "brand", "toc", "toc-depth", "references",
	"sources-title", "identifier", "rights", "draft"}

// splitFrontMatter finds the front matter between the first two "---"
// lines (the closing line may also be "..."). It returns the YAML text,
// the body and the body's first line number; ok is false when the brief
// does not start with front matter or it is not closed.
func splitFrontMatter(src []byte) (yml, body []byte, bodyLine, bodyOff int, ok bool) {
	first, rest, found := bytes.Cut(src, []byte("\n"))
	if !found || strings.TrimRight(string(first), " \t\r") != "---" {
		return nil, nil, 0, 0, false
	}
	off := len(first) + 1
	line := 2
	for len(rest) > 0 {
		l, next, _ := bytes.Cut(rest, []byte("\n"))
		t := strings.TrimRight(string(l), " \t\r")
		if t == "---" || t == "..." {
			bodyOff = off + len(l) + 1
			if bodyOff > len(src) {
				bodyOff = len(src)
			}
			return src[len(first)+1 : off], src[bodyOff:], line + 1, bodyOff, true
		}
		off += len(l) + 1
		line++
		rest = next
	}
	return nil, nil, 0, 0, false
}

// frontMatter is the decoded front matter plus what is resolved later.
type frontMatter struct {
	abstract    string
	abstractPos Pos
	abstractLit bool // a block scalar: the text starts on the next line
	abstractIdx *lineIndex
	dirSet      bool
	sourcesSet  bool
	idSet       bool
	titlePos    Pos
}

// decodeMeta walks the front matter mapping into p.doc.Meta.
func (p *parseState) decodeMeta(y *yamlDoc, root ast.Node) {
	m := &p.doc.Meta
	fm := &p.fm
	start := Pos{Line: 1, Col: 1}
	if root == nil {
		p.rep.errorf(start, "the front matter has no title (key \"title\" is required)")
		return
	}
	entries, ok := y.mapping("front matter", root)
	if !ok {
		return
	}
	hasTitle := false
	for _, e := range entries {
		v := e.value
		if isNull(v) && e.key != "title" {
			continue
		}
		switch e.key {
		case "title":
			if s, ok := y.str(e.key, v); ok {
				hasTitle = true
				m.Title = strings.TrimSpace(s)
				fm.titlePos = y.nodePos(v)
				if m.Title == "" {
					p.rep.errorf(e.keyPos, "key \"title\" is empty")
				}
			} else if isNull(v) {
				hasTitle = true
			}
		case "subtitle":
			m.Subtitle, _ = y.str(e.key, v)
		case "kind":
			m.Kind, _ = y.str(e.key, v)
		case "rights":
			m.Rights, _ = y.str(e.key, v)
		case "identifier":
			m.Identifier, fm.idSet = y.str(e.key, v)
		case "sources-title":
			m.SourcesTitle, fm.sourcesSet = y.str(e.key, v)
		case "brand":
			m.BrandPath, _ = y.str(e.key, v)
			p.brandPos = y.nodePos(v)
		case "author":
			m.Authors = p.decodeAuthors(y, v)
		case "date":
			if s, ok := y.str(e.key, v); ok {
				d, err := parseDate(strings.TrimSpace(s), false)
				if err != nil {
					p.rep.errorf(y.nodePos(v), "key \"date\" (line %d): %v", y.nodePos(v).Line, err)
				} else {
					m.Date = &d
				}
			}
		case "lang":
			if s, ok := y.str(e.key, v); ok {
				if _, err := language.Parse(s); err != nil || s == "" {
					p.rep.errorf(y.nodePos(v), "key \"lang\" (line %d): %q is not a BCP 47 language tag (e.g. en, ar, fr-CA)", y.nodePos(v).Line, s)
				} else {
					m.Lang = s
				}
			}
		case "dir":
			if s, ok := y.str(e.key, v); ok {
				switch s {
				case "ltr":
					p.doc.Dir, fm.dirSet = LTR, true
				case "rtl":
					p.doc.Dir, fm.dirSet = RTL, true
				default:
					p.rep.errorf(y.nodePos(v), "key \"dir\" (line %d): expected ltr or rtl, found %q", y.nodePos(v).Line, s)
				}
			}
		case "abstract":
			if s, ok := y.str(e.key, v); ok {
				fm.abstract = s
				fm.abstractPos = y.nodePos(v)
				if t := unwrap(v).GetToken(); t != nil && (t.Type == token.DoubleQuoteType || t.Type == token.SingleQuoteType) {
					fm.abstractPos.Col++ // the text starts after the quote
				}
				_, fm.abstractLit = unwrap(v).(*ast.LiteralNode)
			}
		case "keywords":
			m.Keywords = y.strList(e.key, v)
		case "cover":
			m.Cover = p.decodeCover(y, v)
		case "toc":
			if b, ok := y.boolean(e.key, v); ok {
				m.TOC = b
			}
		case "draft":
			m.Draft, _ = y.boolean(e.key, v)
		case "toc-depth":
			if n, ok := y.integer(e.key, v); ok {
				if n < 1 || n > 4 {
					p.rep.errorf(y.nodePos(v), "key \"toc-depth\" (line %d): expected 1 to 4, found %d", y.nodePos(v).Line, n)
				} else {
					m.TOCDepth = n
				}
			}
		case "references":
			m.References = p.decodeReferences(y, v)
		default:
			y.unknownKey(e, metaKeys)
		}
	}
	if !hasTitle {
		p.rep.errorf(start, "the front matter has no title (key \"title\" is required)")
	}
}

// decodeAuthors accepts a string, a list of strings, or a list of
// {name, affiliation} mappings (a single mapping is a list of one).
func (p *parseState) decodeAuthors(y *yamlDoc, v ast.Node) []Author {
	switch n := unwrap(v).(type) {
	case *ast.StringNode, *ast.LiteralNode:
		s, _ := y.str("author", n)
		return []Author{{Name: s}}
	case *ast.MappingNode, *ast.MappingValueNode:
		if a, ok := p.decodeAuthor(y, n); ok {
			return []Author{a}
		}
		return nil
	case *ast.SequenceNode:
		var out []Author
		for _, it := range n.Values {
			switch unwrap(it).(type) {
			case *ast.MappingNode, *ast.MappingValueNode:
				if a, ok := p.decodeAuthor(y, it); ok {
					out = append(out, a)
				}
			default:
				if s, ok := y.str("author", it); ok {
					out = append(out, Author{Name: s})
				}
			}
		}
		return out
	}
	p.rep.errorf(y.nodePos(v), "key \"author\" (line %d): expected a string, a list of strings or a list of {name, affiliation}, found %s", y.nodePos(v).Line, kindName(v))
	return nil
}

func (p *parseState) decodeAuthor(y *yamlDoc, v ast.Node) (Author, bool) {
	entries, ok := y.mapping("author", v)
	if !ok {
		return Author{}, false
	}
	var a Author
	for _, e := range entries {
		if isNull(e.value) {
			continue
		}
		switch e.key {
		case "name":
			a.Name, _ = y.str(e.key, e.value)
		case "affiliation":
			a.Affiliation, _ = y.str(e.key, e.value)
		default:
			y.unknownKey(e, []string{"name", "affiliation"})
		}
	}
	if a.Name == "" {
		p.rep.errorf(y.nodePos(v), "author: key \"name\" is required")
		return a, false
	}
	return a, true
}

func (p *parseState) decodeCover(y *yamlDoc, v ast.Node) *Cover {
	entries, ok := y.mapping("cover", v)
	if !ok {
		return nil
	}
	c := &Cover{}
	for _, e := range entries {
		if isNull(e.value) {
			continue
		}
		switch e.key {
		case "image":
			if s, ok := y.str(e.key, e.value); ok {
				c.Image = p.assets.image(s, p.briefDir, y.nodePos(e.value), false)
			}
		case "credit":
			c.Credit, _ = y.str(e.key, e.value)
		case "alt":
			c.Alt, _ = y.str(e.key, e.value)
		default:
			y.unknownKey(e, []string{"image", "credit", "alt"})
		}
	}
	return c
}

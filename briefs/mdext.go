package briefs

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Node kinds of the two inline extensions. goldmark hands out kinds from a
// registry; these are assigned once at init and never change.
var (
	kindCite  = ast.NewNodeKind("BriefCitation")
	kindFnRef = ast.NewNodeKind("BriefFootnoteRef")
)

// newMarkdownParser returns a goldmark parser for the brief dialect:
// CommonMark plus GFM tables, autolinks, footnote definitions, footnote
// references and pandoc citations (the last two are ours, so that an
// undefined footnote is still seen, with its position).
func newMarkdownParser() parser.Parser {
	md := goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Linkify),
		goldmark.WithParserOptions(
			parser.WithBlockParsers(util.Prioritized(extension.NewFootnoteBlockParser(), 999)),
			parser.WithInlineParsers(
				util.Prioritized(citeParser{}, 100),
				util.Prioritized(fnRefParser{}, 101),
			),
		),
	)
	return md.Parser()
}

// citeItem is one cited reference: "see @doe2020, p. 12".
type citeItem struct {
	prefix, id, locator string
	off                 int // byte offset of the '@'
}

// citeNode is a pandoc citation group "[@a; @b, p. 3]".
type citeNode struct {
	ast.BaseInline
	items []citeItem
	off   int
}

func (n *citeNode) Kind() ast.NodeKind            { return kindCite }
func (n *citeNode) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// fnRefNode is a footnote reference "[^label]".
type fnRefNode struct {
	ast.BaseInline
	label string
	off   int
}

func (n *fnRefNode) Kind() ast.NodeKind            { return kindFnRef }
func (n *fnRefNode) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

type citeParser struct{}

func (citeParser) Trigger() []byte { return []byte{'['} }

// Parse recognises "[prefix @id, locator; @id2]" on one line. Anything
// else (a link, "[see me]") is left to the link parser.
func (citeParser) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, seg := block.PeekLine()
	end := -1
	for i := 1; i < len(line); i++ {
		if line[i] == '[' || line[i] == '\n' {
			return nil
		}
		if line[i] == ']' && line[i-1] != '\\' {
			end = i
			break
		}
	}
	if end < 0 || (end+1 < len(line) && (line[end+1] == '(' || line[end+1] == '[')) {
		return nil
	}
	items, ok := parseCiteGroup(string(line[1:end]), seg.Start+1)
	if !ok {
		return nil
	}
	block.Advance(end + 1)
	return &citeNode{items: items, off: seg.Start}
}

// parseCiteGroup splits the inside of a citation group at ';'.
func parseCiteGroup(s string, off int) ([]citeItem, bool) {
	var items []citeItem
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != ';' {
			continue
		}
		it, ok := parseCiteItem(s[start:i], off+start)
		if !ok {
			return nil, false
		}
		items = append(items, it)
		start = i + 1
	}
	return items, len(items) > 0
}

func parseCiteItem(s string, off int) (citeItem, bool) {
	at := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '@' && (i == 0 || s[i-1] == ' ' || s[i-1] == '-' || s[i-1] == '\t') {
			at = i
			break
		}
	}
	if at < 0 {
		return citeItem{}, false
	}
	prefix := trimSpace(s[:at])
	if len(prefix) > 0 && prefix[len(prefix)-1] == '-' {
		prefix = trimSpace(prefix[:len(prefix)-1])
	}
	j := at + 1
	for j < len(s) {
		c := s[j]
		if isIDChar(c) || c >= 0x80 {
			j++
			continue
		}
		if isIDPunct(c) && j+1 < len(s) && (isIDChar(s[j+1]) || s[j+1] >= 0x80) {
			j++
			continue
		}
		break
	}
	if j == at+1 {
		return citeItem{}, false
	}
	rest := trimSpace(s[j:])
	if len(rest) > 0 && rest[0] == ',' {
		rest = trimSpace(rest[1:])
	}
	return citeItem{prefix: prefix, id: s[at+1 : j], locator: rest, off: off + at}, true
}

func isIDChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func isIDPunct(c byte) bool {
	switch c {
	case ':', '.', '#', '$', '%', '&', '-', '+', '?', '<', '>', '~', '/':
		return true
	}
	return false
}

func trimSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

type fnRefParser struct{}

func (fnRefParser) Trigger() []byte { return []byte{'['} }

// Parse recognises "[^label]".
func (fnRefParser) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if len(line) < 4 || line[1] != '^' {
		return nil
	}
	for i := 2; i < len(line) && i < 1000; i++ {
		switch line[i] {
		case ' ', '\t', '\n', '[':
			return nil
		case ']':
			if i == 2 {
				return nil
			}
			block.Advance(i + 1)
			return &fnRefNode{label: string(line[2:i]), off: seg.Start}
		}
	}
	return nil
}

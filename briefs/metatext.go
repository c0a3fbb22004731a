package briefs

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Front matter strings are Markdown in pandoc ("title: The *real* cost").
// The model keeps title, subtitle, kind and rights as plain strings (they
// also go into PDF and EPUB metadata), so their inline markup is reduced
// to its text rather than printed as stray asterisks.

// metaPlain returns the text of s read as one Markdown paragraph; s is
// returned unchanged when it holds no inline markup, or when Markdown
// would read it as something other than a paragraph ("1. Introduction" is
// a list to goldmark, and a title to the author).
func metaPlain(s string) string {
	if !strings.ContainsAny(s, "*_`\\[") {
		return s
	}
	src := []byte(s)
	root := goldmark.New().Parser().Parse(text.NewReader(src))
	para, ok := root.FirstChild().(*ast.Paragraph)
	if !ok || para.NextSibling() != nil {
		return s
	}
	var b strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch v := c.(type) {
			case *ast.Text:
				b.Write(v.Value(src))
				if v.SoftLineBreak() || v.HardLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(v.Value)
			default:
				walk(c)
			}
		}
	}
	walk(para)
	return strings.TrimSpace(b.String())
}

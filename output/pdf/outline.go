package pdf

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/briefpress/briefpress/layout/frame"
)

// outlineNode is one bookmark with its children, nested by level.
type outlineNode struct {
	entry    frame.OutlineEntry
	ref      ref
	siblings string // the /Parent, /Prev and /Next entries
	children []*outlineNode
}

// count returns the number of descendants (all shown open).
func (n *outlineNode) count() int {
	c := len(n.children)
	for _, k := range n.children {
		c += k.count()
	}
	return c
}

// outline writes the document outline and returns its root reference, or
// 0 when there is none. Entries nest by Level: an entry is a child of the
// nearest earlier entry with a lower level; a jump of several levels
// nests one level deeper only.
func (dw *docWriter) outline(o *objWriter, pageRefs []ref) ref {
	if len(dw.doc.Outline) == 0 {
		return 0
	}
	root := &outlineNode{entry: frame.OutlineEntry{Level: 0}}
	stack := []*outlineNode{root}
	for _, e := range dw.doc.Outline {
		for len(stack) > 1 && stack[len(stack)-1].entry.Level >= e.Level {
			stack = stack[:len(stack)-1]
		}
		n := &outlineNode{entry: e}
		parent := stack[len(stack)-1]
		parent.children = append(parent.children, n)
		stack = append(stack, n)
	}
	root.ref = o.alloc()
	allocOutline(o, root)
	dw.writeOutline(o, root, pageRefs)
	return root.ref
}

func allocOutline(o *objWriter, n *outlineNode) {
	for _, k := range n.children {
		k.ref = o.alloc()
		allocOutline(o, k)
	}
}

func (dw *docWriter) writeOutline(o *objWriter, n *outlineNode, pageRefs []ref) {
	kids := n.children
	var b strings.Builder
	if n.entry.Level == 0 {
		b.WriteString("<</Type /Outlines")
	} else {
		d := dw.dests[n.entry.Dest]
		fmt.Fprintf(&b, "<</Title %s /Dest [%s /XYZ %s %s null]", textString(n.entry.Title), pageRefs[d.page],
			num(d.at.X.Pt()), num((dw.doc.Pages[d.page].Height - d.at.Y).Pt()))
	}
	if len(kids) > 0 {
		fmt.Fprintf(&b, " /First %s /Last %s /Count %d", kids[0].ref, kids[len(kids)-1].ref, n.count())
	}
	o.obj(n.ref, b.String()+n.siblings+">>")
	for i, k := range kids {
		var links strings.Builder
		fmt.Fprintf(&links, " /Parent %s", n.ref)
		if i > 0 {
			fmt.Fprintf(&links, " /Prev %s", kids[i-1].ref)
		}
		if i+1 < len(kids) {
			fmt.Fprintf(&links, " /Next %s", kids[i+1].ref)
		}
		k.siblings = links.String()
		dw.writeOutline(o, k, pageRefs)
	}
}

// pageLabels returns the /PageLabels number tree as a direct dictionary,
// or "" when doc has no labels. PDF has no Arabic-Indic numbering style,
// so such ranges become one prefix-only range per page with the number
// written in Arabic-Indic digits.
func pageLabels(labels []frame.PageLabel, pages int) string {
	if len(labels) == 0 {
		return ""
	}
	labels = slices.Clone(labels)
	slices.SortStableFunc(labels, func(a, b frame.PageLabel) int { return a.StartPage - b.StartPage })
	var b strings.Builder
	b.WriteString("<</Nums [")
	for i, l := range labels {
		if l.StartPage < 0 || l.StartPage >= pages {
			continue
		}
		first := l.First
		if first <= 0 {
			first = 1
		}
		switch l.Style {
		case frame.LabelArabicIndic:
			end := pages
			if i+1 < len(labels) {
				end = min(end, labels[i+1].StartPage)
			}
			for p := l.StartPage; p < end; p++ {
				fmt.Fprintf(&b, "%d <</P %s>> ", p, textString(l.Prefix+arabicIndic(first+p-l.StartPage)))
			}
			continue
		}
		var parts []string
		switch l.Style {
		case frame.LabelDecimal:
			parts = append(parts, "/S /D")
		case frame.LabelRomanLower:
			parts = append(parts, "/S /r")
		}
		if l.Prefix != "" {
			parts = append(parts, "/P "+textString(l.Prefix))
		}
		if first != 1 && l.Style != frame.LabelNone {
			parts = append(parts, "/St "+strconv.Itoa(first))
		}
		fmt.Fprintf(&b, "%d <<%s>> ", l.StartPage, strings.Join(parts, " "))
	}
	return strings.TrimRight(b.String(), " ") + "]>>"
}

// arabicIndic writes n with Arabic-Indic digits (U+0660–U+0669).
func arabicIndic(n int) string {
	s := []rune(strconv.Itoa(n))
	for i, r := range s {
		if r >= '0' && r <= '9' {
			s[i] = r - '0' + '٠'
		}
	}
	return string(s)
}

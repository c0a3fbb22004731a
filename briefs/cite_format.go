package briefs

import "strings"

// Citation style: notes follow pandoc's chicago-note style, simplified:
//
//	Jane Doe and Ali Hassan, “Title,” Container, Publisher, 15 September 2022, URL.
//
// Titles of articles, web pages and chapters are quoted; titles of books,
// reports and anything else are in italics. References whose language or
// title is right-to-left use the Arabic comma and «» quotes.

// quotedTypes are the CSL types whose titles are quoted, not italic.
var quotedTypes = map[string]bool{"article": true, "article-journal": true,
	"article-magazine": true, "article-newspaper": true, "webpage": true,
	"post": true, "post-weblog": true, "chapter": true, "paper-conference": true,
	"entry": true, "entry-dictionary": true, "entry-encyclopedia": true, "speech": true,
	"interview": true, "broadcast": true}

// refStyle is the punctuation for one reference.
type refStyle struct {
	comma, and, open, close string
}

func styleFor(r *Reference) refStyle {
	rtl := langDir(r.Language) == RTL
	if r.Language == "" {
		rtl = strongDir(r.Title+r.ContainerTitle+r.Publisher) == RTL
	}
	if rtl {
		return refStyle{comma: "، ", and: " و", open: "«", close: "»"}
	}
	return refStyle{comma: ", ", and: " and ", open: "“", close: "”"}
}

// Bidi isolates (UAX #9 FSI and PDI) around a field.
const (
	fsi = "\u2068"
	pdi = "\u2069"
)

// isolateParts wraps in FSI…PDI every part (but the title, which sets the
// entry's direction) whose direction differs from the reference's. Without
// it, an Arabic date inside an English citation (or an English date, URL
// or locator inside an Arabic one) is reordered with its neighbours by the
// bidi algorithm, and the fields come out scrambled (".November 2024 30").
func isolateParts(parts [][]Inline, title int, st refStyle) {
	refDir := LTR
	if st.comma != ", " {
		refDir = RTL
	}
	for i, p := range parts {
		if i == title {
			continue
		}
		if d := firstStrong(p); d != Auto && d != refDir {
			parts[i] = append(append([]Inline{&Text{Text: fsi}}, p...), &Text{Text: pdi})
		}
	}
}

// nameText is "Given Family", or the literal name.
func nameText(n Name) string {
	if n.Literal != "" {
		return n.Literal
	}
	return strings.TrimSpace(n.Given + " " + n.Family)
}

// authorList joins names: "A", "A and B", "A, B and C".
func authorList(names []string, st refStyle) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], st.comma) + st.and + names[len(names)-1]
}

// refParts returns the parts of a reference, with the index of the title.
func refParts(r *Reference, lang string, authors string, st refStyle) (parts [][]Inline, title int) {
	title = -1
	if authors != "" {
		parts = append(parts, []Inline{&Text{Text: authors}})
	}
	if r.Title != "" {
		title = len(parts)
		if quotedTypes[r.Type] {
			parts = append(parts, []Inline{&Text{Text: r.Title}})
		} else {
			parts = append(parts, []Inline{&Emph{Content: []Inline{&Text{Text: r.Title}}}})
			title = -1
		}
	}
	if r.ContainerTitle != "" {
		c := []Inline{&Text{Text: r.ContainerTitle}}
		if quotedTypes[r.Type] && r.Type != "webpage" && r.Type != "post" && r.Type != "post-weblog" {
			c = []Inline{&Emph{Content: c}}
		}
		parts = append(parts, c)
	}
	if r.Publisher != "" {
		parts = append(parts, []Inline{&Text{Text: r.Publisher}})
	}
	if r.Issued != nil {
		parts = append(parts, []Inline{&Text{Text: FormatDate(*r.Issued, lang)}})
	}
	if r.URL != "" {
		parts = append(parts, []Inline{urlInline(r.URL)})
	}
	if r.Accessed != nil {
		// The label goes with the date, which is in the document's language.
		label := TermsFor(lang).Accessed
		parts = append(parts, []Inline{&Text{Text: label + " " + FormatDate(*r.Accessed, lang)}})
	}
	return parts, title
}

func urlInline(u string) Inline {
	lu := strings.ToLower(u)
	if strings.HasPrefix(lu, "http://") || strings.HasPrefix(lu, "https://") {
		return &Link{URL: u, Content: []Inline{&Text{Text: u}}}
	}
	return &Text{Text: u}
}

// joinParts joins parts with sep; a quoted title takes the following
// separator inside its quotes (“Title,”). The result has no final period.
func joinParts(parts [][]Inline, title int, sep string, st refStyle) []Inline {
	var out []Inline
	for i, p := range parts {
		last := i == len(parts)-1
		if i == title {
			t := p[0].(*Text).Text
			punct := strings.TrimSpace(sep)
			if last {
				punct = ""
			}
			out = append(out, &Text{Text: st.open + t + punct + st.close})
			if !last {
				out = append(out, &Text{Text: " "})
			}
			continue
		}
		out = append(out, p...)
		if !last {
			out = append(out, &Text{Text: sep})
		}
	}
	return out
}

// noteCitation formats one cited reference for a note (no final period).
func noteCitation(r *Reference, prefix, locator, lang string) []Inline {
	st := styleFor(r)
	var names []string
	for _, n := range r.Authors {
		names = append(names, nameText(n))
	}
	parts, title := refParts(r, lang, authorList(names, st), st)
	if locator != "" {
		parts = append(parts, []Inline{&Text{Text: locator}})
	}
	if len(parts) == 0 {
		parts = append(parts, []Inline{&Text{Text: r.ID}})
	}
	isolateParts(parts, title, st)
	out := joinParts(parts, title, st.comma, st)
	if prefix != "" {
		out = append([]Inline{&Text{Text: prefix + " "}}, out...)
	}
	return out
}

// bibEntry formats a reference for the sources list:
//
//	Doe, Jane, and Ali Hassan. “Title.” Container. Publisher, 15 September 2022. URL.
func bibEntry(r *Reference, lang string) []Inline {
	st := styleFor(r)
	var names []string
	for i, n := range r.Authors {
		if i == 0 && n.Literal == "" && n.Family != "" && n.Given != "" {
			names = append(names, n.Family+strings.TrimSpace(st.comma)+" "+n.Given)
			continue
		}
		names = append(names, nameText(n))
	}
	and := st.and
	if len(names) == 2 && st.and == " and " && strings.Contains(names[0], ",") {
		and = ", and "
	}
	authors := ""
	if len(names) > 0 {
		authors = strings.Join(names[:len(names)-1], st.comma)
		if len(names) > 1 {
			authors += and
		}
		authors += names[len(names)-1]
	}
	parts, title := refParts(r, lang, authors, st)
	if len(parts) == 0 {
		parts = append(parts, []Inline{&Text{Text: r.ID}})
	}
	isolateParts(parts, title, st)
	out := joinParts(parts, title, ". ", st)
	return append(out, &Text{Text: "."})
}

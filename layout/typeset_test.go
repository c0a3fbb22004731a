package layout

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
)

func words(n int, w string) string {
	return strings.TrimSpace(strings.Repeat(w+" ", n))
}

// synthDoc builds a document of sections, each a heading and paras
// paragraphs of about 120 words; lang sets the language and direction.
func synthDoc(sections, paras int, lang string) *briefs.Document {
	doc := &briefs.Document{File: "t.md", Meta: briefs.Meta{Title: "Synthetic", Kind: "Brief", Lang: lang, TOC: true, TOCDepth: 2}, Dir: briefs.LTR}
	word := "lorem"
	if lang == "ar" {
		doc.Dir = briefs.RTL
		word = "كلمة"
	}
	for s := 1; s <= sections; s++ {
		doc.Blocks = append(doc.Blocks, &briefs.Heading{Level: 1, ID: fmt.Sprintf("sec-%d", s), Content: []briefs.Inline{&briefs.Text{Text: fmt.Sprintf("%s %d", word, s)}}})
		for p := 0; p < paras+s%3; p++ {
			doc.Blocks = append(doc.Blocks, &briefs.Paragraph{Content: []briefs.Inline{&briefs.Text{Text: words(120, word)}}})
		}
	}
	return doc
}

func runs(items []frame.Item, dx, dy frame.Length, f func(r *frame.GlyphRun, x, y frame.Length)) {
	for _, it := range items {
		switch n := it.(type) {
		case *frame.Group:
			runs(n.Items, dx+n.Pos.X, dy+n.Pos.Y, f)
		case *frame.GlyphRun:
			f(n, dx+n.Pos.X, dy+n.Pos.Y)
		}
	}
}

func anchors(items []frame.Item, f func(a *frame.Anchor)) {
	for _, it := range items {
		switch n := it.(type) {
		case *frame.Group:
			anchors(n.Items, f)
		case *frame.Anchor:
			f(n)
		}
	}
}

func TestTypesetTOCMatchesPages(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		t.Run(lang, func(t *testing.T) {
			doc := synthDoc(6, 5, lang)
			out, _, err := typeset(doc, nil, Options{}, fakeEngine{})
			if err != nil {
				t.Fatal(err)
			}
			// Where each heading stands: its anchor's page, as body page numbers.
			first := -1
			for i, l := range out.Labels {
				if l.Style == frame.LabelDecimal || l.Style == frame.LabelArabicIndic {
					first = out.Labels[i].StartPage
				}
			}
			if first < 0 {
				t.Fatal("no body page label range")
			}
			at := map[string]int{}
			for i, p := range out.Pages {
				anchors(p.Items, func(a *frame.Anchor) { at[a.Name] = i - first + 1 })
			}
			// What the contents page says: the run on the same line after the title.
			toc := strings.Builder{}
			runs(out.Pages[1].Items, 0, 0, func(r *frame.GlyphRun, x, y frame.Length) { toc.WriteString(r.Text + " ") })
			text := toc.String()
			for s := 1; s <= 6; s++ {
				id := fmt.Sprintf("sec-%d", s)
				page := localDigits(itoa(at[id]), lang)
				word := "lorem"
				if lang == "ar" {
					word = "كلمة"
				}
				want := fmt.Sprintf("%s %d %s", word, s, page)
				if lang == "ar" { // visual order: the number, then the word
					want = fmt.Sprintf("%d %s %s", s, word, page)
				}
				if !strings.Contains(text, want) {
					t.Errorf("contents lack %q (heading %s on body page %d): %q", want, id, at[id], text)
				}
			}
		})
	}
}

func TestTypesetRTLMirrors(t *testing.T) {
	en, _, err := typeset(synthDoc(1, 2, "en"), nil, Options{}, fakeEngine{})
	if err != nil {
		t.Fatal(err)
	}
	ar, _, err := typeset(synthDoc(1, 2, "ar"), nil, Options{}, fakeEngine{})
	if err != nil {
		t.Fatal(err)
	}
	g := newGeometry(briefs.PageSpec{}, false)
	// Page index 2 (the first body page) is a recto: bound on the left in
	// a left-to-right book, on the right in a right-to-left one.
	tests := []struct {
		name      string
		doc       *frame.Document
		wantRight bool // the text is flush right (RTL) rather than left
	}{
		{"ltr", en, false},
		{"rtl", ar, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := tt.doc.Pages[2]
			minX, maxX := frame.Length(1<<40), frame.Length(0)
			runs(page.Items, 0, 0, func(r *frame.GlyphRun, x, y frame.Length) {
				if r.Size != frame.Points(bodySizePt) && r.Size != frame.Points(bodySizePt)*arabicScale/100 {
					return
				}
				var w frame.Length
				for _, gl := range r.Glyphs {
					w += gl.Advance
				}
				minX, maxX = min(minX, x), max(maxX, x+w)
			})
			left := g.inner
			if tt.wantRight {
				left = g.outer
			}
			right := left + g.measure
			if minX < left-frame.Pt || maxX > right+frame.Pt {
				t.Errorf("text spans %v..%v, outside the text area %v..%v", minX.Pt(), maxX.Pt(), left.Pt(), right.Pt())
			}
			if tt.wantRight && maxX < right-frame.Pt {
				t.Errorf("RTL text ends at %v, not flush with the right edge %v", maxX.Pt(), right.Pt())
			}
			if !tt.wantRight && minX > left+frame.Pt {
				t.Errorf("LTR text starts at %v, not at the left edge %v", minX.Pt(), left.Pt())
			}
		})
	}
}

func TestExpandTemplate(t *testing.T) {
	f := fields{title: "T", kind: "K", date: "D", name: "N", page: 12, pages: 30}
	empty := fields{title: "T", page: 2, pages: 9}
	for _, tt := range []struct{ tmpl, want string }{
		{"{name} · {kind}", ""},
		{"{title} · {date} · {page} / {pages}", "T · 2 / 9"},
		{"{kind} | {title}", "T"},
	} {
		t.Run("empty fields "+tt.tmpl, func(t *testing.T) {
			if got := expand(tt.tmpl, empty, "en"); got != tt.want {
				t.Errorf("expand(%q) = %q, want %q", tt.tmpl, got, tt.want)
			}
		})
	}
	tests := []struct {
		tmpl string
		lang string
		want string
	}{
		{"{title} | {kind}", "en", "T | K"},
		{"{page} of {pages}", "en", "12 of 30"},
		{"{page} من {pages}", "ar", "١٢ من ٣٠"},
		{"{page} از {pages}", "fa", "۱۲ از ۳۰"},
		{"{name} {date} {unknown}", "en", "N D {unknown}"},
		{"{name} · {subtitle}", "en", "N · {subtitle}"},
	}
	for _, tt := range tests {
		t.Run(tt.tmpl, func(t *testing.T) {
			if got := expand(tt.tmpl, f, tt.lang); got != tt.want {
				t.Errorf("expand(%q) = %q, want %q", tt.tmpl, got, tt.want)
			}
		})
	}
}

func TestTypesetBackPageIsVerso(t *testing.T) {
	for sections := 1; sections <= 4; sections++ {
		t.Run(itoa(sections), func(t *testing.T) {
			out, _, err := typeset(synthDoc(sections, 2, "en"), nil, Options{}, fakeEngine{})
			if err != nil {
				t.Fatal(err)
			}
			if n := len(out.Pages); n%2 != 0 {
				t.Errorf("%d pages: the back page is not on the back of the last sheet", n)
			}
		})
	}
}

func TestTypesetOutlineAndNumbers(t *testing.T) {
	doc := synthDoc(2, 1, "en")
	doc.Blocks = append(doc.Blocks[:1], append([]briefs.Block{
		&briefs.Heading{Level: 2, ID: "sub", Content: []briefs.Inline{&briefs.Text{Text: "Sub"}}},
		&briefs.Heading{Level: 3, ID: "deep", Content: []briefs.Inline{&briefs.Text{Text: "Deep"}}},
	}, doc.Blocks[1:]...)...)
	tests := []struct {
		name     string
		depth    int
		numbered bool
		want     []string
	}{
		{"depth 2", 2, false, []string{"1:lorem 1", "2:Sub", "1:lorem 2"}},
		{"depth 3 numbered", 3, true, []string{"1:1 lorem 1", "2:1.1 Sub", "3:1.1.1 Deep", "1:2 lorem 2"}},
		{"depth 1", 1, false, []string{"1:lorem 1", "1:lorem 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc.Meta.TOCDepth = tt.depth
			out, _, err := typeset(doc, &briefs.Brand{NumberHeadings: tt.numbered}, Options{}, fakeEngine{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range out.Outline {
				got = append(got, fmt.Sprintf("%d:%s", e.Level, e.Title))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("outline %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTypesetDanglingLink(t *testing.T) {
	doc := synthDoc(1, 1, "en")
	doc.Blocks = append(doc.Blocks, &briefs.Paragraph{Pos: briefs.Pos{Line: 9, Col: 1}, Content: []briefs.Inline{
		&briefs.Link{URL: "#sec-1", Content: []briefs.Inline{&briefs.Text{Text: "good"}}},
		&briefs.Link{URL: "#nowhere", Content: []briefs.Inline{&briefs.Text{Text: "bad"}}},
	}})
	out, diags, err := typeset(doc, nil, Options{}, fakeEngine{})
	if err != nil {
		t.Fatal(err)
	}
	dests := map[string]bool{}
	var walk func([]frame.Item)
	walk = func(items []frame.Item) {
		for _, it := range items {
			switch n := it.(type) {
			case *frame.Group:
				walk(n.Items)
			case *frame.Link:
				dests[n.Dest] = true
			}
		}
	}
	for _, p := range out.Pages {
		walk(p.Items)
	}
	if !dests["sec-1"] || dests["nowhere"] {
		t.Errorf("link destinations %v: want sec-1 kept and nowhere dropped", dests)
	}
	if len(diags) != 1 || diags[0].Line != 9 || !strings.Contains(diags[0].Message, "#nowhere") {
		t.Errorf("diagnostics %v: want one warning at line 9 about #nowhere", diags)
	}
}

func TestTypesetBrandFontFallback(t *testing.T) {
	tests := []struct {
		name     string
		ref      briefs.FontRef
		wantWarn string
		want     string
	}{
		{"built-in family", briefs.FontRef{Family: "Noto Sans"}, "", "Noto Sans"},
		{"unknown family", briefs.FontRef{Family: "Nope Sans"}, `"Nope Sans" is not available`, familySerif},
		{"unreadable file", briefs.FontRef{File: &briefs.Asset{Path: "bad.ttf", Data: []byte("not a font")}}, "bad.ttf", familySerif},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var warns []string
			th := newThemeWarn(synthDoc(1, 1, "en"), &briefs.Brand{Fonts: briefs.BrandFonts{Body: tt.ref}}, fonts.NewRegistry(), &warns)
			if th.body.LatinFamily != tt.want {
				t.Errorf("body family %q, want %q", th.body.LatinFamily, tt.want)
			}
			got := strings.Join(warns, "; ")
			if (tt.wantWarn == "") != (got == "") || !strings.Contains(got, tt.wantWarn) {
				t.Errorf("warnings %q, want one mentioning %q", got, tt.wantWarn)
			}
		})
	}
}

func TestFormatDate(t *testing.T) {
	tests := []struct {
		d    *briefs.Date
		lang string
		want string
	}{
		{&briefs.Date{Year: 2026, Month: 3, Day: 18}, "en", "18 March 2026"},
		{&briefs.Date{Year: 2026, Month: 3, Day: 18}, "ar", "١٨ مارس ٢٠٢٦"},
		{&briefs.Date{Year: 2026, Month: 13, Day: 1}, "en", ""},
		{nil, "en", ""},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := formatDate(tt.d, tt.lang); got != tt.want {
				t.Errorf("formatDate = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTypesetAsideHeadingsStayOutOfOutline(t *testing.T) {
	doc := synthDoc(1, 1, "en")
	doc.Meta.Abstract = []briefs.Block{&briefs.Heading{Level: 2, ID: "abs", Content: []briefs.Inline{&briefs.Text{Text: "In short"}}}}
	brand := &briefs.Brand{NumberHeadings: true, About: []briefs.Block{&briefs.Heading{Level: 1, ID: "about", Content: []briefs.Inline{&briefs.Text{Text: "About us"}}}}}
	out, _, err := typeset(doc, brand, Options{}, fakeEngine{})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Outline) != 1 || out.Outline[0].Title != "1 lorem 1" {
		t.Errorf("outline %+v, want only the body heading, numbered 1", out.Outline)
	}
	if !brand.NumberHeadings {
		t.Error("Typeset changed the caller's brand")
	}
}

// TestSourcesHeadingUnnumbered: with heading-numbers on, the sources list
// came out as "4 Sources", as if it were a body section; it is back matter.
func TestSourcesHeadingUnnumbered(t *testing.T) {
	doc := synthDoc(1, 1, "en")
	doc.Meta.SourcesTitle = "Sources"
	doc.Sources = []*briefs.Source{{Content: []briefs.Inline{&briefs.Text{Text: "A source."}}, Dir: briefs.LTR}}
	out, _, err := typeset(doc, &briefs.Brand{NumberHeadings: true}, Options{}, fakeEngine{})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, e := range out.Outline {
		titles = append(titles, e.Title)
	}
	if !slices.Contains(titles, "Sources") || !slices.Contains(titles, "1 lorem 1") {
		t.Errorf("outline %q, want the numbered body heading and an unnumbered \"Sources\"", titles)
	}
}

// TestFrontMatterLabels: Arabic briefs printed no number on their contents
// pages; they now get abjad letters (أ، ب…) in the footer and the page
// labels, English ones roman numerals.
func TestFrontMatterLabels(t *testing.T) {
	tests := []struct {
		lang  string
		style frame.LabelStyle
		label string
	}{
		{"en", frame.LabelRomanLower, ""},
		{"ar", frame.LabelNone, "أ"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			out, _, err := typeset(synthDoc(2, 1, tt.lang), nil, Options{}, fakeEngine{})
			if err != nil {
				t.Fatal(err)
			}
			if len(out.Labels) < 2 || out.Labels[1].StartPage != 1 || out.Labels[1].Style != tt.style || out.Labels[1].Prefix != tt.label {
				t.Fatalf("contents label %+v, want style %v prefix %q at page 1", out.Labels[1], tt.style, tt.label)
			}
			if tt.label != "" && !strings.Contains(pageText(out.Pages[1].Items), tt.label) {
				t.Errorf("contents page does not print %q", tt.label)
			}
		})
	}
}

// pageText concatenates the text of a page's glyph runs (groups included).
func pageText(items []frame.Item) string {
	var b strings.Builder
	for _, it := range items {
		switch n := it.(type) {
		case *frame.GlyphRun:
			b.WriteString(n.Text)
		case *frame.Group:
			b.WriteString(pageText(n.Items))
		}
	}
	return b.String()
}

// TestPersianPageLabels: Persian briefs got Arabic-Indic page labels
// (٤٥٦) in the viewer's page box; they now carry Extended Arabic-Indic
// digits (۴۵۶) like the footer.
func TestPersianPageLabels(t *testing.T) {
	doc := synthDoc(6, 5, "fa")
	out, _, err := typeset(doc, nil, Options{}, fakeEngine{})
	if err != nil {
		t.Fatal(err)
	}
	var prefixes []string
	for _, l := range out.Labels {
		if l.Style == frame.LabelArabicIndic {
			t.Fatalf("label %+v uses Arabic-Indic digits in a Persian brief", l)
		}
		prefixes = append(prefixes, l.Prefix)
	}
	if !slices.Contains(prefixes, "۱") || !slices.Contains(prefixes, "۴") {
		t.Errorf("label prefixes %q, want Persian page numbers ۱ … ۴", prefixes)
	}
}

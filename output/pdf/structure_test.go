package pdf

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefpress/briefpress/layout/frame"
)

// TestToolsAccept runs qpdf --check and mutool draw on every test
// document, and pdffonts on the rich one.
func TestToolsAccept(t *testing.T) {
	s := newTestShaper()
	docs := []struct {
		name string
		doc  *frame.Document
	}{
		{"rich", richDoc(t, s)},
		{"text", textDoc(t, s, textLines())},
		{"images", imageDoc(imageCases(t))},
	}
	for _, d := range docs {
		t.Run(d.name, func(t *testing.T) {
			path := writeFile(t, d.doc, Options{})
			out, errOut := run(t, "qpdf", "--check", path)
			if !strings.Contains(out, "No syntax or stream encoding errors") || strings.Contains(strings.ToLower(out+errOut), "warning") {
				t.Errorf("qpdf --check:\n%s%s", out, errOut)
			}
			if _, errOut := run(t, "mutool", "draw", "-q", "-o", os.DevNull, path); stripICC(errOut) != "" {
				t.Errorf("mutool draw warned:\n%s", errOut)
			}
		})
	}
	t.Run("pdffonts", func(t *testing.T) {
		out, _ := run(t, "pdffonts", writeFile(t, docs[0].doc, Options{}))
		lines := strings.Split(strings.TrimSpace(out), "\n")[2:]
		if len(lines) != 3 {
			t.Fatalf("want 3 fonts, got:\n%s", out)
		}
		for _, l := range lines {
			f := strings.Fields(l)
			// name, type (two words), encoding, emb, sub, uni, object, generation
			if len(f) < 8 || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || f[len(f)-3] != "yes" {
				t.Errorf("font not embedded, subset and mapped: %s", l)
			}
			if !strings.Contains(f[0], "+Noto") || len(strings.SplitN(f[0], "+", 2)[0]) != 6 {
				t.Errorf("font name %q lacks a subset tag", f[0])
			}
		}
	})
	t.Run("one object per image source", func(t *testing.T) {
		var b bytes.Buffer
		if err := Write(&b, imageDoc(imageCases(t)), Options{}); err != nil {
			t.Fatal(err)
		}
		if n, want := bytes.Count(b.Bytes(), []byte("/Subtype /Image")), len(imageCases(t))-1+2; n != want {
			t.Errorf("%d image objects, want %d (one per source, plus two soft masks)", n, want)
		}
	})
}

// stripICC drops the line MuPDF prints for every file when built without
// colour management; it says nothing about the file.
func stripICC(s string) string {
	var keep []string
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if l != "" && l != "warning: ICC support is not available" {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

func TestDeterministic(t *testing.T) {
	s := newTestShaper()
	write := func(doc *frame.Document) []byte {
		var b bytes.Buffer
		if err := Write(&b, doc, Options{}); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := write(richDoc(t, s)), write(richDoc(t, s))
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same document differ")
	}
	later := richDoc(t, s)
	later.Meta.Date = later.Meta.Date.Add(time.Hour)
	c := write(later)
	if bytes.Equal(a, c) {
		t.Fatal("the date does not reach the file")
	}
	id := func(p []byte) []byte { i := bytes.Index(p, []byte("/ID [<")); return p[i : i+40] }
	if bytes.Equal(id(a), id(c)) {
		t.Error("/ID does not depend on the content")
	}
}

// qpdfJSON is the part of qpdf --json output the tests read.
type qpdfJSON struct {
	Pages []struct {
		Object string `json:"object"`
	} `json:"pages"`
	Outlines   []outlineJSON `json:"outlines"`
	PageLabels []struct {
		Index int            `json:"index"`
		Label map[string]any `json:"label"`
	} `json:"pagelabels"`
	QPDF []json.RawMessage `json:"qpdf"` // [header, objects]
}

// objects maps "obj:N 0 R" to each object's value.
type objects map[string]struct {
	Value map[string]any `json:"value"`
}

type outlineJSON struct {
	Title string        `json:"title"`
	Page  int           `json:"destpageposfrom1"`
	Kids  []outlineJSON `json:"kids"`
}

func readJSON(t *testing.T, path string) (*qpdfJSON, objects) {
	t.Helper()
	out, _ := run(t, "qpdf", "--json", path)
	var j qpdfJSON
	if err := json.Unmarshal([]byte(out), &j); err != nil {
		t.Fatal(err)
	}
	var objs objects
	if len(j.QPDF) != 2 {
		t.Fatalf("qpdf --json: %d qpdf entries", len(j.QPDF))
	}
	if err := json.Unmarshal(j.QPDF[1], &objs); err != nil {
		t.Fatal(err)
	}
	return &j, objs
}

// TestNavigation reads back outline, page labels, named destinations and
// link annotations.
func TestNavigation(t *testing.T) {
	j, objs := readJSON(t, writeFile(t, richDoc(t, newTestShaper()), Options{}))
	pageOf := map[string]int{}
	for i, p := range j.Pages {
		pageOf[p.Object] = i + 1
	}

	t.Run("outline", func(t *testing.T) {
		var got []string
		var walk func([]outlineJSON, string)
		walk = func(es []outlineJSON, indent string) {
			for _, e := range es {
				got = append(got, indent+e.Title+"@"+string(rune('0'+e.Page)))
				walk(e.Kids, indent+"  ")
			}
		}
		walk(j.Outlines, "")
		want := []string{"Introduction@2", "  Method@3", "النتائج@4"}
		if !slices.Equal(got, want) {
			t.Errorf("outline = %q, want %q", got, want)
		}
	})

	t.Run("labels", func(t *testing.T) {
		var got []string
		for _, l := range j.PageLabels {
			s, _ := l.Label["/S"].(string)
			p, _ := l.Label["/P"].(string)
			got = append(got, s+p)
		}
		want := []string{"u:Cover", "/r", "u:١", "u:٢"}
		if !slices.Equal(got, want) {
			t.Errorf("labels = %q, want %q", got, want)
		}
	})

	t.Run("links", func(t *testing.T) {
		cat := objs["obj:1 0 R"].Value
		dests := cat["/Names"].(map[string]any)["/Dests"].(map[string]any)["/Names"].([]any)
		destPage := map[string]int{}
		for i := 0; i+1 < len(dests); i += 2 {
			destPage[dests[i].(string)] = pageOf[dests[i+1].([]any)[0].(string)]
		}
		if want := map[string]int{"u:cover": 1, "u:intro": 2, "u:method": 3, "u:results": 4}; !mapsEqual(destPage, want) {
			t.Errorf("named destinations = %v, want %v", destPage, want)
		}
		page1 := objs["obj:"+j.Pages[0].Object].Value
		annots := page1["/Annots"].([]any)
		if len(annots) != 2 {
			t.Fatalf("page 1 has %d annotations, want 2", len(annots))
		}
		internal := objs["obj:"+annots[0].(string)].Value
		if d := internal["/Dest"]; d != "u:results" || destPage["u:results"] != 4 {
			t.Errorf("internal link /Dest = %v, want (results) on page 4", d)
		}
		if r := internal["/Rect"].([]any); r[0].(float64) != 40 || r[3].(float64) != 595-80 {
			t.Errorf("internal link /Rect = %v, want [40 501 140 515]", r)
		}
		uri := objs["obj:"+annots[1].(string)].Value["/A"].(map[string]any)
		if uri["/URI"] != "u:https://example.org/brief" {
			t.Errorf("URI action = %v", uri)
		}
	})

	t.Run("catalog", func(t *testing.T) {
		cat := objs["obj:1 0 R"].Value
		if cat["/Lang"] != "u:en" || cat["/PageMode"] != "/UseOutlines" {
			t.Errorf("catalog /Lang %v /PageMode %v", cat["/Lang"], cat["/PageMode"])
		}
		vp := cat["/ViewerPreferences"].(map[string]any)
		if vp["/DisplayDocTitle"] != true || vp["/Direction"] != nil {
			t.Errorf("/ViewerPreferences = %v", vp)
		}
	})
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestMetadata(t *testing.T) {
	doc := richDoc(t, newTestShaper())
	doc.Meta.RTL = true
	path := writeFile(t, doc, Options{})
	out, _ := run(t, "pdfinfo", "-isodates", path)
	for _, want := range []string{
		"Title:           Water policy (draft)", "Author:          A. Author, B. Writer",
		"Subject:         A brief", "Keywords:        water, policy", "Creator:         Think Tank",
		"Producer:        briefpress test", "CreationDate:    2026-03-01T12:30:00Z", "ModDate:         2026-03-01T12:30:00Z",
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("pdfinfo lacks %q:\n%s", want, out)
		}
	}
	xmp, _ := run(t, "pdfinfo", "-meta", path)
	for _, want := range []string{
		`<rdf:li xml:lang="x-default">Water policy (draft)</rdf:li>`, "<rdf:li>B. Writer</rdf:li>",
		"<rdf:li>en</rdf:li>", "<xmp:CreateDate>2026-03-01T12:30:00Z</xmp:CreateDate>",
		"<pdf:Producer>briefpress test</pdf:Producer>", "<pdf:Keywords>water, policy</pdf:Keywords>",
		`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">A brief</rdf:li>`,
	} {
		if !strings.Contains(xmp, want) {
			t.Errorf("XMP lacks %q", want)
		}
	}
	_, objs := readJSON(t, path)
	vp := objs["obj:1 0 R"].Value["/ViewerPreferences"].(map[string]any)
	if vp["/Direction"] != "/R2L" {
		t.Errorf("RTL document: /ViewerPreferences = %v", vp)
	}
}

func TestWriteErrors(t *testing.T) {
	s := newTestShaper()
	tests := []struct {
		name   string
		mutate func(d *frame.Document)
	}{
		{"no pages", func(d *frame.Document) { d.Pages = nil }},
		{"unknown link destination", func(d *frame.Document) {
			d.Pages[0].Items = append(d.Pages[0].Items, &frame.Link{Dest: "nowhere"})
		}},
		{"unknown outline destination", func(d *frame.Document) {
			d.Outline = append(d.Outline, frame.OutlineEntry{Title: "x", Level: 1, Dest: "nowhere"})
		}},
		{"glyph outside font", func(d *frame.Document) {
			r := s.run(t, s.font(t, "Noto Serif", false), "x", 10, false)
			r.Glyphs[0].ID = 65000
			d.Pages[0].Items = append(d.Pages[0].Items, r)
		}},
		{"page without size", func(d *frame.Document) { d.Pages[1].Width = 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := richDoc(t, s)
			tt.mutate(doc)
			var b bytes.Buffer
			if err := Write(&b, doc, Options{}); err == nil {
				t.Fatal("Write succeeded")
			}
			if b.Len() != 0 {
				t.Errorf("%d bytes written before the error", b.Len())
			}
		})
	}
}

// TestSize checks that fonts are subset: a 20-page text document in four
// fonts stays well under 150 KB.
func TestSize(t *testing.T) {
	s := newTestShaper()
	fonts := []string{"Noto Serif", "Noto Sans", "Noto Naskh Arabic", "Noto Kufi Arabic"}
	doc := &frame.Document{}
	para := "Water policy briefs need clear figures, fair comparisons and honest sources. "
	arab := "تحتاج موجزات السياسات المائية إلى أرقام واضحة ومقارنات عادلة ومصادر أمينة. "
	for p := range 20 {
		page := frame.Page{Width: frame.Points(420), Height: frame.Points(595)}
		for l := range 40 {
			fam := fonts[(p+l)%4]
			text, rtl := para, false
			if strings.Contains(fam, "Arabic") {
				text, rtl = arab, true
			}
			page.Items = append(page.Items, line(frame.Points(30), frame.Points(float64(40+l*13)), s.run(t, s.font(t, fam, false), text, 9, rtl))...)
		}
		doc.Pages = append(doc.Pages, page)
	}
	var b bytes.Buffer
	if err := Write(&b, doc, Options{}); err != nil {
		t.Fatal(err)
	}
	t.Logf("20 pages, 4 fonts: %d bytes", b.Len())
	if b.Len() > 150_000 {
		t.Errorf("%d bytes, want under 150 KB", b.Len())
	}
}

package epub

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
)

func TestWriteBidiText(t *testing.T) {
	tests := []struct {
		name string
		text string
		dir  briefs.Direction
		want string
	}{
		{"plain ltr", "plain text", briefs.LTR, "plain text"},
		{"escaped", `a < b & "c"`, briefs.LTR, "a &lt; b &amp; &quot;c&quot;"},
		{"arabic in english", "the word سلام here", briefs.LTR, `the word <span dir="rtl">سلام</span> here`},
		{"arabic phrase keeps inner spaces", "see قال الوزير now", briefs.LTR, `see <span dir="rtl">قال الوزير</span> now`},
		{"english in arabic", "قال Qatar Energy إن", briefs.RTL, `قال <span dir="ltr">Qatar Energy</span> إن`},
		{"run at the end", "قال Qatar", briefs.RTL, `قال <span dir="ltr">Qatar</span>`},
		{"digits are not strong", "بنسبة 20% فقط", briefs.RTL, "بنسبة 20% فقط"},
		{"trailing neutrals stay out", "نص (Qatar) نص", briefs.RTL, `نص (<span dir="ltr">Qatar</span>) نص`},
		{"control characters dropped", "a\x01b", briefs.LTR, "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			writeBidiText(&b, tt.text, tt.dir)
			if b.String() != tt.want {
				t.Errorf("got  %s\nwant %s", b.String(), tt.want)
			}
		})
	}
}

func TestNavTree(t *testing.T) {
	entries := []navEntry{{level: 1, id: "a"}, {level: 2, id: "a1"}, {level: 3, id: "a1x"}, {level: 1, id: "b"}, {level: 3, id: "b-skip"}, {level: 2, id: "b1"}}
	tests := []struct {
		name  string
		depth int
		want  string
	}{
		{"depth 1", 1, "a b"},
		{"depth 2", 2, "a(a1) b(b1)"},
		{"depth 3 nests a skipped level under its nearest parent", 3, "a(a1(a1x)) b(b-skip b1)"},
	}
	var show func([]*navNode) string
	show = func(ns []*navNode) string {
		var parts []string
		for _, n := range ns {
			s := n.id
			if len(n.kids) > 0 {
				s += "(" + show(n.kids) + ")"
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, " ")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree := navTree(entries, tt.depth)
			if got := show(tree); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if d := treeDepth(tree); d > tt.depth {
				t.Errorf("depth %d > %d", d, tt.depth)
			}
		})
	}
}

// TestTOCDepth checks that nav and NCX follow toc and toc-depth.
func TestTOCDepth(t *testing.T) {
	tests := []struct {
		name      string
		toc       bool
		depth     int
		wantLinks []string
		noLinks   []string
		ncxDepth  string
	}{
		{"toc depth 1", true, 1, []string{"#introduction", "#background"}, []string{"#context", "#details"}, "1"},
		{"toc depth 3", true, 3, []string{"#context", "#details"}, []string{"#fine-print"}, "2"}, // details (h3) nests right under background (h1)
		{"no toc: top level only, hidden", false, 4, []string{"#introduction"}, []string{"#context"}, "1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := englishDoc(t)
			doc.Meta.TOC, doc.Meta.TOCDepth = tt.toc, tt.depth
			var buf bytes.Buffer
			if err := Write(&buf, doc, nil, Options{Modified: testTime}); err != nil {
				t.Fatal(err)
			}
			_, files := unzip(t, buf.Bytes())
			nav, ncx, opf := string(files["EPUB/nav.xhtml"]), string(files["EPUB/toc.ncx"]), string(files["EPUB/package.opf"])
			for _, l := range tt.wantLinks {
				if !strings.Contains(nav, l+`"`) || !strings.Contains(ncx, l+`"`) {
					t.Errorf("nav or NCX lacks %s", l)
				}
			}
			for _, l := range tt.noLinks {
				if strings.Contains(nav, l+`"`) || strings.Contains(ncx, l+`"`) {
					t.Errorf("nav or NCX has %s", l)
				}
			}
			if !strings.Contains(ncx, `name="dtb:depth" content="`+tt.ncxDepth+`"`) {
				t.Errorf("NCX depth is not %s", tt.ncxDepth)
			}
			if got := strings.Contains(opf, `idref="nav"`); got != tt.toc {
				t.Errorf("nav in spine = %v, want %v", got, tt.toc)
			}
			if got := strings.Contains(nav, `epub:type="toc" role="doc-toc" id="toc" hidden`); got == tt.toc {
				t.Errorf("toc hidden = %v with toc %v", got, tt.toc)
			}
		})
	}
}

// TestFontsEmbedded checks that only the faces the text uses are embedded.
func TestFontsEmbedded(t *testing.T) {
	tests := []struct {
		name string
		doc  func(testing.TB) *briefs.Document
		want []string
		not  []string
	}{
		{"english", englishDoc, []string{"NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "NotoSans-Bold", "NotoNaskhArabic-Regular"},
			[]string{"NotoSerif-BoldItalic", "NotoSans-Italic", "NotoKufiArabic-Regular", "NotoKufiArabic-Bold"}},
		{"arabic", arabicDoc, []string{"NotoNaskhArabic-Regular", "NotoKufiArabic-Bold", "NotoSerif-Regular"},
			[]string{"NotoSans-Regular", "NotoSerif-Italic", "NotoNaskhArabic-Bold"}},
		{"long english", longDoc, []string{"NotoSerif-Regular", "NotoSans-Bold"}, []string{"NotoNaskhArabic-Regular", "NotoKufiArabic-Bold"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.doc(t), nil, Options{Modified: testTime, Fonts: fonts.NewRegistry()}); err != nil {
				t.Fatal(err)
			}
			_, files := unzip(t, buf.Bytes())
			css := string(files["EPUB/css/style.css"])
			for _, f := range tt.want {
				if files["EPUB/fonts/"+f+".ttf"] == nil || !strings.Contains(css, "url(../fonts/"+f+".ttf)") {
					t.Errorf("%s not embedded with an @font-face", f)
				}
			}
			for _, f := range tt.not {
				if files["EPUB/fonts/"+f+".ttf"] != nil || strings.Contains(css, f) {
					t.Errorf("%s embedded but not used", f)
				}
			}
		})
	}
}

// TestMetadata checks the package document's metadata.
func TestMetadata(t *testing.T) {
	_, files := unzip(t, build(t, "english"))
	opf := string(files["EPUB/package.opf"])
	for _, want := range []string{
		`<dc:identifier id="pub-id">urn:uuid:6f1c2b4e-8d3a-4c1e-9f2b-1a2b3c4d5e6f</dc:identifier>`,
		`<dc:title id="subtitle">A &lt;short&gt; assessment</dc:title>`,
		`<meta refines="#subtitle" property="title-type">subtitle</meta>`,
		`<dc:creator id="creator-2">John Roe</dc:creator>`,
		`<dc:publisher>The Centre</dc:publisher>`,
		`<dc:date>2022-09-15</dc:date>`,
		`<dc:description>The abstract says what the brief finds.</dc:description>`,
		`<dc:subject>security</dc:subject>`,
		`<dc:rights>© 2022 The Centre</dc:rights>`,
		`<meta property="schema:accessMode">visual</meta>`,
		`<meta property="schema:accessibilityFeature">alternativeText</meta>`,
		`<meta property="schema:accessibilityHazard">none</meta>`,
		`properties="cover-image"`,
		`<meta property="ibooks:specified-fonts">true</meta>`,
	} {
		if !strings.Contains(opf, want) {
			t.Errorf("package.opf lacks %s", want)
		}
	}
	_, files = unzip(t, build(t, "long"))
	opf = string(files["EPUB/package.opf"])
	if strings.Contains(opf, "visual") || strings.Contains(opf, "alternativeText") || strings.Contains(opf, "cover-image") {
		t.Error("a brief without images claims visual content")
	}
	if !strings.Contains(opf, `<dc:identifier id="pub-id">urn:uuid:`) {
		t.Error("no derived identifier")
	}
}

// TestNumberedHeadings checks heading numbers with brand.NumberHeadings,
// in Arabic-Indic digits for an Arabic brief.
func TestNumberedHeadings(t *testing.T) {
	tests := []struct {
		name, doc, file, want string
	}{
		{"english", "english", "ch01.xhtml", `<h2 id="context"><span class="num">1.1</span> Context</h2>`},
		{"arabic", "arabic", "ch01.xhtml", `<span class="num">١.١</span> السياق`},
		{"unnumbered without the brand flag", "english-plain", "ch01.xhtml", `<h2 id="context">Context</h2>`},
		{"about headings unnumbered", "english", "about.xhtml", `<h2 id="about-the-centre">About the Centre</h2>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, files := unzip(t, build(t, tt.doc))
			if !strings.Contains(string(files["EPUB/xhtml/"+tt.file]), tt.want) {
				t.Errorf("%s lacks %s", tt.file, tt.want)
			}
			if strings.Contains(string(files["EPUB/nav.xhtml"]), "about-the-centre") {
				t.Error("an about heading is in the navigation")
			}
		})
	}
}

// TestMissingAlt: a figure with neither alt text nor caption must not be
// advertised as having a text alternative.
func TestMissingAlt(t *testing.T) {
	doc := englishDoc(t)
	for _, bl := range doc.Blocks {
		if f, ok := bl.(*briefs.Figure); ok {
			f.Alt, f.Caption = "", nil
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, doc, nil, Options{Modified: testTime}); err != nil {
		t.Fatal(err)
	}
	_, files := unzip(t, buf.Bytes())
	opf := string(files["EPUB/package.opf"])
	if strings.Contains(opf, "alternativeText") || strings.Contains(opf, `accessModeSufficient">textual<`) {
		t.Error("metadata claims text alternatives for an image without one")
	}
}

// TestConcurrentWrites runs several Writes at once (go-epub's shared
// in-memory file system is behind a lock); run with -race.
func TestConcurrentWrites(t *testing.T) {
	var serial bytes.Buffer
	if err := Write(&serial, englishDoc(t), testBrand(), Options{Modified: testTime}); err != nil {
		t.Fatal(err)
	}
	want := serial.Bytes()
	errs := make(chan error, 4)
	outs := make(chan []byte, 4)
	for range 4 {
		doc := englishDoc(t) // t.Fatal only on the test goroutine
		go func() {
			var buf bytes.Buffer
			errs <- Write(&buf, doc, testBrand(), Options{Modified: testTime})
			outs <- buf.Bytes()
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
		if got := <-outs; !bytes.Equal(got, want) {
			t.Error("a concurrent build differs from a serial one")
		}
	}
}

func TestXMLID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"introduction", "introduction"},
		{"src-doe:2020", "src-doe-2020"},
		{"2020-report", "id-2020-report"},
		{"مقدمة", "مقدمة"},
		{"a b", "a-b"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := xmlID(tt.in); got != tt.want {
				t.Errorf("xmlID(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzBidiText checks that any text comes out as well-formed XML whose
// character data is the input (minus the characters XML forbids).
func FuzzBidiText(f *testing.F) {
	for _, s := range []string{"plain", "قال Qatar إن", "a < b & c", "\x00\uFFFE x", "نص (English) نص", "\xff\xfe"} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, rtl bool) {
		d := briefs.LTR
		if rtl {
			d = briefs.RTL
		}
		var b strings.Builder
		b.WriteString("<p>")
		writeBidiText(&b, s, d)
		b.WriteString("</p>")
		var v struct{}
		if err := xml.Unmarshal([]byte(b.String()), &v); err != nil {
			t.Fatalf("%q gives malformed XML %q: %v", s, b.String(), err)
		}
		var want strings.Builder
		escape(&want, s)
		if plain := strings.NewReplacer(`<span dir="rtl">`, "", `<span dir="ltr">`, "", "</span>", "").Replace(b.String()); plain != "<p>"+want.String()+"</p>" {
			t.Errorf("%q: text changed: %q", s, plain)
		}
	})
}

// TestEmptyBody: a brief with a title and nothing else still gets a
// navigation document with an entry (nav lists may not be empty) and
// consistent links.
func TestEmptyBody(t *testing.T) {
	doc := &briefs.Document{File: "empty.md", Dir: briefs.LTR, Meta: briefs.Meta{Title: "Only a title", Lang: "en", TOC: true, TOCDepth: 2}}
	var buf bytes.Buffer
	if err := Write(&buf, doc, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	checkLinks(t, buf.Bytes())
	_, files := unzip(t, buf.Bytes())
	if !bytes.Contains(files["EPUB/nav.xhtml"], []byte(`<a href="xhtml/title.xhtml">Only a title</a>`)) {
		t.Errorf("nav without the title page entry:\n%s", files["EPUB/nav.xhtml"])
	}
	if !bytes.Contains(files["EPUB/package.opf"], []byte("2000-01-01T00:00:00Z")) {
		t.Error("without Modified or date, dcterms:modified is not the fixed fallback")
	}
	if *dumpDir != "" {
		os.WriteFile(filepath.Join(*dumpDir, "empty.epub"), buf.Bytes(), 0o644)
	}
}

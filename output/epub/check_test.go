package epub

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/internal/tooltest"
)

// TestEPUBCheck runs epubcheck on the hand-built English document, which
// holds every block and inline kind, and wants no error and no warning.
// Each run costs about 5 s of CPU, so the hand-built Arabic document
// (whose constructs the Arabic example also has, and TestExamples checks
// that) and the plain-brand and long variants are checked only with
// -epubcheck-all.
func TestEPUBCheck(t *testing.T) {
	java := tooltest.RequireEPUBCheck(t)
	dir := t.TempDir()
	names := []string{"english"}
	if *checkAll {
		names = append(names, "arabic", "english-plain", "long")
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			file := filepath.Join(dir, name+".epub")
			if err := os.WriteFile(file, build(t, name), 0o644); err != nil {
				t.Fatal(err)
			}
			epubcheck(t, java, file)
		})
	}
}

// epubcheck fails t unless epubcheck reports 0 errors and 0 warnings.
func epubcheck(t *testing.T, java, file string) {
	t.Helper()
	out, err := exec.Command(java, "-jar", tooltest.EPUBCheckJar, file).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "0 fatals / 0 errors / 0 warnings") {
		t.Errorf("epubcheck %s: %v\n%s", filepath.Base(file), err, out)
	}
}

// TestDeterministic builds each document twice and wants identical bytes;
// a different Modified must change the bytes (it is really used).
func TestDeterministic(t *testing.T) {
	for _, name := range []string{"english", "arabic"} {
		t.Run(name, func(t *testing.T) {
			a, b := build(t, name), build(t, name)
			if !bytes.Equal(a, b) {
				t.Fatalf("two builds differ (%d and %d bytes)", len(a), len(b))
			}
		})
	}
	var other bytes.Buffer
	if err := Write(&other, englishDoc(t), testBrand(), Options{Modified: testTime.AddDate(1, 0, 0)}); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(other.Bytes(), build(t, "english")) {
		t.Error("a different Modified gave the same bytes")
	}
	_, files := unzip(t, other.Bytes())
	if !bytes.Contains(files["EPUB/package.opf"], []byte(`<meta property="dcterms:modified">2025-05-06T07:08:09Z</meta>`)) {
		t.Error("dcterms:modified is not opts.Modified")
	}
}

// TestArchive checks the container rules: mimetype first, stored, without
// extra field; fonts stored; every entry has the fixed timestamp.
func TestArchive(t *testing.T) {
	data := build(t, "english")
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	first := zr.File[0]
	if first.Name != "mimetype" || first.Method != zip.Store || len(first.Extra) != 0 || first.Flags&0x8 != 0 {
		t.Errorf("first entry %q method %d extra %d; want mimetype stored without extra field or data descriptor", first.Name, first.Method, len(first.Extra))
	}
	if !bytes.HasPrefix(data[30:], []byte("mimetypeapplication/epub+zip")) {
		t.Error("mimetype is not at offset 30 uncompressed")
	}
	fonts := 0
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "EPUB/fonts/") {
			fonts++
			if f.Method != zip.Store {
				t.Errorf("%s is compressed; fonts are stored", f.Name)
			}
		}
		if got := f.Modified.Format("2006-01-02 15:04"); got != "2024-05-06 07:08" {
			t.Errorf("%s modified %s, want opts.Modified", f.Name, got)
		}
	}
	if fonts == 0 {
		t.Error("no fonts embedded")
	}
}

// xmlDoc is the ids and link targets of one parsed XHTML file.
type xmlDoc struct {
	ids   map[string]bool
	hrefs []string
	root  xml.StartElement
	elems []xml.StartElement
}

// parseXHTML parses data with encoding/xml (strict: a file that is not
// well-formed fails) and collects ids and hrefs.
func parseXHTML(t *testing.T, name string, data []byte) *xmlDoc {
	t.Helper()
	d := &xmlDoc{ids: map[string]bool{}}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	dec.Entity = xml.HTMLEntity
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: not well-formed: %v", name, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if d.root.Name.Local == "" {
			d.root = se
		}
		d.elems = append(d.elems, se.Copy())
		for _, a := range se.Attr {
			switch {
			case a.Name.Local == "id":
				if d.ids[a.Value] {
					t.Errorf("%s: duplicate id %q", name, a.Value)
				}
				d.ids[a.Value] = true
			case (a.Name.Local == "href" && se.Name.Local == "a") || (a.Name.Local == "src" && se.Name.Local == "content"):
				d.hrefs = append(d.hrefs, a.Value)
			}
		}
	}
	return d
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// parseAll parses every XHTML and NCX file of an EPUB.
func parseAll(t *testing.T, data []byte) (map[string]*xmlDoc, map[string][]byte) {
	_, files := unzip(t, data)
	docs := map[string]*xmlDoc{}
	for name, b := range files {
		if strings.HasSuffix(name, ".xhtml") || strings.HasSuffix(name, ".ncx") {
			docs[name] = parseXHTML(t, name, b)
		}
	}
	return docs, files
}

// TestLinks checks that every internal link of every document (body
// links, noterefs, back links, nav and NCX entries) reaches an existing
// file and id, that each noteref points at a footnote aside and each
// aside links back.
func TestLinks(t *testing.T) {
	for _, name := range []string{"english", "arabic", "long"} {
		t.Run(name, func(t *testing.T) {
			checkLinks(t, build(t, name))
		})
	}
}

// TestDirection checks lang/dir on every XHTML root, the spine direction
// and dir on blocks of the other direction.
func TestDirection(t *testing.T) {
	tests := []struct {
		name, lang, dir string
		ppd             bool
		want            []string // fragments expected somewhere in the chapters
	}{
		{"arabic", "ar", "rtl", true, []string{`<p dir="ltr">An English paragraph`, `<span dir="ltr">Qatar Energy</span>`, `<li dir="ltr">English item`}},
		{"english", "en", "ltr", false, []string{`<p dir="rtl">فقرة`, `<td class="a-l" dir="rtl">قطر</td>`, `<li id="src-arabic" lang="ar" xml:lang="ar" dir="rtl">`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, files := parseAll(t, build(t, tt.name))
			for file, d := range docs {
				if !strings.HasSuffix(file, ".xhtml") {
					continue
				}
				if attr(d.root, "lang") != tt.lang || attr(d.root, "dir") != tt.dir {
					t.Errorf("%s: html lang=%q dir=%q", file, attr(d.root, "lang"), attr(d.root, "dir"))
				}
			}
			opf := string(files["EPUB/package.opf"])
			if got := strings.Contains(opf, `page-progression-direction="rtl"`); got != tt.ppd {
				t.Errorf("page-progression-direction rtl = %v, want %v", got, tt.ppd)
			}
			var all strings.Builder
			for name, b := range files {
				if strings.HasPrefix(name, "EPUB/xhtml/") {
					all.Write(b)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(all.String(), w) {
					t.Errorf("no %q in the XHTML", w)
				}
			}
		})
	}
}

// TestOfflineClient shows that go-epub's media loader cannot reach the
// network: a request to a live local server is refused by the transport
// before any connection (the server sees nothing).
func TestOfflineClient(t *testing.T) {
	srv := newCountingServer(t)
	e, err := newBook("t")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Client.Get(srv.URL + "/x.png"); !errors.Is(err, ErrNetwork) {
		t.Errorf("Get: %v, want ErrNetwork", err)
	}
	err = guard("AddImage", func() error {
		_, err := e.AddImage(srv.URL+"/x.png", "x.png")
		return err
	})
	if err == nil {
		t.Error("AddImage of an http URL succeeded")
	}
	if n := srv.hits.Load(); n != 0 {
		t.Errorf("the server got %d requests", n)
	}
}

// TestPanicsBecomeErrors feeds go-epub a section file name that escapes its
// temporary directory, which makes its WriteTo panic ("Error writing
// XHTML file"); Write must return that as an error.
func TestPanicsBecomeErrors(t *testing.T) {
	_, err := pack(bundle{title: "t", identifier: "urn:x", lang: "en", css: "p{}",
		parts: []part{{name: "../../../../x.xhtml", title: "x", body: "<p>x</p>"}}})
	if err == nil || !strings.Contains(err.Error(), "panicked") {
		t.Fatalf("err = %v, want a recovered panic", err)
	}
	// go-epub is still usable afterwards.
	if _, err := pack(bundle{title: "t", identifier: "urn:x", lang: "en", css: "p{}",
		parts: []part{{name: "a.xhtml", title: "a", body: "<p>a</p>"}}}); err != nil {
		t.Fatalf("after a panic: %v", err)
	}
}

// checkLinks checks that every internal link of every document (body
// links, noterefs, back links, nav and NCX entries) reaches an existing
// file and id, that each noteref points at a footnote aside and each aside
// links back to a reference.
func checkLinks(t *testing.T, data []byte) {
	t.Helper()
	docs, files := parseAll(t, data)
	for file, d := range docs {
		for _, h := range d.hrefs {
			if strings.Contains(h, "://") || strings.HasPrefix(h, "mailto:") {
				continue
			}
			target, frag, _ := strings.Cut(h, "#")
			tfile := file
			if target != "" {
				tfile = path.Join(path.Dir(file), target)
			}
			td := docs[tfile]
			if _, ok := files[tfile]; !ok || td == nil {
				t.Errorf("%s: link %q to a missing file", file, h)
				continue
			}
			if frag != "" && !td.ids[frag] {
				t.Errorf("%s: link %q to a missing id", file, h)
			}
		}
		refs, asides := 0, 0
		for _, se := range d.elems {
			switch attr(se, "type") {
			case "noteref":
				refs++
				id := strings.TrimPrefix(attr(se, "href"), "#")
				if !strings.HasPrefix(id, "note-") || !d.ids[id] {
					t.Errorf("%s: noteref to %q", file, id)
				}
			case "footnote":
				asides++
				if se.Name.Local != "aside" || attr(se, "role") != "doc-footnote" {
					t.Errorf("%s: footnote element %s", file, se.Name.Local)
				}
				back := "ref-" + strings.TrimPrefix(attr(se, "id"), "note-")
				if !d.ids[back] {
					t.Errorf("%s: %s has no reference %s", file, attr(se, "id"), back)
				}
			}
		}
		if refs > 0 && asides == 0 {
			t.Errorf("%s: %d noterefs but no footnotes", file, refs)
		}
	}
	if n := len(docs["EPUB/nav.xhtml"].hrefs); n < 3 {
		t.Errorf("nav has %d links", n)
	}
}

package epub

import (
	"archive/zip"
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"time"
)

// This file rewrites the archive go-epub made into the final EPUB: entries
// in a fixed order ("mimetype" first and stored), one fixed timestamp, our
// package and navigation documents in place of go-epub's, the <html>
// element of each XHTML file carrying lang and dir (go-epub's template has
// neither), and the fonts added stored, not deflated (font files barely
// compress, and deflating a few megabytes would dominate the build time).

// ownFile is a file we add ourselves.
type ownFile struct {
	name  string
	data  []byte
	store bool // zip.Store instead of zip.Deflate
}

// layoutPlan says what the final archive holds, in order.
type layoutPlan struct {
	opf, nav, ncx string
	htmlTag       string   // the <html …> start tag for every XHTML file
	parts         []string // XHTML file names, reading order
	images        []string // image file names
	fonts         []ownFile
	modified      time.Time
}

const (
	// zipVersion is ZIP 2.0, which CreateHeader sets itself and CreateRaw
	// leaves to the caller.
	zipVersion    = 20
	epubDir       = "EPUB/"
	containerPath = "META-INF/container.xml"
)

// repack writes the final EPUB to w from go-epub's archive raw.
func repack(w io.Writer, raw []byte, plan layoutPlan) error {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return fmt.Errorf("epub: reading go-epub's archive: %w", err)
	}
	in := map[string]*zip.File{}
	for _, f := range zr.File {
		in[f.Name] = f
	}
	used := map[string]bool{
		"mimetype": true, epubDir + "package.opf": true, epubDir + "nav.xhtml": true, epubDir + "toc.ncx": true,
	}
	zw := zip.NewWriter(w)
	mdate, mtime := dosTime(plan.modified)
	create := func(name string, data []byte, method uint16) error {
		h := &zip.FileHeader{Name: name, Method: method, ModifiedDate: mdate, ModifiedTime: mtime}
		h.SetMode(0o644)
		var fw io.Writer
		var err error
		if method == zip.Store {
			// Sizes and CRC in the local header, no data descriptor:
			// readers that sniff "mimetype" at offset 30 want it whole.
			h.ReaderVersion = zipVersion
			h.CreatorVersion |= zipVersion
			h.CRC32 = crc32.ChecksumIEEE(data)
			h.CompressedSize64 = uint64(len(data))
			h.UncompressedSize64 = uint64(len(data))
			fw, err = zw.CreateRaw(h)
		} else {
			fw, err = zw.CreateHeader(h)
		}
		if err != nil {
			return err
		}
		_, err = fw.Write(data)
		return err
	}
	copyRaw := func(name string) error {
		f := in[name]
		if f == nil {
			return fmt.Errorf("epub: go-epub wrote no %s", name)
		}
		used[name] = true
		h := &zip.FileHeader{Name: name, Method: f.Method, CRC32: f.CRC32,
			CompressedSize64: f.CompressedSize64, UncompressedSize64: f.UncompressedSize64,
			ModifiedDate: mdate, ModifiedTime: mtime, ReaderVersion: zipVersion, CreatorVersion: zipVersion}
		h.SetMode(0o644)
		fw, err := zw.CreateRaw(h)
		if err != nil {
			return err
		}
		rc, err := f.OpenRaw()
		if err != nil {
			return err
		}
		_, err = io.Copy(fw, rc)
		return err
	}
	steps := []func() error{
		func() error { return create("mimetype", []byte("application/epub+zip"), zip.Store) },
		func() error { return copyRaw(containerPath) },
		func() error { return create(epubDir+"package.opf", []byte(plan.opf), zip.Deflate) },
		func() error { return create(epubDir+"nav.xhtml", []byte(plan.nav), zip.Deflate) },
		func() error { return create(epubDir+"toc.ncx", []byte(plan.ncx), zip.Deflate) },
		func() error { return copyRaw(epubDir + "css/style.css") },
	}
	for _, name := range plan.parts {
		steps = append(steps, func() error {
			full := epubDir + "xhtml/" + name
			f := in[full]
			if f == nil {
				return fmt.Errorf("epub: go-epub wrote no %s", full)
			}
			used[full] = true
			data, err := readAll(f)
			if err != nil {
				return err
			}
			data, err = setHTMLTag(data, plan.htmlTag)
			if err != nil {
				return fmt.Errorf("epub: %s: %w", full, err)
			}
			return create(full, data, zip.Deflate)
		})
	}
	for _, name := range plan.images {
		steps = append(steps, func() error { return copyRaw(epubDir + "images/" + name) })
	}
	for _, f := range plan.fonts {
		method := zip.Deflate
		if f.store {
			method = zip.Store
		}
		steps = append(steps, func() error { return create(epubDir+"fonts/"+f.name, f.data, method) })
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("epub: writing the archive: %w", err)
		}
	}
	for _, f := range zr.File {
		if !used[f.Name] && !strings.HasSuffix(f.Name, "/") {
			return fmt.Errorf("epub: go-epub wrote an unexpected file %s", f.Name)
		}
	}
	return zw.Close()
}

// dosTime is t (UTC) as MS-DOS date and time fields. Entries carry only
// these: FileHeader.Modified would add an extended-timestamp extra field,
// which the EPUB container forbids on "mimetype".
func dosTime(t time.Time) (date, clock uint16) {
	t = t.UTC()
	if t.Year() < 1980 {
		t = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	date = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	clock = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	return date, clock
}

func readAll(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// setHTMLTag replaces the first <html …> start tag in data with tag.
func setHTMLTag(data []byte, tag string) ([]byte, error) {
	i := bytes.Index(data, []byte("<html"))
	if i < 0 {
		return nil, fmt.Errorf("no <html> element")
	}
	j := bytes.IndexByte(data[i:], '>')
	if j < 0 {
		return nil, fmt.Errorf("unterminated <html> element")
	}
	out := make([]byte, 0, len(data)+len(tag))
	out = append(out, data[:i]...)
	out = append(out, tag...)
	return append(out, data[i+j+1:]...), nil
}

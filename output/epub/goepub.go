package epub

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"sync"

	goepub "github.com/bmaupin/go-epub"
)

// This file wraps go-epub so that it never panics into our caller, never
// writes to the disk and never reaches the network:
//
//   - every call into it runs inside guard, which turns a panic into an
//     error (go-epub v1.1.0 has 28 panic calls and two uuid.Must, several
//     on I/O paths);
//   - its storage is switched once per process to its in-memory file system
//     (epub.Use is a package-level switch in go-epub, so it is flipped
//     through a sync.Once, never per call, and never back);
//   - its media loader tries the source as a local path (os.Stat/os.Open),
//     then an HTTP GET with no timeout, then as a data: URL. We hand it only
//     data: URLs of bytes we have already read (a data: URL is no existing
//     path: the stat fails with "no such file" or "name too long"), and
//     replace its HTTP client with one whose transport refuses every
//     request, so the GET fails at once without a connection. The only
//     other disk call is os.Remove of its unused cover CSS temp path, which
//     is "" here;
//   - WriteTo, not Write (which truncates its target before writing);
//   - its package document, navigation documents, file order and
//     timestamps are replaced by repack (its dcterms:modified is the wall
//     clock, its manifest in map order).

// memoryFS makes go-epub keep its working files in memory, once per process.
var memoryFS sync.Once

// writeMu serialises go-epub's WriteTo: its MemoryFS is a single
// process-wide map without a lock, and concurrent writes to a Go map crash
// the process (a fatal error that recover cannot catch).
var writeMu sync.Mutex

// ErrNetwork is returned (wrapped) for any request go-epub tries to make.
var ErrNetwork = errors.New("epub: network access refused")

// refuseTransport is an http.RoundTripper that refuses every request.
type refuseTransport struct{}

// RoundTrip refuses req without any network access.
func (refuseTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("%w: %s %s", ErrNetwork, req.Method, req.URL.Scheme)
}

// offlineClient is the HTTP client go-epub gets: it never connects.
func offlineClient() *http.Client { return &http.Client{Transport: refuseTransport{}} }

// guard calls fn, turning a panic inside go-epub into an error naming the
// call.
func guard(what string, fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("epub: go-epub panicked in %s: %v", what, r)
		}
	}()
	return fn()
}

// dataURL encodes data as an RFC 2397 data: URL.
func dataURL(mediaType string, data []byte) string {
	return "data:" + mediaType + ";base64," + base64.StdEncoding.EncodeToString(data)
}

// newBook makes a go-epub book that cannot reach the network.
func newBook(title string) (*goepub.Epub, error) {
	if err := guard("Use", func() error {
		memoryFS.Do(func() { goepub.Use(goepub.MemoryFS) })
		return nil
	}); err != nil {
		return nil, err
	}
	var e *goepub.Epub
	err := guard("NewEpub", func() error {
		e = goepub.NewEpub(title)
		e.Client = offlineClient()
		return nil
	})
	return e, err
}

// bundle is what go-epub packs: the style sheet, the images and the XHTML
// bodies. The package document, the navigation documents and the fonts are
// ours and are put in place by repack.
type bundle struct {
	title, identifier, lang string
	css                     string
	images                  []*imageFile
	parts                   []part
}

// pack has go-epub build the archive in memory and returns its bytes.
func pack(bd bundle) ([]byte, error) {
	e, err := newBook(bd.title)
	if err != nil {
		return nil, err
	}
	err = guard("SetIdentifier", func() error {
		e.SetIdentifier(bd.identifier)
		e.SetLang(bd.lang)
		return nil
	})
	if err != nil {
		return nil, err
	}
	var cssPath string
	if err := guard("AddCSS", func() (err error) {
		cssPath, err = e.AddCSS(dataURL("text/css", []byte(bd.css)), "style.css")
		return err
	}); err != nil {
		return nil, fmt.Errorf("epub: adding the style sheet: %w", err)
	}
	for _, im := range bd.images {
		if err := guard("AddImage", func() error {
			_, err := e.AddImage(dataURL(im.mediaType, im.data), im.name)
			return err
		}); err != nil {
			return nil, fmt.Errorf("epub: adding image %s: %w", im.name, err)
		}
	}
	for _, p := range bd.parts {
		if err := guard("AddSection", func() error {
			_, err := e.AddSection(p.body, p.title, p.name, cssPath)
			return err
		}); err != nil {
			return nil, fmt.Errorf("epub: adding %s: %w", p.name, err)
		}
	}
	var buf bytes.Buffer
	writeMu.Lock()
	defer writeMu.Unlock()
	if err := guard("WriteTo", func() error {
		_, err := e.WriteTo(&buf)
		return err
	}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

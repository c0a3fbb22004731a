package fonts

import (
	"bytes"
	"sync"

	gotext "github.com/go-text/typesetting/font"
)

// Font is one font file (one face of a family). It is identified by a stable
// Name, loads its bytes lazily and parses them once. Safe for concurrent use.
type Font struct {
	name   string // stable unique name, e.g. "NotoSerif-Bold"
	family string
	bold   bool
	italic bool
	load   func() ([]byte, error)

	once   sync.Once
	data   []byte
	parsed *gotext.Font
	err    error
}

// Name returns the font's stable unique name (a PostScript-style name for
// the built-in fonts; the file's base name plus a content hash for brand
// fonts). Outputs use it to order and name embedded fonts deterministically.
func (f *Font) Name() string { return f.name }

// Family returns the family name, e.g. "Noto Serif".
func (f *Font) Family() string { return f.family }

// Bold reports whether this is the bold face of its family.
func (f *Font) Bold() bool { return f.bold }

// Italic reports whether this is the italic face of its family.
func (f *Font) Italic() bool { return f.italic }

// Data returns the font file's bytes. The slice is shared: do not modify it.
func (f *Font) Data() ([]byte, error) {
	f.init()
	return f.data, f.err
}

// Parsed returns the go-text font, parsed once. Create a gotext.Face from it
// per goroutine (font.NewFace), since faces are not concurrency-safe.
func (f *Font) Parsed() (*gotext.Font, error) {
	f.init()
	return f.parsed, f.err
}

func (f *Font) init() {
	f.once.Do(func() {
		f.data, f.err = f.load()
		if f.err != nil {
			return
		}
		face, err := gotext.ParseTTF(bytes.NewReader(f.data))
		if err != nil {
			f.err = err
			return
		}
		f.parsed = face.Font
	})
}

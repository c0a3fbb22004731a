package fonts

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sync"
	"sync/atomic"

	gotext "github.com/go-text/typesetting/font"
)

// Font is one font file (one face of a family). It is identified by a stable
// Name, loads its bytes lazily and parses them once. Safe for concurrent use.
type Font struct {
	name   string // stable unique name, e.g. "NotoSerif-Bold"
	family string
	bold   bool
	italic bool
	arabic bool // made for Arabic script (a hint for the order of coverage probes)
	index  int  // face index in a collection (.ttc); 0 for plain fonts
	load   func() ([]byte, error)

	loadOnce sync.Once
	loadErr  error
	once     sync.Once
	data     []byte
	sfnt     []byte       // the face as a standalone font file (== data unless a collection)
	parsed   *gotext.Font // for shaping and metrics: parsed without outlines
	cov      coverage
	metrics  Metrics
	err      error
	done     atomic.Bool

	outlineOnce sync.Once
	outlines    *gotext.Font // parsed with its glyph outlines, on demand
	outlineErr  error
}

// Metrics are a font's vertical metrics in font units, as a shaper reads
// them (OS/2 typo metrics when the font asks for them, else hhea).
type Metrics struct {
	UnitsPerEm int
	Ascender   int // above the baseline, positive
	Descender  int // below the baseline, positive
	LineGap    int
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

// Index returns the face index inside a font collection (.ttc); it is 0
// for plain .ttf/.otf files. Data returns the whole collection file.
func (f *Font) Index() int { return f.index }

// Data returns the font file's bytes, without parsing the font. The slice
// is shared: do not modify it.
func (f *Font) Data() ([]byte, error) {
	if err := f.loadBytes(); err != nil {
		return nil, err
	}
	return f.data, nil
}

// FaceData returns the face as a standalone font file: the file's bytes,
// or for a face of a collection (.ttc) a copy of just that face's tables,
// ready to subset and embed. The slice is shared: do not modify it.
func (f *Font) FaceData() ([]byte, error) {
	if err := f.loadBytes(); err != nil {
		return nil, err
	}
	return f.sfnt, nil
}

// Parsed returns the go-text font for shaping and metrics, parsed once.
// It is parsed without its TrueType outlines (glyf), which shaping does
// not need and which are most of the parsing time: use Outlines to draw
// glyphs. Create a gotext.Face from it per goroutine (font.NewFace), since
// faces are not concurrency-safe.
func (f *Font) Parsed() (*gotext.Font, error) {
	f.init()
	return f.parsed, f.err
}

// Outlines returns the go-text font with its glyph outlines, parsed once
// on first use (the DRAFT watermark draws glyphs as paths).
func (f *Font) Outlines() (*gotext.Font, error) {
	f.init()
	if f.err != nil {
		return nil, f.err
	}
	f.outlineOnce.Do(func() {
		face, err := parseFace(f.sfnt, 0)
		if err != nil {
			f.outlineErr = fmt.Errorf("font %s: %w", f.name, err)
			return
		}
		f.outlines = face.Font
	})
	return f.outlines, f.outlineErr
}

// Metrics returns the font's vertical metrics in font units.
func (f *Font) Metrics() (Metrics, error) {
	f.init()
	return f.metrics, f.err
}

// HasRune reports whether the font's cmap maps r to a glyph. It parses the
// font on first use; a font that fails to parse covers nothing.
func (f *Font) HasRune(r rune) bool {
	f.init()
	return f.err == nil && f.cov.contains(r)
}

// Arabic reports whether the font is made for Arabic script (it covers the
// basic Arabic letters).
func (f *Font) Arabic() bool { return f.arabic }

// IsParsed reports whether the font has been loaded and parsed already,
// without parsing it. Tests use it to check that only used fonts are parsed.
func (f *Font) IsParsed() bool { return f.done.Load() }

func (f *Font) init() {
	f.once.Do(func() {
		defer f.done.Store(true)
		if f.err = f.loadBytes(); f.err != nil {
			return
		}
		face, err := parseFace(withoutOutlines(f.sfnt), 0)
		if err != nil {
			f.err = fmt.Errorf("font %s: %w", f.name, err)
			return
		}
		f.parsed = face.Font
		f.cov = buildCoverage(face.Font.Cmap)
		ext, _ := face.FontHExtents()
		f.metrics = Metrics{
			UnitsPerEm: int(face.Font.Upem()),
			Ascender:   roundUnits(ext.Ascender),
			Descender:  -roundUnits(ext.Descender),
			LineGap:    roundUnits(ext.LineGap),
		}
	})
}

// loadBytes reads the font file (and, for a face of a collection, copies
// it out as a standalone font) once, without parsing it: the EPUB writer
// embeds files it never shapes with.
func (f *Font) loadBytes() error {
	f.loadOnce.Do(func() {
		f.data, f.loadErr = f.load()
		if f.loadErr != nil {
			return
		}
		f.sfnt = f.data
		if isCollection(f.data) {
			if f.sfnt, f.loadErr = extractFace(f.data, f.index); f.loadErr != nil {
				f.loadErr = fmt.Errorf("font %s: %w", f.name, f.loadErr)
			}
		}
	})
	return f.loadErr
}

// parseFace parses face index of a font file or collection.
func parseFace(data []byte, index int) (*gotext.Face, error) {
	if isCollection(data) {
		faces, err := gotext.ParseTTC(bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		if index < 0 || index >= len(faces) {
			return nil, fmt.Errorf("collection has %d faces, no face %d", len(faces), index)
		}
		return faces[index], nil
	}
	if index != 0 {
		return nil, fmt.Errorf("not a font collection, no face %d", index)
	}
	return gotext.ParseTTF(bytes.NewReader(data))
}

// withoutOutlines returns a copy of the standalone font file sfnt in which
// the glyf and loca tables are empty (their directory entries get length
// 0). go-text parses every glyph's outline when it loads a TrueType font,
// about four fifths of its parsing time for the Noto fonts, and a process
// that builds one brief pays it for every face it uses; shaping needs only
// cmap, GSUB, GPOS, GDEF and metrics. Anything unexpected returns sfnt
// unchanged.
func withoutOutlines(sfnt []byte) []byte {
	if len(sfnt) < 12 || isCollection(sfnt) {
		return sfnt
	}
	n := int(binary.BigEndian.Uint16(sfnt[4:]))
	if 12+16*n > len(sfnt) {
		return sfnt
	}
	out := bytes.Clone(sfnt)
	for i := range n {
		e := 12 + 16*i
		if tag := string(out[e : e+4]); tag == "glyf" || tag == "loca" {
			binary.BigEndian.PutUint32(out[e+12:], 0)
		}
	}
	return out
}

func roundUnits(v float32) int {
	if v < 0 {
		return -int(-v + 0.5)
	}
	return int(v + 0.5)
}

package inline

import (
	"github.com/briefpress/briefpress/fonts"
	"github.com/go-text/typesetting/bidi"
	gotext "github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/segmenter"
	"github.com/go-text/typesetting/shaping"
)

// state holds what an Engine reuses between paragraphs: the HarfBuzz shaper,
// the UAX #14 segmenter, the bidi paragraph buffers, one go-text Face per
// font (faces cache glyph lookups and are not concurrency-safe, hence per
// Engine) and the bounded shaping cache.
type state struct {
	shaper shaping.HarfbuzzShaper
	seg    segmenter.Segmenter
	bidi   bidi.Paragraph
	faces  map[*fonts.Font]*gotext.Face
	cache  shapeCache
}

func newState() *state {
	return &state{
		faces: map[*fonts.Font]*gotext.Face{},
		cache: newShapeCache(defaultCacheEntries),
	}
}

// face returns the engine's go-text Face for f, creating it on first use.
func (s *state) face(f *fonts.Font) (*gotext.Face, error) {
	if fc, ok := s.faces[f]; ok {
		return fc, nil
	}
	parsed, err := f.Parsed()
	if err != nil {
		return nil, err
	}
	fc := gotext.NewFace(parsed)
	s.faces[f] = fc
	return fc, nil
}

package inline

// Shaping stage. In: one item (a rune range with one font, direction,
// script and language). Out: its glyphs in visual order, as HarfBuzz
// returns them, in font units.
//
// Units: every item is shaped at a size of exactly one em per font unit
// (shaping.Input.Size = units-per-em), so go-text's fixed.Int26_6 results are
// font units × 64, exact integers with no rounding. They are converted to
// frame.Length once, by scale, when the item's font size is applied. Shapes
// therefore do not depend on the size, and the cache key leaves it out.

import (
	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/go-text/typesetting/di"
	gotext "github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// defaultCacheEntries bounds the shaping cache: at most twice this many
// shaped items are kept per Engine.
const defaultCacheEntries = 4096

// unitGlyph is one shaped glyph in 1/64 font units. Cluster is the index of
// the cluster's first rune in the shaped text.
type unitGlyph struct {
	ID                  uint16
	Advance, XOff, YOff int32
	Cluster             int32
}

// shapeKey identifies a shaping result. Features are the defaults (kerning,
// ligatures, contextual forms, Arabic joining), so they are not part of it.
type shapeKey struct {
	font   *fonts.Font
	rtl    bool
	script language.Script
	lang   language.Language
	text   string
}

// shapeCache is a bounded two-generation cache: lookups hit the current or
// the previous generation; when the current one is full it becomes the
// previous one. Results never depend on what is cached.
type shapeCache struct {
	max      int
	cur, old map[shapeKey][]unitGlyph
}

func newShapeCache(max int) shapeCache {
	return shapeCache{max: max, cur: make(map[shapeKey][]unitGlyph)}
}

func (c *shapeCache) get(k shapeKey) ([]unitGlyph, bool) {
	if g, ok := c.cur[k]; ok {
		return g, true
	}
	if g, ok := c.old[k]; ok {
		c.put(k, g)
		return g, true
	}
	return nil, false
}

func (c *shapeCache) put(k shapeKey, g []unitGlyph) {
	if len(c.cur) >= c.max {
		c.old, c.cur = c.cur, make(map[shapeKey][]unitGlyph, c.max)
	}
	c.cur[k] = g
}

// shapeUnits shapes text in font f and returns its glyphs in visual order,
// in 1/64 font units. The returned slice is shared with the cache: do not
// modify it.
func (s *state) shapeUnits(f *fonts.Font, text []rune, rtl bool, script language.Script, lang language.Language) ([]unitGlyph, error) {
	key := shapeKey{font: f, rtl: rtl, script: script, lang: lang, text: string(text)}
	if g, ok := s.cache.get(key); ok {
		return g, nil
	}
	face, err := s.face(f)
	if err != nil {
		return nil, err
	}
	dir := di.DirectionLTR
	if rtl {
		dir = di.DirectionRTL
	}
	out := s.shaper.ShapeNoExtents(shaping.Input{
		Text:      text,
		RunStart:  0,
		RunEnd:    len(text),
		Direction: dir,
		Face:      face,
		Size:      fixed.I(int(face.Upem())),
		Script:    script,
		Language:  lang,
	})
	glyphs := make([]unitGlyph, len(out.Glyphs))
	for i, g := range out.Glyphs {
		id := g.GlyphID
		if id == gotext.EmptyGlyph || id > 0xFFFF { // a space the font lacks
			id, _ = face.NominalGlyph(' ')
		}
		glyphs[i] = unitGlyph{
			ID:      uint16(id),
			Advance: int32(g.Advance),
			XOff:    int32(g.XOffset),
			YOff:    int32(g.YOffset),
			Cluster: int32(g.ClusterIndex),
		}
	}
	s.cache.put(key, glyphs)
	return glyphs, nil
}

// scale converts v (1/64 font units) to a Length at font size size, for a
// font of upem units per em, rounding half away from zero.
func scale(v int32, size frame.Length, upem int) frame.Length {
	n := int64(v) * int64(size)
	d := int64(upem) * 64
	if n < 0 {
		return -frame.Length((-n + d/2) / d)
	}
	return frame.Length((n + d/2) / d)
}

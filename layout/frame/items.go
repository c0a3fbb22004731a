package frame

import "github.com/briefpress/briefpress/fonts"

// Color is an opaque sRGB colour.
type Color struct{ R, G, B uint8 }

// Item is one positioned element of a page. The set of implementations is
// closed: Group, GlyphRun, Shape, Image, Link and Anchor.
type Item interface{ isItem() }

// Page is one PDF page: its size and its items, painted in order.
type Page struct {
	Width, Height Length
	Items         []Item
}

// Group translates its items by Pos.
type Group struct {
	Pos   Point
	Items []Item
}

// GlyphRun is a run of shaped glyphs in one font, size and colour, drawn
// left to right from Pos (the baseline origin of the first, leftmost glyph).
// For a right-to-left run the glyphs are still in visual (left-to-right)
// order, exactly as HarfBuzz returns them for an RTL buffer.
type GlyphRun struct {
	Pos     Point
	Font    *fonts.Font
	Size    Length // font size (em)
	Color   Color
	Opacity float64 // 0 or 1 mean opaque
	Lang    string  // BCP 47 tag of the text
	RTL     bool    // the run was shaped right to left
	Text    string  // the source text of the run, in logical order
	Glyphs  []Glyph
}

// Glyph is one shaped glyph. Start and End are the byte range in the run's
// Text of the cluster the glyph belongs to; every glyph of a cluster carries
// the same range, and a ligature's range spans all its characters.
type Glyph struct {
	ID      uint16 // glyph ID in Font
	Advance Length // horizontal advance
	XOffset Length // positive is right
	YOffset Length // positive is up (as in HarfBuzz), unlike page y
	Start   int
	End     int
}

// Shape is a filled and/or stroked path.
type Shape struct {
	Pos     Point
	Path    Path
	Fill    *Color // nil: no fill
	Stroke  *Stroke
	Opacity float64 // 0 or 1 mean opaque
}

// Stroke describes how a path outline is drawn.
type Stroke struct {
	Color Color
	Width Length
	Dash  []Length // nil: solid
}

// Image draws an image scaled into the rectangle at Pos.
type Image struct {
	Pos           Point
	Width, Height Length
	Source        *ImageSource
	Alt           string
}

// ImageSource is an image file as read from disk, shared by reference by
// every Image that shows it. Writers decode it; Key identifies it (a content
// hash) so that one file becomes one PDF object.
type ImageSource struct {
	Key    string
	Format string // "png", "jpeg" or "svg"
	Data   []byte
	Width  int // pixels (for SVG: viewBox units)
	Height int
}

// Link is a clickable area: an external URI or an internal destination
// (the Name of an Anchor).
type Link struct {
	Rect Rect
	URI  string
	Dest string
}

// Anchor names a position that links and outline entries can point at.
type Anchor struct {
	Pos  Point
	Name string
}

func (*Group) isItem()    {}
func (*GlyphRun) isItem() {}
func (*Shape) isItem()    {}
func (*Image) isItem()    {}
func (*Link) isItem()     {}
func (*Anchor) isItem()   {}

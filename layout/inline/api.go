package inline

import (
	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
)

// Direction is a paragraph or base direction.
type Direction uint8

// Directions. Auto takes the direction of the first strong character
// (HTML dir="auto"), falling back to the paragraph's Base.
const (
	Auto Direction = iota
	LTR
	RTL
)

// Align is the alignment of a paragraph's lines. Start and End follow the
// paragraph direction (Start is right in an RTL paragraph).
type Align uint8

// Alignments. Justify sets every line but the last flush on both sides; the
// last line is start-aligned.
const (
	Justify Align = iota
	Start
	End
	Center
)

// Style is how a span looks. The engine picks, per character, the Latin or
// the Arabic family (Arabic letters, Arabic-Indic digits and Arabic
// punctuation go to ArabicFamily; digits follow their neighbours), then the
// face by Bold/Italic, falling back by coverage to any registry font.
type Style struct {
	LatinFamily  string
	ArabicFamily string
	Bold, Italic bool
	Size         frame.Length
	Color        frame.Color
	Rise         frame.Length // baseline shift upwards (superscript note marks)
}

// Span is a piece of text in one style. Link makes it clickable (a URI, or
// "#name" for an internal destination); Anchor names the position where the
// span starts; Note > 0 marks the span as the reference mark of that note.
type Span struct {
	Text   string
	Style  Style
	Link   string
	Anchor string
	Note   int
}

// Paragraph is the input of Layout.
type Paragraph struct {
	Spans   []Span
	Dir     Direction // Auto resolves from the text, defaulting to Base
	Base    Direction // document direction, used when Dir is Auto and no strong character exists
	Lang    string    // BCP 47; passed to the shaper
	Align   Align
	Width   frame.Length // the measure
	Indent  frame.Length // first-line indent (from the start side)
	Leading frame.Length // baseline-to-baseline distance; 0: 1.25 × the largest size
}

// Line is one laid-out line. Items are positioned relative to the line's
// origin: x = 0 at the left edge of the measure, y = 0 on the baseline
// (y down, so glyphs above the baseline have negative y). Items hold
// *frame.GlyphRun, *frame.Link and *frame.Anchor values.
type Line struct {
	Width   frame.Length // the measure (or the natural width, for Shape)
	Ascent  frame.Length // above the baseline, positive
	Descent frame.Length // below the baseline, positive
	Leading frame.Length // baseline-to-baseline distance to the next line
	Items   []frame.Item
	Notes   []int     // note numbers whose reference marks are on this line
	Dir     Direction // resolved paragraph direction (LTR or RTL)
}

// Warning is a non-fatal problem, such as an overfull line (a single word
// wider than the measure). Offset is the byte offset in the concatenated
// span text.
type Warning struct {
	Offset  int
	Message string
}

// Engine lays out paragraphs. Create one per goroutine with NewEngine.
type Engine struct {
	reg *fonts.Registry
	st  *state
}

// NewEngine returns an engine using the fonts of reg.
func NewEngine(reg *fonts.Registry) *Engine {
	return &Engine{reg: reg, st: newState()}
}

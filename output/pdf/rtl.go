package pdf

// rtlMode is a strategy for making right-to-left runs extract in logical
// order. TestRTLStrategies measures each one with poppler's pdftotext and
// MuPDF 1.21's mutool draw -F txt on Arabic and mixed-direction lines:
//
//   - rtlPlain (glyphs in visual order, as HarfBuzz returns them): poppler
//     reorders the line itself and is right except inside ligatures, whose
//     several characters it reverses ("الله" comes out "اهلل"); MuPDF has
//     no bidi and prints every RTL word backwards.
//   - rtlReversed (/ReversedChars BMC … EMC, ISO 32000-1 §14.8.2.3.3, as
//     Typst writes): neither tool honours it; the output equals rtlPlain.
//   - rtlActualText (a span with the logical text): poppler honours it but
//     then applies its own reordering on top, so the run comes out
//     reversed; MuPDF 1.21 ignores ActualText.
//   - rtlLogical (glyphs drawn in logical order, right to left, with TJ
//     adjustments moving the pen back): MuPDF follows drawing order and is
//     right; poppler splits the words into pieces.
//   - rtlLogicalAT (rtlLogical inside a span whose ActualText is the run's
//     text reversed): MuPDF reads the glyphs in logical order and ignores
//     the span; poppler takes the span's text as visual and reorders it
//     back to logical. Both tools are right, so this is the default.
//     Spaces at either end of the run stay outside the span, or poppler
//     loses them.
//   - rtlLogicalATLogical (the same with the logical text in the span, as
//     the spec means ActualText): poppler reverses it, like rtlActualText.
//
// So the chosen span text is reversed for poppler's sake. A reader that
// takes ActualText literally would copy such a run backwards; Acrobat
// could not be tried here.
//
// What no strategy fixes: MuPDF 1.21 emits a line's runs in drawing order,
// so in a right-to-left line the runs must come in logical order in the
// frame's items (layout's job); poppler drops the space where a
// left-to-right word meets the next right-to-left run inside a
// right-to-left line; MuPDF shows U+FFFD for a glyph that stands for no
// text (in Noto Naskh, the shadda+fatha mark inside the "allah" ligature
// cluster).
type rtlMode uint8

// RTL marking strategies; rtlChosen (the zero value) means defaultRTL.
const (
	rtlChosen rtlMode = iota
	rtlPlain
	rtlReversed
	rtlActualText
	rtlLogical
	rtlLogicalAT
	rtlLogicalATLogical
)

// defaultRTL is the strategy rtlChosen stands for.
const defaultRTL = rtlLogicalAT

package frame

import "math"

// Length is a distance in scaled points: 1/65536 of a PostScript point.
// Integer lengths keep layout identical on every architecture.
type Length int64

// Pt is one PostScript point (1/72 inch).
const Pt Length = 65536

// Mm is one millimetre, rounded to the nearest scaled point.
const Mm Length = 185771 // 72/25.4 * 65536

// Points converts a length given in points to a Length, rounding to nearest.
func Points(p float64) Length { return Length(math.Round(p * float64(Pt))) }

// Pt returns the length in points.
func (l Length) Pt() float64 { return float64(l) / float64(Pt) }

// Point is a position relative to the parent's origin (y down).
type Point struct{ X, Y Length }

// Rect is an axis-aligned rectangle: its top-left corner and its size.
type Rect struct {
	X, Y          Length
	Width, Height Length
}

package frame

// PathOp is the kind of one path segment.
type PathOp uint8

// Path operations.
const (
	MoveTo  PathOp = iota // Pts[0]
	LineTo                // Pts[0]
	CubicTo               // control Pts[0], Pts[1], end Pts[2]
	Close
)

// Segment is one operation of a Path with its points (relative to the
// Shape's Pos, y down).
type Segment struct {
	Op  PathOp
	Pts [3]Point
}

// Path is a sequence of segments.
type Path []Segment

// RectPath returns the outline of a w×h rectangle at the origin, with
// corners rounded by radius r (0 for square corners).
func RectPath(w, h, r Length) Path {
	if r <= 0 {
		return Path{
			{Op: MoveTo, Pts: [3]Point{{0, 0}}},
			{Op: LineTo, Pts: [3]Point{{w, 0}}},
			{Op: LineTo, Pts: [3]Point{{w, h}}},
			{Op: LineTo, Pts: [3]Point{{0, h}}},
			{Op: Close},
		}
	}
	r = min(r, w/2, h/2)
	k := r * 4477 / 10000 // r·(1−0.5523): distance of the control points from the corner
	return Path{
		{Op: MoveTo, Pts: [3]Point{{r, 0}}},
		{Op: LineTo, Pts: [3]Point{{w - r, 0}}},
		{Op: CubicTo, Pts: [3]Point{{w - k, 0}, {w, k}, {w, r}}},
		{Op: LineTo, Pts: [3]Point{{w, h - r}}},
		{Op: CubicTo, Pts: [3]Point{{w, h - k}, {w - k, h}, {w - r, h}}},
		{Op: LineTo, Pts: [3]Point{{r, h}}},
		{Op: CubicTo, Pts: [3]Point{{k, h}, {0, h - k}, {0, h - r}}},
		{Op: LineTo, Pts: [3]Point{{0, r}}},
		{Op: CubicTo, Pts: [3]Point{{0, k}, {k, 0}, {r, 0}}},
		{Op: Close},
	}
}

// LinePath returns a straight line from the origin to (dx, dy).
func LinePath(dx, dy Length) Path {
	return Path{
		{Op: MoveTo, Pts: [3]Point{{0, 0}}},
		{Op: LineTo, Pts: [3]Point{{dx, dy}}},
	}
}

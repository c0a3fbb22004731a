package pdf

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
)

// pathWriter turns SVG path data and shapes into PDF path operators, in
// SVG user units (the form's matrix flips y).
type pathWriter struct {
	b *bytes.Buffer
}

func (p pathWriter) pt(x, y float64) { p.b.WriteString(num(x) + " " + num(y) + " ") }

func (p pathWriter) moveTo(x, y float64) { p.pt(x, y); p.b.WriteString("m\n") }
func (p pathWriter) lineTo(x, y float64) { p.pt(x, y); p.b.WriteString("l\n") }
func (p pathWriter) close()              { p.b.WriteString("h\n") }
func (p pathWriter) cubicTo(x1, y1, x2, y2, x, y float64) {
	p.pt(x1, y1)
	p.pt(x2, y2)
	p.pt(x, y)
	p.b.WriteString("c\n")
}

// numScanner reads the numbers and flags of SVG path data and point lists.
type numScanner struct {
	s string
	i int
}

func (sc *numScanner) skipSep() {
	for sc.i < len(sc.s) && (sc.s[sc.i] == ' ' || sc.s[sc.i] == ',' || sc.s[sc.i] == '\t' || sc.s[sc.i] == '\n' || sc.s[sc.i] == '\r') {
		sc.i++
	}
}

// more reports whether a number follows (after separators).
func (sc *numScanner) more() bool {
	sc.skipSep()
	if sc.i >= len(sc.s) {
		return false
	}
	c := sc.s[sc.i]
	return c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')
}

func (sc *numScanner) num() (float64, error) {
	sc.skipSep()
	start := sc.i
	if sc.i < len(sc.s) && (sc.s[sc.i] == '-' || sc.s[sc.i] == '+') {
		sc.i++
	}
	dot, digits := false, false
	for sc.i < len(sc.s) {
		c := sc.s[sc.i]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == '.' && !dot:
			dot = true
		case (c == 'e' || c == 'E') && digits:
			sc.i++
			if sc.i < len(sc.s) && (sc.s[sc.i] == '-' || sc.s[sc.i] == '+') {
				sc.i++
			}
			for sc.i < len(sc.s) && sc.s[sc.i] >= '0' && sc.s[sc.i] <= '9' {
				sc.i++
			}
			return sc.parse(start)
		default:
			return sc.parse(start)
		}
		sc.i++
	}
	return sc.parse(start)
}

func (sc *numScanner) parse(start int) (float64, error) {
	v, err := strconv.ParseFloat(sc.s[start:sc.i], 64)
	if err != nil {
		return 0, fmt.Errorf("bad number %q at offset %d", sc.s[start:sc.i], start)
	}
	return v, nil
}

// flag reads an arc flag: a single 0 or 1, which may run into what follows.
func (sc *numScanner) flag() (bool, error) {
	sc.skipSep()
	if sc.i < len(sc.s) && (sc.s[sc.i] == '0' || sc.s[sc.i] == '1') {
		sc.i++
		return sc.s[sc.i-1] == '1', nil
	}
	return false, fmt.Errorf("bad arc flag at offset %d", sc.i)
}

// nums reads n numbers.
func (sc *numScanner) nums(n int) ([]float64, error) {
	v := make([]float64, n)
	for k := range v {
		var err error
		if v[k], err = sc.num(); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// writePathData converts SVG path data (all of M L H V C S Q T A Z,
// absolute and relative) to PDF operators. Quadratic curves become cubics;
// arcs become cubics of at most 90° each.
func writePathData(p pathWriter, d string) error {
	sc := &numScanner{s: d}
	var cx, cy, sx, sy float64 // current and subpath start points
	var lcx, lcy float64       // last control point, for S and T
	var prev byte
	var cmd byte
	for {
		sc.skipSep()
		if sc.i >= len(sc.s) {
			return nil
		}
		if c := sc.s[sc.i]; (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') {
			cmd = c
			sc.i++
		} else if cmd == 0 {
			return fmt.Errorf("path data must start with a command")
		} else if cmd == 'Z' || cmd == 'z' {
			return fmt.Errorf("numbers after closepath at offset %d", sc.i)
		}
		rel := cmd >= 'a'
		var ox, oy float64
		if rel {
			ox, oy = cx, cy
		}
		up := cmd &^ 0x20
		switch up {
		case 'Z':
			p.close()
			cx, cy = sx, sy
		case 'M', 'N', 'L', 'T':
			v, err := sc.nums(2)
			if err != nil {
				return err
			}
			x, y := ox+v[0], oy+v[1]
			switch up {
			case 'M':
				p.moveTo(x, y)
				sx, sy = x, y
			case 'T':
				qx, qy := cx, cy
				if prev == 'Q' || prev == 'T' {
					qx, qy = 2*cx-lcx, 2*cy-lcy
				}
				p.cubicTo(cx+2*(qx-cx)/3, cy+2*(qy-cy)/3, x+2*(qx-x)/3, y+2*(qy-y)/3, x, y)
				lcx, lcy = qx, qy
			default:
				p.lineTo(x, y)
			}
			cx, cy = x, y
		case 'H', 'V':
			v, err := sc.num()
			if err != nil {
				return err
			}
			if up == 'H' {
				cx = ox + v
				if !rel {
					cx = v
				}
			} else {
				cy = oy + v
				if !rel {
					cy = v
				}
			}
			p.lineTo(cx, cy)
		case 'C':
			v, err := sc.nums(6)
			if err != nil {
				return err
			}
			p.cubicTo(ox+v[0], oy+v[1], ox+v[2], oy+v[3], ox+v[4], oy+v[5])
			lcx, lcy, cx, cy = ox+v[2], oy+v[3], ox+v[4], oy+v[5]
		case 'S':
			v, err := sc.nums(4)
			if err != nil {
				return err
			}
			x1, y1 := cx, cy
			if prev == 'C' || prev == 'S' {
				x1, y1 = 2*cx-lcx, 2*cy-lcy
			}
			p.cubicTo(x1, y1, ox+v[0], oy+v[1], ox+v[2], oy+v[3])
			lcx, lcy, cx, cy = ox+v[0], oy+v[1], ox+v[2], oy+v[3]
		case 'Q':
			v, err := sc.nums(4)
			if err != nil {
				return err
			}
			qx, qy, x, y := ox+v[0], oy+v[1], ox+v[2], oy+v[3]
			p.cubicTo(cx+2*(qx-cx)/3, cy+2*(qy-cy)/3, x+2*(qx-x)/3, y+2*(qy-y)/3, x, y)
			lcx, lcy, cx, cy = qx, qy, x, y
		case 'A':
			v, err := sc.nums(3)
			if err != nil {
				return err
			}
			large, err := sc.flag()
			if err != nil {
				return err
			}
			sweep, err := sc.flag()
			if err != nil {
				return err
			}
			e, err := sc.nums(2)
			if err != nil {
				return err
			}
			x, y := ox+e[0], oy+e[1]
			arcTo(p, cx, cy, v[0], v[1], v[2], large, sweep, x, y)
			cx, cy = x, y
		default:
			return fmt.Errorf("unknown path command %q", string(cmd))
		}
		prev = up
		if up == 'N' {
			prev = 'L'
		}
		if up == 'M' {
			cmd++ // further pairs are linetos: 'M'+1 = 'N' stands for L
		}
	}
}

// arcTo appends an SVG elliptical arc from (x1,y1) to (x2,y2) as cubic
// Béziers, following the endpoint-to-centre conversion of SVG 1.1
// appendix F.6.5.
func arcTo(p pathWriter, x1, y1, rx, ry, phiDeg float64, large, sweep bool, x2, y2 float64) {
	if x1 == x2 && y1 == y2 {
		return
	}
	rx, ry = math.Abs(rx), math.Abs(ry)
	if rx == 0 || ry == 0 {
		p.lineTo(x2, y2)
		return
	}
	phi := phiDeg * math.Pi / 180
	cos, sin := math.Cos(phi), math.Sin(phi)
	dx, dy := (x1-x2)/2, (y1-y2)/2
	x1p, y1p := cos*dx+sin*dy, -sin*dx+cos*dy
	if l := x1p*x1p/(rx*rx) + y1p*y1p/(ry*ry); l > 1 {
		rx, ry = rx*math.Sqrt(l), ry*math.Sqrt(l)
	}
	num := rx*rx*ry*ry - rx*rx*y1p*y1p - ry*ry*x1p*x1p
	den := rx*rx*y1p*y1p + ry*ry*x1p*x1p
	k := math.Sqrt(math.Max(0, num/den))
	if large == sweep {
		k = -k
	}
	cxp, cyp := k*rx*y1p/ry, -k*ry*x1p/rx
	cx := cos*cxp - sin*cyp + (x1+x2)/2
	cy := sin*cxp + cos*cyp + (y1+y2)/2
	angle := func(ux, uy, vx, vy float64) float64 {
		return math.Atan2(ux*vy-uy*vx, ux*vx+uy*vy)
	}
	t1 := angle(1, 0, (x1p-cxp)/rx, (y1p-cyp)/ry)
	dt := angle((x1p-cxp)/rx, (y1p-cyp)/ry, (-x1p-cxp)/rx, (-y1p-cyp)/ry)
	if !sweep && dt > 0 {
		dt -= 2 * math.Pi
	} else if sweep && dt < 0 {
		dt += 2 * math.Pi
	}
	if math.IsNaN(dt) || math.IsNaN(cx) || math.IsNaN(cy) || math.IsInf(cx, 0) || math.IsInf(cy, 0) {
		p.lineTo(x2, y2) // degenerate (overflowing) radii
		return
	}
	n := max(1, int(math.Ceil(math.Abs(dt)/(math.Pi/2))))
	step := dt / float64(n)
	kappa := 4.0 / 3 * math.Tan(step/4)
	pointAt := func(t float64) (x, y, dx, dy float64) {
		ct, st := math.Cos(t), math.Sin(t)
		x = cx + rx*ct*cos - ry*st*sin
		y = cy + rx*ct*sin + ry*st*cos
		dx = -rx*st*cos - ry*ct*sin
		dy = -rx*st*sin + ry*ct*cos
		return
	}
	for i := range n {
		ta, tb := t1+float64(i)*step, t1+float64(i+1)*step
		ax, ay, adx, ady := pointAt(ta)
		bx, by, bdx, bdy := pointAt(tb)
		if i == n-1 {
			bx, by = x2, y2
		}
		p.cubicTo(ax+kappa*adx, ay+kappa*ady, bx-kappa*bdx, by-kappa*bdy, bx, by)
	}
}

package pdf

import (
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// style returns the element's style (inheriting from parent) and its
// transform as a PDF matrix ("" when none).
func (f *svgForm) style(parent svgStyle, el xml.StartElement) (svgStyle, string, error) {
	st := parent // every property here is inherited; opacity multiplies
	props := map[string]string{}
	var order []string
	for _, a := range el.Attr {
		if a.Name.Space != "" && a.Name.Space != svgNS {
			continue
		}
		switch a.Name.Local {
		case "class":
			return st, "", fmt.Errorf("CSS classes are not supported (class=%q)", a.Value)
		case "style":
			for _, decl := range strings.Split(a.Value, ";") {
				k, v, ok := strings.Cut(decl, ":")
				if k = strings.TrimSpace(k); ok && k != "" {
					props[k] = strings.TrimSpace(v)
					order = append(order, k)
				}
			}
		default:
			if _, ok := props[a.Name.Local]; !ok {
				props[a.Name.Local] = strings.TrimSpace(a.Value)
				order = append(order, a.Name.Local)
			}
		}
	}
	for _, k := range order {
		v := props[k]
		var err error
		switch k {
		case "fill":
			st.fill, err = svgColor(v)
		case "stroke":
			st.stroke, err = svgColor(v)
		case "stroke-width":
			st.strokeWidth, err = svgLength(v)
		case "opacity":
			var o float64
			if o, err = strconv.ParseFloat(v, 64); err == nil {
				st.opacity = parent.opacity * clamp01(o)
			}
		case "fill-opacity":
			var o float64
			if o, err = strconv.ParseFloat(v, 64); err == nil {
				st.fillOp = clamp01(o)
			}
		case "stroke-opacity":
			var o float64
			if o, err = strconv.ParseFloat(v, 64); err == nil {
				st.strokeOp = clamp01(o)
			}
		case "fill-rule":
			st.evenOdd = v == "evenodd"
		}
		if err != nil {
			return st, "", fmt.Errorf("%s=%q: %w", k, v, err)
		}
	}
	cm, err := svgTransform(props["transform"])
	if err != nil {
		return st, "", fmt.Errorf("transform: %w", err)
	}
	return st, cm, nil
}

func clamp01(v float64) float64 { return math.Max(0, math.Min(1, v)) }

// namedColour returns a basic named colour (CSS 2 plus orange).
func namedColour(s string) ([3]uint8, bool) {
	switch s {
	case "black":
		return [3]uint8{0, 0, 0}, true
	case "silver":
		return [3]uint8{192, 192, 192}, true
	case "gray", "grey":
		return [3]uint8{128, 128, 128}, true
	case "white":
		return [3]uint8{255, 255, 255}, true
	case "maroon":
		return [3]uint8{128, 0, 0}, true
	case "red":
		return [3]uint8{255, 0, 0}, true
	case "purple":
		return [3]uint8{128, 0, 128}, true
	case "fuchsia", "magenta":
		return [3]uint8{255, 0, 255}, true
	case "green":
		return [3]uint8{0, 128, 0}, true
	case "lime":
		return [3]uint8{0, 255, 0}, true
	case "olive":
		return [3]uint8{128, 128, 0}, true
	case "yellow":
		return [3]uint8{255, 255, 0}, true
	case "navy":
		return [3]uint8{0, 0, 128}, true
	case "blue":
		return [3]uint8{0, 0, 255}, true
	case "teal":
		return [3]uint8{0, 128, 128}, true
	case "aqua", "cyan":
		return [3]uint8{0, 255, 255}, true
	case "orange":
		return [3]uint8{255, 165, 0}, true
	}
	return [3]uint8{}, false
}

// svgColor parses a colour: none, #rgb, #rrggbb, rgb(r,g,b) or a basic
// named colour.
func svgColor(s string) (*[3]float64, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	var c [3]uint8
	switch {
	case s == "none" || s == "transparent":
		return nil, nil
	case strings.HasPrefix(s, "url("):
		return nil, fmt.Errorf("gradients and patterns are not supported")
	case strings.HasPrefix(s, "#") && (len(s) == 4 || len(s) == 7):
		h := s[1:]
		if len(h) == 3 {
			h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
		}
		v, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			return nil, fmt.Errorf("bad colour %q", s)
		}
		c = [3]uint8{uint8(v >> 16), uint8(v >> 8), uint8(v)}
	case strings.HasPrefix(s, "rgb(") && strings.HasSuffix(s, ")"):
		parts := strings.Split(s[4:len(s)-1], ",")
		if len(parts) != 3 {
			return nil, fmt.Errorf("bad colour %q", s)
		}
		for i, p := range parts {
			v, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil {
				return nil, fmt.Errorf("bad colour %q", s)
			}
			c[i] = uint8(max(0, min(255, v)))
		}
	default:
		named, ok := namedColour(s)
		if !ok {
			return nil, fmt.Errorf("unknown colour %q", s)
		}
		c = named
	}
	return &[3]float64{float64(c[0]) / 255, float64(c[1]) / 255, float64(c[2]) / 255}, nil
}

// svgTransform converts a transform list to one PDF matrix.
func svgTransform(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	m := [6]float64{1, 0, 0, 1, 0, 0}
	for rest := strings.TrimSpace(s); rest != ""; rest = strings.TrimLeft(rest, " ,\t\n") {
		open := strings.IndexByte(rest, '(')
		end := strings.IndexByte(rest, ')')
		if open < 0 || end < open {
			return "", fmt.Errorf("bad transform %q", s)
		}
		fn := strings.TrimSpace(rest[:open])
		sc := &numScanner{s: rest[open+1 : end]}
		var a []float64
		for sc.more() {
			v, err := sc.num()
			if err != nil {
				return "", err
			}
			a = append(a, v)
		}
		rest = rest[end+1:]
		var t [6]float64
		switch {
		case fn == "matrix" && len(a) == 6:
			copy(t[:], a)
		case fn == "translate" && (len(a) == 1 || len(a) == 2):
			t = [6]float64{1, 0, 0, 1, a[0], 0}
			if len(a) == 2 {
				t[5] = a[1]
			}
		case fn == "scale" && (len(a) == 1 || len(a) == 2):
			t = [6]float64{a[0], 0, 0, a[0], 0, 0}
			if len(a) == 2 {
				t[3] = a[1]
			}
		case fn == "rotate" && (len(a) == 1 || len(a) == 3):
			r := a[0] * math.Pi / 180
			c, sn := math.Cos(r), math.Sin(r)
			t = [6]float64{c, sn, -sn, c, 0, 0}
			if len(a) == 3 { // translate(cx,cy) rotate translate(-cx,-cy)
				cx, cy := a[1], a[2]
				t[4], t[5] = cx-c*cx+sn*cy, cy-sn*cx-c*cy
			}
		case fn == "skewX" && len(a) == 1:
			t = [6]float64{1, 0, math.Tan(a[0] * math.Pi / 180), 1, 0, 0}
		case fn == "skewY" && len(a) == 1:
			t = [6]float64{1, math.Tan(a[0] * math.Pi / 180), 0, 1, 0, 0}
		default:
			return "", fmt.Errorf("bad transform function %s with %d arguments", fn, len(a))
		}
		m = mul(t, m) // apply t first, then what came before
	}
	parts := make([]string, 6)
	for i, v := range m {
		parts[i] = num(v)
	}
	return strings.Join(parts, " "), nil
}

// mul returns the matrix that applies a, then b (PDF row-vector order).
func mul(a, b [6]float64) [6]float64 {
	return [6]float64{
		a[0]*b[0] + a[1]*b[2], a[0]*b[1] + a[1]*b[3],
		a[2]*b[0] + a[3]*b[2], a[2]*b[1] + a[3]*b[3],
		a[4]*b[0] + a[5]*b[2] + b[4], a[4]*b[1] + a[5]*b[3] + b[5],
	}
}

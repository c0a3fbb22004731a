package pdf

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// svgForm is an SVG drawing converted to a PDF form XObject: BBox
// [0 0 width height] in viewBox units, y up.
type svgForm struct {
	width, height float64
	content       bytes.Buffer
	alphas        []float64 // distinct opacities, named A1, A2, …
}

// svgStyle is the inherited presentation state.
type svgStyle struct {
	fill, stroke     *[3]float64 // nil: none
	strokeWidth      float64
	opacity          float64 // product of the ancestors' and own opacity
	fillOp, strokeOp float64
	evenOdd          bool
}

const svgNS = "http://www.w3.org/2000/svg"

// parseSVG converts the common subset of SVG used for logos: svg (viewBox,
// width, height), g, path, rect, circle, ellipse, line, polygon, polyline;
// transform; fill, stroke, stroke-width, opacity, fill-opacity,
// stroke-opacity, fill-rule and the same properties in style="…".
// Anything else (text, image, use, gradients, CSS classes, …) is an error
// naming the element and its line. Group opacity is approximated by
// multiplying it into each shape's opacity.
func parseSVG(data []byte) (*svgForm, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	f := &svgForm{}
	line := func() int { l, _ := dec.InputPos(); return l }
	var stack []svgStyle
	root := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("svg: %w", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Space != svgNS && tok.Name.Space != "" {
				if err := dec.Skip(); err != nil { // foreign metadata (Inkscape, RDF)
					return nil, fmt.Errorf("svg: %w", err)
				}
				continue
			}
			el := tok.Name.Local
			if !root {
				if el != "svg" {
					return nil, fmt.Errorf("svg: line %d: root element is <%s>, not <svg>", line(), el)
				}
				root = true
				if err := f.root(tok); err != nil {
					return nil, fmt.Errorf("svg: line %d: %w", line(), err)
				}
				stack = append(stack, svgStyle{fill: &[3]float64{0, 0, 0}, strokeWidth: 1, opacity: 1, fillOp: 1, strokeOp: 1})
				continue
			}
			switch el {
			case "title", "desc", "metadata":
				if err := dec.Skip(); err != nil {
					return nil, fmt.Errorf("svg: %w", err)
				}
				continue
			case "defs": // allowed when empty; gradients and the like are not
				if err := emptyDefs(dec); err != nil {
					return nil, fmt.Errorf("svg: line %d: %w", line(), err)
				}
				continue
			case "g", "path", "rect", "circle", "ellipse", "line", "polygon", "polyline":
			default:
				return nil, fmt.Errorf("svg: line %d: unsupported element <%s>", line(), el)
			}
			st, cm, err := f.style(stack[len(stack)-1], tok)
			if err != nil {
				return nil, fmt.Errorf("svg: line %d: <%s>: %w", line(), el, err)
			}
			stack = append(stack, st)
			f.content.WriteString("q\n")
			if cm != "" {
				f.content.WriteString(cm + " cm\n")
			}
			if el != "g" {
				if err := f.shape(el, tok, st); err != nil {
					return nil, fmt.Errorf("svg: line %d: <%s>: %w", line(), el, err)
				}
			}
		case xml.EndElement:
			if tok.Name.Space != svgNS && tok.Name.Space != "" {
				continue
			}
			if len(stack) > 1 {
				f.content.WriteString("Q\n")
			}
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if !root {
		return nil, fmt.Errorf("svg: no <svg> element")
	}
	return f, nil
}

// emptyDefs consumes a <defs> element, failing on the first element in it.
func emptyDefs(dec *xml.Decoder) error {
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			return fmt.Errorf("unsupported element <%s> (in <defs>)", tok.Name.Local)
		case xml.EndElement:
			return nil
		}
	}
}

// root reads the size of the drawing and sets up the y flip.
func (f *svgForm) root(el xml.StartElement) error {
	var minX, minY float64
	vb := attr(el, "viewBox")
	w, h := attr(el, "width"), attr(el, "height")
	if vb != "" {
		sc := &numScanner{s: vb}
		v, err := sc.nums(4)
		if err != nil {
			return fmt.Errorf("viewBox: %w", err)
		}
		minX, minY, f.width, f.height = v[0], v[1], v[2], v[3]
	} else {
		var err error
		if f.width, err = svgLength(w); err != nil {
			return fmt.Errorf("width: %w", err)
		}
		if f.height, err = svgLength(h); err != nil {
			return fmt.Errorf("height: %w", err)
		}
	}
	if !(f.width > 0 && f.height > 0) {
		return fmt.Errorf("no positive size (need viewBox or width and height)")
	}
	fmt.Fprintf(&f.content, "1 0 0 -1 %s %s cm\n", num(-minX), num(f.height+minY))
	return nil
}

func attr(el xml.StartElement, name string) string {
	for _, a := range el.Attr {
		if a.Name.Local == name && (a.Name.Space == "" || a.Name.Space == svgNS) {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

func svgLength(s string) (float64, error) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "px")
	if s == "" {
		return 0, nil
	}
	if strings.HasSuffix(s, "%") {
		return 0, fmt.Errorf("percentage lengths are not supported")
	}
	return strconv.ParseFloat(s, 64)
}

// alphaName returns the ExtGState name for opacity a.
func (f *svgForm) alphaName(a float64) string {
	for i, x := range f.alphas {
		if x == a {
			return fmt.Sprintf("A%d", i+1)
		}
	}
	f.alphas = append(f.alphas, a)
	return fmt.Sprintf("A%d", len(f.alphas))
}

// shape draws one basic shape or path with style st.
func (f *svgForm) shape(el string, tok xml.StartElement, st svgStyle) error {
	fill, stroke := st.fill, st.stroke
	if st.strokeWidth <= 0 {
		stroke = nil
	}
	if el == "line" || el == "polyline" {
		if el == "line" {
			fill = nil
		}
	}
	if fill == nil && stroke == nil {
		return nil
	}
	n := func(name string) (float64, error) {
		v, err := svgLength(attr(tok, name))
		if err != nil {
			return 0, fmt.Errorf("%s: %w", name, err)
		}
		return v, nil
	}
	var body bytes.Buffer
	p := pathWriter{&body}
	switch el {
	case "path":
		if err := writePathData(p, attr(tok, "d")); err != nil {
			return fmt.Errorf("d: %w", err)
		}
	case "rect":
		var v [6]float64
		for i, k := range []string{"x", "y", "width", "height", "rx", "ry"} {
			var err error
			if v[i], err = n(k); err != nil {
				return err
			}
		}
		x, y, w, h, rx, ry := v[0], v[1], v[2], v[3], v[4], v[5]
		if attr(tok, "ry") == "" {
			ry = rx
		}
		if attr(tok, "rx") == "" {
			rx = ry
		}
		rx, ry = math.Min(rx, w/2), math.Min(ry, h/2)
		if rx <= 0 || ry <= 0 {
			body.WriteString(num(x) + " " + num(y) + " " + num(w) + " " + num(h) + " re\n")
			break
		}
		p.moveTo(x+rx, y)
		p.lineTo(x+w-rx, y)
		arcTo(p, x+w-rx, y, rx, ry, 0, false, true, x+w, y+ry)
		p.lineTo(x+w, y+h-ry)
		arcTo(p, x+w, y+h-ry, rx, ry, 0, false, true, x+w-rx, y+h)
		p.lineTo(x+rx, y+h)
		arcTo(p, x+rx, y+h, rx, ry, 0, false, true, x, y+h-ry)
		p.lineTo(x, y+ry)
		arcTo(p, x, y+ry, rx, ry, 0, false, true, x+rx, y)
		p.close()
	case "circle", "ellipse":
		cx, err := n("cx")
		if err != nil {
			return err
		}
		cy, err := n("cy")
		if err != nil {
			return err
		}
		var rx, ry float64
		if el == "circle" {
			if rx, err = n("r"); err != nil {
				return err
			}
			ry = rx
		} else {
			if rx, err = n("rx"); err != nil {
				return err
			}
			if ry, err = n("ry"); err != nil {
				return err
			}
		}
		if rx <= 0 || ry <= 0 {
			return nil
		}
		p.moveTo(cx+rx, cy)
		arcTo(p, cx+rx, cy, rx, ry, 0, false, true, cx-rx, cy)
		arcTo(p, cx-rx, cy, rx, ry, 0, false, true, cx+rx, cy)
		p.close()
	case "line":
		var v [4]float64
		for i, k := range []string{"x1", "y1", "x2", "y2"} {
			var err error
			if v[i], err = n(k); err != nil {
				return err
			}
		}
		p.moveTo(v[0], v[1])
		p.lineTo(v[2], v[3])
	case "polygon", "polyline":
		sc := &numScanner{s: attr(tok, "points")}
		first := true
		for sc.more() {
			v, err := sc.nums(2)
			if err != nil {
				return fmt.Errorf("points: %w", err)
			}
			if first {
				p.moveTo(v[0], v[1])
				first = false
			} else {
				p.lineTo(v[0], v[1])
			}
		}
		if el == "polygon" && !first {
			p.close()
		}
	}
	paint := func(fillC, strokeC *[3]float64, alpha float64) {
		if alpha <= 0 {
			return
		}
		f.content.WriteString("q\n")
		if alpha < 1 {
			f.content.WriteString("/" + f.alphaName(alpha) + " gs\n")
		}
		if fillC != nil {
			fmt.Fprintf(&f.content, "%s %s %s rg\n", num(fillC[0]), num(fillC[1]), num(fillC[2]))
		}
		if strokeC != nil {
			fmt.Fprintf(&f.content, "%s %s %s RG %s w\n", num(strokeC[0]), num(strokeC[1]), num(strokeC[2]), num(st.strokeWidth))
		}
		f.content.Write(body.Bytes())
		op := "f"
		if st.evenOdd {
			op = "f*"
		}
		switch {
		case fillC != nil && strokeC != nil:
			op = "B"
			if st.evenOdd {
				op = "B*"
			}
		case strokeC != nil:
			op = "S"
		}
		f.content.WriteString(op + "\nQ\n")
	}
	fa, sa := st.opacity*st.fillOp, st.opacity*st.strokeOp
	if fill != nil && stroke != nil && fa == sa {
		paint(fill, stroke, fa)
		return nil
	}
	if fill != nil {
		paint(fill, nil, fa)
	}
	if stroke != nil {
		paint(nil, stroke, sa)
	}
	return nil
}

// write writes the form XObject.
func (f *svgForm) write(o *objWriter, r ref, compress bool) {
	var res strings.Builder
	if len(f.alphas) > 0 {
		res.WriteString(" /Resources <</ExtGState <<")
		for i, a := range f.alphas {
			fmt.Fprintf(&res, "/A%d <</Type /ExtGState /ca %s /CA %s>> ", i+1, num(a), num(a))
		}
		res.WriteString(">>>>")
	}
	o.stream(r, fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 %s %s]%s", num(f.width), num(f.height), res.String()),
		f.content.Bytes(), compress)
}

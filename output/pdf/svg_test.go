package pdf

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"testing"
)

func pathOps(t *testing.T, d string) string {
	t.Helper()
	var b bytes.Buffer
	if err := writePathData(pathWriter{&b}, d); err != nil {
		t.Fatalf("writePathData(%q): %v", d, err)
	}
	return strings.ReplaceAll(strings.TrimSpace(b.String()), "\n", "; ")
}

func TestPathData(t *testing.T) {
	tests := []struct{ name, d, want string }{
		{"absolute lines", "M1 2 L3 4 H5 V6 Z", "1 2 m; 3 4 l; 5 4 l; 5 6 l; h"},
		{"relative lines", "m1 2 l3 4 h1 v-2 z", "1 2 m; 4 6 l; 5 6 l; 5 4 l; h"},
		{"implicit lineto after moveto", "M0 0 10 0 10 10", "0 0 m; 10 0 l; 10 10 l"},
		{"compact numbers", "M1-2L.5.5", "1 -2 m; 0.5 0.5 l"},
		{"exponent", "M1e1 2E-1", "10 0.2 m"},
		{"cubic and smooth", "M0 0 C1 1 2 1 3 0 S5 -1 6 0", "0 0 m; 1 1 2 1 3 0 c; 4 -1 5 -1 6 0 c"},
		{"relative cubic", "m1 1 c1 1 2 1 3 0", "1 1 m; 2 2 3 2 4 1 c"},
		{"quadratic to cubic", "M0 0 Q3 3 6 0", "0 0 m; 2 2 4 2 6 0 c"},
		{"smooth quadratic reflects", "M0 0 Q3 3 6 0 T12 0", "0 0 m; 2 2 4 2 6 0 c; 8 -2 10 -2 12 0 c"},
		{"zero-radius arc is a line", "M0 0 A0 5 0 0 1 10 0", "0 0 m; 10 0 l"},
		{"arc flags run together", "M0 0 a5 5 0 0110 0", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pathOps(t, tt.d)
			if tt.want != "" && got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if tt.want == "" && !strings.HasSuffix(got, "10 0 c") {
				t.Errorf("arc does not end at its end point: %q", got)
			}
		})
	}
}

// TestArcOnCircle checks that a half-circle arc becomes two cubics whose
// end points lie on the circle and that it bulges the right way.
func TestArcOnCircle(t *testing.T) {
	ops := strings.Split(pathOps(t, "M0 0 A5 5 0 0 1 10 0"), "; ")
	if len(ops) != 3 {
		t.Fatalf("got %d ops, want moveto and 2 cubics: %q", len(ops), ops)
	}
	f := strings.Fields(ops[1])
	x, _ := strconv.ParseFloat(f[4], 64)
	y, _ := strconv.ParseFloat(f[5], 64)
	if math.Abs(x-5) > 1e-3 || math.Abs(math.Abs(y)-5) > 1e-3 {
		t.Errorf("first quarter ends at (%v,%v), want (5,±5)", x, y)
	}
	if y > 0 { // sweep=1 from (0,0) to (10,0) in y-down SVG space goes up: y<0
		t.Errorf("arc bulges the wrong way (y=%v)", y)
	}
}

func TestSVGTransform(t *testing.T) {
	tests := []struct{ in, want string }{
		{"translate(10 20)", "1 0 0 1 10 20"},
		{"scale(2)", "2 0 0 2 0 0"},
		{"rotate(90)", "0 1 -1 0 0 0"},
		{"rotate(90 10 10)", "0 1 -1 0 20 0"},
		{"translate(10,0) scale(2)", "2 0 0 2 10 0"},
		{"matrix(1 2 3 4 5 6)", "1 2 3 4 5 6"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := svgTransform(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("svgTransform(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestSVGColours(t *testing.T) {
	tests := []struct {
		in   string
		want *[3]float64
	}{
		{"#f00", &[3]float64{1, 0, 0}},
		{"#0000FF", &[3]float64{0, 0, 1}},
		{"white", &[3]float64{1, 1, 1}},
		{"rgb(0, 255, 0)", &[3]float64{0, 1, 0}},
		{"none", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := svgColor(tt.in)
			if err != nil || (got == nil) != (tt.want == nil) || (got != nil && *got != *tt.want) {
				t.Errorf("svgColor(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestSVGErrors(t *testing.T) {
	head := `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">` + "\n"
	tests := []struct{ name, svg, want string }{
		{"text", head + `<text x="1" y="1">Hi</text></svg>`, "line 2: unsupported element <text>"},
		{"image", head + `<g>` + "\n" + `<image href="x.png"/></g></svg>`, "line 3: unsupported element <image>"},
		{"use", head + `<use href="#a"/></svg>`, "unsupported element <use>"},
		{"gradient in defs", head + `<defs><linearGradient id="g"/></defs></svg>`, "unsupported element <linearGradient> (in <defs>)"},
		{"gradient fill", head + `<rect width="1" height="1" fill="url(#g)"/></svg>`, "gradients and patterns are not supported"},
		{"css class", head + `<rect class="logo" width="1" height="1"/></svg>`, "CSS classes are not supported"},
		{"style element", head + `<style>rect{fill:red}</style></svg>`, "unsupported element <style>"},
		{"bad colour", head + `<rect width="1" height="1" fill="chartreuse"/></svg>`, `unknown colour "chartreuse"`},
		{"bad path", head + `<path d="M0 0 X1 1"/></svg>`, `unknown path command "X"`},
		{"no size", `<svg xmlns="http://www.w3.org/2000/svg"></svg>`, "no positive size"},
		{"not svg", `<html/>`, "root element is <html>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseSVG([]byte(tt.svg))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parseSVG error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestSVGShapes checks the operators each supported element produces.
func TestSVGShapes(t *testing.T) {
	head := `<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="20" height="10">`
	tests := []struct {
		name, body string
		want       []string
	}{
		{"root flips y", ``, []string{"1 0 0 -1 0 10 cm"}},
		{"rect", `<rect x="1" y="2" width="3" height="4" fill="#00f"/>`, []string{"0 0 1 rg", "1 2 3 4 re", "f\n"}},
		{"rounded rect", `<rect width="10" height="10" rx="2"/>`, []string{"2 0 m", "8 0 l"}},
		{"circle", `<circle cx="5" cy="5" r="5" stroke="red" fill="none" stroke-width="2"/>`, []string{"1 0 0 RG 2 w", "10 5 m", "S\n"}},
		{"ellipse", `<ellipse cx="5" cy="5" rx="4" ry="2"/>`, []string{"9 5 m", "1 5 c"}},
		{"line never fills", `<line x1="0" y1="0" x2="5" y2="5" stroke="black"/>`, []string{"0 0 m", "5 5 l", "S\n"}},
		{"polygon", `<polygon points="0,0 5,0 5,5"/>`, []string{"0 0 m", "5 5 l", "h\nf\n"}},
		{"polyline", `<polyline points="0 0 5 0" fill="none" stroke="#000"/>`, []string{"5 0 l", "S\n"}},
		{"group transform and opacity", `<g transform="translate(5 0)" opacity="0.5"><path d="M0 0 L1 1" style="fill: none; stroke: #fff"/></g>`,
			[]string{"1 0 0 1 5 0 cm", "/A1 gs", "1 1 1 RG"}},
		{"even-odd", `<path d="M0 0 L1 1 L0 1 Z" fill-rule="evenodd"/>`, []string{"f*\n"}},
		{"foreign elements skipped", `<inkscape:namedview/><title>Logo</title><rect width="1" height="1"/>`, []string{"0 0 1 1 re"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := parseSVG([]byte(head + tt.body + `</svg>`))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(f.content.String(), w) {
					t.Errorf("content lacks %q:\n%s", w, f.content.String())
				}
			}
		})
	}
}

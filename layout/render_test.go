package layout

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefpress/briefpress/internal/rastertest"
	"github.com/briefpress/briefpress/layout/frame"
	gotext "github.com/go-text/typesetting/font"
	"golang.org/x/image/vector"
)

var pngDir = flag.String("pngdir", "", "tests that render pages write PNGs into this directory")

// raster draws frame pages to images with glyph outlines: a test-only
// preview of what the PDF writer will show, so layout can be looked at
// before (and independently of) output/pdf.
type raster struct {
	px    float32 // pixels per point
	faces map[*gotext.Font]*gotext.Face
}

func (r *raster) page(t *testing.T, p frame.Page) *image.RGBA {
	w, h := int(float32(p.Width.Pt())*r.px), int(float32(p.Height.Pt())*r.px)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	r.items(t, img, p.Items, 0, 0)
	return img
}

func (r *raster) fill(img *image.RGBA, c frame.Color, alpha float64, build func(ras *vector.Rasterizer)) {
	b := img.Bounds()
	ras := vector.NewRasterizer(b.Dx(), b.Dy())
	build(ras)
	if alpha <= 0 || alpha > 1 {
		alpha = 1
	}
	a := uint8(255 * alpha)
	src := image.NewUniform(color.NRGBA{c.R, c.G, c.B, a})
	ras.Draw(img, b, src, image.Point{})
}

func (r *raster) pt(l frame.Length) float32 { return float32(l.Pt()) * r.px }

func (r *raster) items(t *testing.T, img *image.RGBA, items []frame.Item, dx, dy frame.Length) {
	for _, it := range items {
		switch n := it.(type) {
		case *frame.Group:
			r.items(t, img, n.Items, dx+n.Pos.X, dy+n.Pos.Y)
		case *frame.Shape:
			ox, oy := dx+n.Pos.X, dy+n.Pos.Y
			if n.Fill != nil {
				r.fill(img, *n.Fill, n.Opacity, func(ras *vector.Rasterizer) { r.path(ras, n.Path, ox, oy) })
			}
			if n.Stroke != nil {
				sw := max(n.Stroke.Width/2, frame.Pt/4)
				for i := 1; i < len(n.Path); i++ {
					a, b := n.Path[i-1].Pts[0], n.Path[i].Pts[0]
					if n.Path[i].Op != frame.LineTo {
						continue
					}
					rect := frame.Path{
						{Op: frame.MoveTo, Pts: [3]frame.Point{{X: min(a.X, b.X) - sw, Y: min(a.Y, b.Y) - sw}}},
						{Op: frame.LineTo, Pts: [3]frame.Point{{X: max(a.X, b.X) + sw, Y: min(a.Y, b.Y) - sw}}},
						{Op: frame.LineTo, Pts: [3]frame.Point{{X: max(a.X, b.X) + sw, Y: max(a.Y, b.Y) + sw}}},
						{Op: frame.LineTo, Pts: [3]frame.Point{{X: min(a.X, b.X) - sw, Y: max(a.Y, b.Y) + sw}}},
						{Op: frame.Close},
					}
					r.fill(img, n.Stroke.Color, n.Opacity, func(ras *vector.Rasterizer) { r.path(ras, rect, ox, oy) })
				}
			}
		case *frame.Image:
			rect := frame.RectPath(n.Width, n.Height, 0)
			r.fill(img, frame.Color{R: 150, G: 170, B: 190}, 1, func(ras *vector.Rasterizer) { r.path(ras, rect, dx+n.Pos.X, dy+n.Pos.Y) })
		case *frame.Link:
			rect := frame.RectPath(n.Rect.Width, n.Rect.Height, 0)
			r.fill(img, frame.Color{R: 0, G: 120, B: 255}, 0.08, func(ras *vector.Rasterizer) { r.path(ras, rect, dx+n.Rect.X, dy+n.Rect.Y) })
		case *frame.GlyphRun:
			r.run(t, img, n, dx+n.Pos.X, dy+n.Pos.Y)
		}
	}
}

func (r *raster) path(ras *vector.Rasterizer, p frame.Path, ox, oy frame.Length) {
	xy := func(q frame.Point) (float32, float32) { return r.pt(ox + q.X), r.pt(oy + q.Y) }
	for _, s := range p {
		switch s.Op {
		case frame.MoveTo:
			ras.MoveTo(xy(s.Pts[0]))
		case frame.LineTo:
			ras.LineTo(xy(s.Pts[0]))
		case frame.CubicTo:
			ax, ay := xy(s.Pts[0])
			bx, by := xy(s.Pts[1])
			cx, cy := xy(s.Pts[2])
			ras.CubeTo(ax, ay, bx, by, cx, cy)
		case frame.Close:
			ras.ClosePath()
		}
	}
	ras.ClosePath()
}

func (r *raster) run(t *testing.T, img *image.RGBA, run *frame.GlyphRun, x0, y0 frame.Length) {
	if run.Font == nil {
		return
	}
	f, err := run.Font.Outlines()
	if err != nil {
		t.Fatal(err)
	}
	face := r.faces[f]
	if face == nil {
		face = gotext.NewFace(f)
		r.faces[f] = face
	}
	r.fill(img, run.Color, run.Opacity, func(ras *vector.Rasterizer) {
		rastertest.GlyphRun(ras, face, run, r.pt(x0), r.pt(y0), r.px)
	})
}

// writePNGs renders doc's pages into *pngDir as NAME-NN.png.
func writePNGs(t *testing.T, name string, doc *frame.Document) {
	if *pngDir == "" {
		return
	}
	r := &raster{px: 1, faces: map[*gotext.Font]*gotext.Face{}}
	for i, p := range doc.Pages {
		f, err := os.Create(filepath.Join(*pngDir, fmt.Sprintf("%s-%02d.png", name, i)))
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, r.page(t, p)); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}

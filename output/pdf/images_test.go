package pdf

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/layout/frame"
)

func fill(img interface {
	Set(x, y int, c color.Color)
}, w, h int, c color.Color) {
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, c)
		}
	}
}

func encodePNG(t testing.TB, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func encodeJPEG(t testing.TB, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 95}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// imageCase is one image kind with the colour expected in the middle of
// it once drawn on a white page.
type imageCase struct {
	name   string
	format string
	data   []byte
	want   color.RGBA
	tol    int // per channel; CMYK→RGB differs between poppler and Go
}

func imageCases(t testing.TB) []imageCase {
	rgb := image.NewRGBA(image.Rect(0, 0, 16, 16))
	fill(rgb, 16, 16, color.RGBA{200, 30, 30, 255})
	gray := image.NewGray(image.Rect(0, 0, 16, 16))
	fill(gray, 16, 16, color.Gray{64})
	pal := image.NewPaletted(image.Rect(0, 0, 16, 16), color.Palette{color.RGBA{0, 0, 0, 255}, color.RGBA{20, 160, 60, 255}})
	fill(pal, 16, 16, color.RGBA{20, 160, 60, 255})
	g16 := image.NewGray16(image.Rect(0, 0, 16, 16))
	fill(g16, 16, 16, color.Gray16{0xC8C8})
	rgb16 := image.NewRGBA64(image.Rect(0, 0, 16, 16))
	fill(rgb16, 16, 16, color.RGBA64{0x1000, 0x4000, 0xF000, 0xFFFF})
	alpha := image.NewNRGBA(image.Rect(0, 0, 16, 16))
	fill(alpha, 16, 16, color.NRGBA{0, 0, 255, 128})
	gralpha := image.NewNRGBA(image.Rect(0, 0, 16, 16)) // grey + alpha
	fill(gralpha, 16, 16, color.NRGBA{0, 0, 0, 64})

	cmyk, err := os.ReadFile(filepath.Join("testdata", "cmyk.jpg"))
	if err != nil {
		t.Fatal(err)
	}
	dec, err := jpeg.Decode(bytes.NewReader(cmyk))
	if err != nil {
		t.Fatal(err)
	}
	b := dec.Bounds()
	cm := color.RGBAModel.Convert(dec.At(b.Dx()/4, b.Dy()/2)).(color.RGBA) // where the test samples

	return []imageCase{
		{"jpeg-rgb", "jpeg", encodeJPEG(t, rgb), color.RGBA{200, 30, 30, 255}, 0},
		{"jpeg-gray", "jpeg", encodeJPEG(t, gray), color.RGBA{64, 64, 64, 255}, 0},
		{"jpeg-cmyk", "jpeg", cmyk, cm, 40},
		{"png-palette", "png", encodePNG(t, pal), color.RGBA{20, 160, 60, 255}, 0},
		{"png-gray16", "png", encodePNG(t, g16), color.RGBA{200, 200, 200, 255}, 0},
		{"png-rgb16", "png", encodePNG(t, rgb16), color.RGBA{16, 64, 240, 255}, 0},
		{"png-alpha", "png", encodePNG(t, alpha), color.RGBA{127, 127, 255, 255}, 0},
		{"png-gray-alpha", "png", encodePNG(t, gralpha), color.RGBA{191, 191, 191, 255}, 0},
		{"svg", "svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10" width="40" height="20">
<rect x="0" y="0" width="10" height="10" fill="#f00"/>
<g transform="translate(10 0)"><path d="M0 0 h10 v10 h-10 Z" style="fill:#00ff00"/></g>
</svg>`), color.RGBA{255, 0, 0, 255}, 0},
	}
}

// imageDoc draws each case 60×30 pt at (20, 20+40i).
func imageDoc(cases []imageCase) *frame.Document {
	page := frame.Page{Width: frame.Points(200), Height: frame.Points(float64(20 + 40*len(cases)))}
	for i, c := range cases {
		page.Items = append(page.Items, &frame.Image{
			Pos:   frame.Point{X: frame.Points(20), Y: frame.Points(float64(20 + 40*i))},
			Width: frame.Points(60), Height: frame.Points(30),
			Source: &frame.ImageSource{Key: c.name, Format: c.format, Data: c.data, Width: 16, Height: 16},
		})
	}
	// The same source twice is one object.
	page.Items = append(page.Items, &frame.Image{Pos: frame.Point{X: frame.Points(100), Y: frame.Points(20)},
		Width: frame.Points(20), Height: frame.Points(20), Source: page.Items[0].(*frame.Image).Source})
	return &frame.Document{Pages: []frame.Page{page}}
}

// TestImagesRender draws every image kind and checks, on a 72 dpi
// rendering by poppler, the colour in the middle of each.
func TestImagesRender(t *testing.T) {
	cases := imageCases(t)
	path := writeFile(t, imageDoc(cases), Options{})
	run(t, "pdftoppm", "-r", "72", "-png", "-singlefile", path, filepath.Join(filepath.Dir(path), "page"))
	f, err := os.ReadFile(filepath.Join(filepath.Dir(path), "page.png"))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x, y := 20+15, 20+40*i+15 // left half: the SVG's left half is red
			got := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			if !near(got, c.want, max(c.tol, 12)) {
				t.Errorf("pixel (%d,%d) = %v, want %v", x, y, got, c.want)
			}
			if c.format == "svg" { // the right half is the translated green path
				if got := color.RGBAModel.Convert(img.At(x+30, y)).(color.RGBA); !near(got, color.RGBA{0, 255, 0, 255}, 12) {
					t.Errorf("pixel (%d,%d) = %v, want green", x+30, y, got)
				}
			}
		})
	}
}

func near(a, b color.RGBA, tol int) bool {
	d := func(x, y uint8) bool { return int(x)-int(y) <= tol && int(y)-int(x) <= tol }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B)
}

func TestImageErrors(t *testing.T) {
	tests := []struct {
		name, format string
		data         []byte
		want         string
	}{
		{"not-jpeg", "jpeg", []byte("GIF89a"), "not a JPEG file"},
		{"truncated-png", "png", []byte("\x89PNG\r\n\x1a\n"), "without header"},
		{"bad-crc-png", "png", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"), make([]byte, 17)...), "bad checksum"},
		{"gif", "gif", []byte("GIF89a"), `unsupported format "gif"`},
		{"huge png", "png", hugePNGHeader(), "too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &frame.Document{Pages: []frame.Page{{Width: frame.Pt, Height: frame.Pt, Items: []frame.Item{
				&frame.Image{Width: frame.Pt, Height: frame.Pt, Source: &frame.ImageSource{Key: tt.name, Format: tt.format, Data: tt.data}},
			}}}}
			var b bytes.Buffer
			err := Write(&b, doc, Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.name) {
				t.Fatalf("Write error = %v, want one naming the image and saying %q", err, tt.want)
			}
			if b.Len() != 0 {
				t.Errorf("%d bytes written before the error", b.Len())
			}
		})
	}
}

// hugePNGHeader returns the start of a PNG claiming 100000×100000 pixels.
func hugePNGHeader() []byte {
	var b bytes.Buffer
	img := image.NewGray(image.Rect(0, 0, 1, 1))
	_ = png.Encode(&b, img)
	data := b.Bytes()
	// IHDR: type at 12..15, width and height at 16..23, CRC at 29..32.
	for _, off := range []int{16, 20} {
		data[off], data[off+1], data[off+2], data[off+3] = 0, 0x01, 0x86, 0xA0
	}
	binary.BigEndian.PutUint32(data[29:], crc32.ChecksumIEEE(data[12:29]))
	return data
}

// TestPNGPassthrough checks that opaque, non-interlaced PNGs are embedded
// without decoding (their IDAT data under /Predictor 15), while PNGs with
// alpha still get a soft mask.
func TestPNGPassthrough(t *testing.T) {
	opaque := image.NewPaletted(image.Rect(0, 0, 8, 8), color.Palette{color.RGBA{0, 0, 0, 255}, color.RGBA{20, 160, 60, 255}})
	translucent := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	fill(translucent, 8, 8, color.NRGBA{10, 20, 30, 128})
	tests := []struct {
		name      string
		img       image.Image
		predictor bool
		smask     bool
	}{
		{"opaque palette", opaque, true, false},
		{"alpha", translucent, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pngData bytes.Buffer
			if err := png.Encode(&pngData, tt.img); err != nil {
				t.Fatal(err)
			}
			doc := &frame.Document{Pages: []frame.Page{{Width: 10 * frame.Pt, Height: 10 * frame.Pt, Items: []frame.Item{
				&frame.Image{Width: 8 * frame.Pt, Height: 8 * frame.Pt, Source: &frame.ImageSource{Key: "k", Format: "png", Data: pngData.Bytes(), Width: 8, Height: 8}},
			}}}}
			var b bytes.Buffer
			if err := Write(&b, doc, Options{}); err != nil {
				t.Fatal(err)
			}
			if got := bytes.Contains(b.Bytes(), []byte("/Predictor 15")); got != tt.predictor {
				t.Errorf("PNG predictor pass-through = %v, want %v", got, tt.predictor)
			}
			if got := bytes.Contains(b.Bytes(), []byte("/SMask")); got != tt.smask {
				t.Errorf("soft mask = %v, want %v", got, tt.smask)
			}
		})
	}
}

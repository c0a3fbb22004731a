package inline

import (
	"flag"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"strings"
	"testing"

	"github.com/briefpress/briefpress/internal/rastertest"
	"github.com/briefpress/briefpress/layout/frame"
	gotext "github.com/go-text/typesetting/font"
	"golang.org/x/image/vector"
)

var pngOut = flag.String("png", "", "TestDebugPage writes its page to this PNG file")

// TestDebugPage sets a mixed English/Arabic paragraph justified LTR and
// RTL and rasterises the glyph outlines, with the measure drawn as two
// rules. Run `go test -run TestDebugPage -args -png out.png` to look at it.
// Without -png it still checks that ink stays inside the measure.
func TestDebugPage(t *testing.T) {
	e := testEngine(t)
	const px = 2 // pixels per point
	width := 260 * frame.Pt
	margin := 20 * frame.Pt
	texts := []struct {
		dir  Direction
		text string
	}{
		{LTR, "The 2024 budget (الميزانية العامة) raised spending on education by 12 percent, but enrolment in rural secondary schools fell; this brief, “Water and Power”, asks parliament to publish quarterly transfer data and to create an independent procurement complaints body."},
		{RTL, "ارتفع الإنفاق على التعليم بنسبة ١٢ في المئة في ميزانية 2024 (Budget Law), لكن معدلات الالتحاق بالمدارس الثانوية في الريف تراجعت؛ وتدعو هذه الورقة البرلمان إلى نشر بيانات التحويلات كل ثلاثة أشهر وإنشاء هيئة مستقلة لشكاوى المشتريات."},
	}
	var all [][]Line
	var height frame.Length = margin
	for _, tt := range texts {
		// The first sentence is bold, the note mark raised.
		head, rest, _ := strings.Cut(tt.text, ",")
		bold := span(head + ",")
		bold.Style.Bold = true
		mark := Span{Text: "1", Style: Style{Size: 6 * frame.Pt, Rise: 4 * frame.Pt}, Note: 1}
		spans := []Span{bold, mark, span(rest)}
		lines, warns, err := e.Layout(&Paragraph{Spans: spans, Dir: tt.dir, Width: width, Indent: 12 * frame.Pt})
		if err != nil {
			t.Fatal(err)
		}
		if len(warns) > 0 {
			t.Errorf("warnings: %v", warns)
		}
		all = append(all, lines)
		for _, ln := range lines {
			height += ln.Leading
		}
		height += 12 * frame.Pt
	}
	w, h := int((width+2*margin).Pt()*px), int((height+margin).Pt()*px)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	rule := color.RGBA{200, 60, 60, 255}
	for y := 0; y < h; y++ {
		img.Set(int(margin.Pt()*px), y, rule)
		img.Set(int((margin+width).Pt()*px), y, rule)
	}
	ras := vector.NewRasterizer(w, h)
	y := margin
	for _, lines := range all {
		for _, ln := range lines {
			y += ln.Ascent
			for _, r := range runsOf(ln) {
				drawRun(t, ras, r, float32((margin+r.Pos.X).Pt()*px), float32((y+r.Pos.Y).Pt()*px), px)
			}
			y += ln.Leading - ln.Ascent
		}
		y += 12 * frame.Pt
	}
	ras.Draw(img, img.Bounds(), image.Black, image.Point{})

	// Ink left of the left rule or right of the right rule means a line
	// escaped the measure.
	lo, hi := int(margin.Pt()*px)-2, int((margin+width).Pt()*px)+2
	for yy := 0; yy < h; yy++ {
		for xx := 0; xx < w; xx++ {
			if xx >= lo && xx <= hi {
				continue
			}
			if c := img.RGBAAt(xx, yy); c.R < 100 && c.G < 100 {
				t.Fatalf("ink outside the measure at (%d, %d)", xx, yy)
			}
		}
	}
	if *pngOut == "" {
		return
	}
	f, err := os.Create(*pngOut)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// drawRun adds the outlines of r's glyphs to ras, with the run's baseline
// origin at (x, y) pixels.
func drawRun(t *testing.T, ras *vector.Rasterizer, r *frame.GlyphRun, x, y float32, px float32) {
	outlines, err := r.Font.Outlines()
	if err != nil {
		t.Fatal(err)
	}
	rastertest.GlyphRun(ras, gotext.NewFace(outlines), r, x, y, px)
}

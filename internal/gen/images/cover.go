package main

import (
	"image"
	"image/color"
	"math"
)

// The cover is a map-like landscape: a sea on the west, land rising in
// contour bands towards the east, a river, and a few settlements. The
// elevation field is a fixed sum of sine waves, so the picture is the same
// on every run and needs no random numbers.

// wave is one term of the elevation field.
type wave struct{ ax, ay, phase, amp float64 }

// elevation returns the height at (x, y) in the unit square; below zero is sea.
func elevation(x, y float64) float64 {
	waves := [...]wave{
		{3.1, 1.7, 0.4, 0.16},
		{5.3, -4.1, 1.9, 0.09},
		{9.7, 7.3, 2.8, 0.05},
		{17.1, -13.9, 0.7, 0.025},
		{1.2, 6.4, 4.1, 0.12},
	}
	h := (x - 0.34) * 1.25 // land rises to the east
	for _, w := range waves {
		h += w.amp * math.Sin(w.ax*x+w.ay*y+w.phase)
	}
	return h
}

// landColors returns the contour bands from the coast upwards.
func landColors() [6]color.RGBA {
	return [6]color.RGBA{
		{233, 222, 196, 255},
		{222, 206, 170, 255},
		{208, 188, 146, 255},
		{192, 168, 124, 255},
		{171, 146, 106, 255},
		{150, 126, 92, 255},
	}
}

// drawCover paints the landscape at w x h pixels.
func drawCover(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for py := range h {
		for px := range w {
			x, y := float64(px)/float64(w), float64(py)/float64(h)
			img.SetRGBA(px, py, coverPixel(x, y))
		}
	}
	drawRiver(img)
	for _, s := range [...][2]float64{{0.52, 0.30}, {0.61, 0.66}, {0.78, 0.45}, {0.47, 0.82}} {
		drawDisc(img, s[0]*float64(w), s[1]*float64(h), 9, color.RGBA{217, 130, 43, 255})
		drawRing(img, s[0]*float64(w), s[1]*float64(h), 16, 3, color.RGBA{15, 76, 92, 255})
	}
	return img
}

// coverPixel is the colour of one point: sea shades by depth, land by band,
// with thin darker contour lines between bands.
func coverPixel(x, y float64) color.RGBA {
	e := elevation(x, y)
	if e < 0 {
		d := math.Min(-e/0.45, 1)
		c := color.RGBA{
			uint8(150 - 110*d),
			uint8(196 - 100*d),
			uint8(206 - 80*d),
			255,
		}
		if e > -0.02 { // surf line
			c = color.RGBA{226, 238, 238, 255}
		}
		return c
	}
	bands := landColors()
	band := e / 0.12
	i := min(int(band), len(bands)-1)
	c := bands[i]
	if f := band - math.Floor(band); f < 0.06 && i < len(bands)-1 {
		c = color.RGBA{c.R - 30, c.G - 30, c.B - 26, 255}
	}
	return c
}

// drawRiver draws a meandering river from the hills down to the coast.
func drawRiver(img *image.RGBA) {
	b := img.Bounds()
	w, h := float64(b.Dx()), float64(b.Dy())
	blue := color.RGBA{40, 110, 140, 255}
	for t := 0.0; t <= 1; t += 0.0004 {
		x := 0.95 - 0.9*t
		y := 0.55 + 0.12*math.Sin(7*t+0.5) + 0.05*math.Sin(19*t)
		if elevation(x, y) < 0 {
			break
		}
		drawDisc(img, x*w, y*h, 2+4*t, blue)
	}
}

// drawDisc fills a circle of radius r centred at (cx, cy).
func drawDisc(img *image.RGBA, cx, cy, r float64, c color.RGBA) {
	for y := int(cy - r); y <= int(cy+r); y++ {
		for x := int(cx - r); x <= int(cx+r); x++ {
			dx, dy := float64(x)-cx, float64(y)-cy
			if dx*dx+dy*dy <= r*r && (image.Point{x, y}).In(img.Bounds()) {
				img.SetRGBA(x, y, c)
			}
		}
	}
}

// drawRing strokes a circle of radius r with the given width.
func drawRing(img *image.RGBA, cx, cy, r, width float64, c color.RGBA) {
	for y := int(cy - r - width); y <= int(cy+r+width); y++ {
		for x := int(cx - r - width); x <= int(cx+r+width); x++ {
			d := math.Hypot(float64(x)-cx, float64(y)-cy)
			if math.Abs(d-r) <= width/2 && (image.Point{x, y}).In(img.Bounds()) {
				img.SetRGBA(x, y, c)
			}
		}
	}
}

package main

import (
	"image"
	"image/color"
)

// chart is a bar chart: groups of bars (one bar per series), values in
// tenths so that labels such as 3.5 print exactly.
type chart struct {
	name   string
	groups [][]int // groups[i][s]: value of series s in group i, in tenths
	max    int     // top of the value axis, in tenths
	step   int     // gridline spacing, in tenths
}

// charts returns the example charts: per-capita renewable water (hundreds of
// cubic metres, falling over eight periods), solar auction prices (US cents
// per kWh, eight auction rounds) and municipal heat spending against need in
// six cities (two series).
func charts() []chart {
	return []chart{
		{
			name:   "chart-water.png",
			groups: [][]int{{112}, {98}, {91}, {84}, {76}, {70}, {63}, {55}},
			max:    120,
			step:   20,
		},
		{
			name:   "chart-solar.png",
			groups: [][]int{{170}, {84}, {58}, {29}, {24}, {17}, {13}, {15}},
			max:    180,
			step:   30,
		},
		{
			name:   "chart-budget.png",
			groups: [][]int{{35, 62}, {28, 47}, {41, 55}, {19, 44}, {24, 38}, {31, 36}},
			max:    70,
			step:   10,
		},
	}
}

// Palette indexes of the chart colours.
const (
	ixBackground = iota
	ixGrid
	ixAxis
	ixPrimary
	ixAccent
	ixLabel
)

// chartPalette returns the chart colours (the example brand's colours).
func chartPalette() color.Palette {
	return color.Palette{
		color.RGBA{255, 255, 255, 255},
		color.RGBA{226, 229, 233, 255},
		color.RGBA{107, 114, 128, 255},
		color.RGBA{15, 76, 92, 255},
		color.RGBA{217, 130, 43, 255},
		color.RGBA{31, 35, 40, 255},
	}
}

// drawChart draws c at w x h pixels into a paletted image.
func drawChart(c chart, w, h int) *image.Paletted {
	img := image.NewPaletted(image.Rect(0, 0, w, h), chartPalette())
	left, right, top, bottom := 110, w-40, 60, h-70
	plotH := bottom - top
	y := func(v int) int { return bottom - v*plotH/c.max }

	for v := 0; v <= c.max; v += c.step {
		fillRect(img, image.Rect(left, y(v), right, y(v)+2), ixGrid)
		drawNumber(img, left-18, y(v)+12, 24, v, ixAxis, alignRight)
	}
	fillRect(img, image.Rect(left, top, left+3, bottom), ixAxis)
	fillRect(img, image.Rect(left, bottom, right, bottom+3), ixAxis)

	slot := (right - left) / len(c.groups)
	for i, g := range c.groups {
		gap := slot / 5
		barW := (slot - 2*gap) / len(g)
		x0 := left + i*slot + gap
		for s, v := range g {
			ix := uint8(ixPrimary + s%2)
			bx := x0 + s*barW
			fillRect(img, image.Rect(bx+2, y(v), bx+barW-2, bottom), ix)
			drawNumber(img, bx+barW/2, y(v)-12, 22, v, ixLabel, alignCenter)
		}
	}
	return img
}

// fillRect fills r (clipped to the image) with palette colour ix.
func fillRect(img *image.Paletted, r image.Rectangle, ix uint8) {
	r = r.Intersect(img.Bounds())
	for py := r.Min.Y; py < r.Max.Y; py++ {
		for px := r.Min.X; px < r.Max.X; px++ {
			img.SetColorIndex(px, py, ix)
		}
	}
}

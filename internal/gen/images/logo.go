package main

import (
	"image"
	"image/color"
	"math"
)

// drawLogoMark draws the data notes' logo mark at n x n pixels: a disc in
// the second brand's primary colour holding three rising bars, with a
// transparent surround (so the PNG has an alpha channel to handle).
func drawLogoMark(n int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, n, n))
	maroon := color.NRGBA{122, 46, 58, 255}
	teal := color.NRGBA{46, 122, 107, 255}
	white := color.NRGBA{255, 255, 255, 255}
	c, r := float64(n)/2, float64(n)/2-2
	for y := range n {
		for x := range n {
			if math.Hypot(float64(x)+0.5-c, float64(y)+0.5-c) <= r {
				img.SetNRGBA(x, y, maroon)
			}
		}
	}
	bar := n / 9
	for i, h := range [...]int{3, 5, 7} {
		x0 := n/2 - 5*bar/2 + i*2*bar
		top := n*3/4 - h*n/18
		for y := top; y < n*3/4; y++ {
			for x := x0; x < x0+bar; x++ {
				img.SetNRGBA(x, y, white)
			}
		}
	}
	for y := n*3/4 + bar/2; y < n*3/4+bar; y++ {
		for x := n / 4; x < n*3/4; x++ {
			img.SetNRGBA(x, y, teal)
		}
	}
	return img
}

package main

import (
	"image"
	"strconv"
)

// Text alignments for drawNumber.
const (
	alignRight = iota
	alignCenter
)

// digitSegments lists, per digit, its lit segments of a seven-segment
// display, in the order a b c d e f g (top, upper right, lower right,
// bottom, lower left, upper left, middle).
func digitSegments(d byte) [7]bool {
	switch d {
	case '0':
		return [7]bool{true, true, true, true, true, true, false}
	case '1':
		return [7]bool{false, true, true, false, false, false, false}
	case '2':
		return [7]bool{true, true, false, true, true, false, true}
	case '3':
		return [7]bool{true, true, true, true, false, false, true}
	case '4':
		return [7]bool{false, true, true, false, false, true, true}
	case '5':
		return [7]bool{true, false, true, true, false, true, true}
	case '6':
		return [7]bool{true, false, true, true, true, true, true}
	case '7':
		return [7]bool{true, true, true, false, false, false, false}
	case '8':
		return [7]bool{true, true, true, true, true, true, true}
	case '9':
		return [7]bool{true, true, true, true, false, true, true}
	}
	return [7]bool{}
}

// tenths formats a value in tenths: 35 -> "3.5", 120 -> "12".
func tenths(v int) string {
	s := strconv.Itoa(v / 10)
	if r := v % 10; r != 0 {
		s += "." + strconv.Itoa(r)
	}
	return s
}

// drawNumber draws v (in tenths) as seven-segment digits of height h whose
// baseline is at y; x is the right edge or the centre, by align.
func drawNumber(img *image.Paletted, x, y, h, v int, ix uint8, align int) {
	s := tenths(v)
	dw, gap, t := h/2, h/5, max(h/8, 2)
	width := 0
	for i := range len(s) {
		if s[i] == '.' {
			width += t + gap
		} else {
			width += dw + gap
		}
	}
	width -= gap
	if align == alignCenter {
		x -= width / 2
	} else {
		x -= width
	}
	for i := range len(s) {
		if s[i] == '.' {
			fillRect(img, image.Rect(x, y-t, x+t, y), ix)
			x += t + gap
			continue
		}
		drawDigit(img, x, y-h, dw, h, t, s[i], ix)
		x += dw + gap
	}
}

// drawDigit draws one digit in the box (x, y, w, h) with stroke t.
func drawDigit(img *image.Paletted, x, y, w, h, t int, d byte, ix uint8) {
	mid := y + h/2
	segs := [7]image.Rectangle{
		image.Rect(x, y, x+w, y+t),             // a
		image.Rect(x+w-t, y, x+w, mid),         // b
		image.Rect(x+w-t, mid, x+w, y+h),       // c
		image.Rect(x, y+h-t, x+w, y+h),         // d
		image.Rect(x, mid, x+t, y+h),           // e
		image.Rect(x, y, x+t, mid),             // f
		image.Rect(x, mid-t/2, x+w, mid-t/2+t), // g
	}
	for i, on := range digitSegments(d) {
		if on {
			fillRect(img, segs[i], ix)
		}
	}
}

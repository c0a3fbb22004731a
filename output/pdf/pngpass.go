package pdf

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
)

// PNG pass-through. In: a PNG file. Out, when the image needs no soft mask
// and is not interlaced: its concatenated IDAT data, which is already a zlib
// stream of PNG-predicted rows, embedded as is with /FlateDecode and
// /DecodeParms /Predictor 15. Nothing is decoded or recompressed, which is
// most of the cost of a PNG otherwise. Images with alpha (colour types 4 and
// 6, or a tRNS chunk) and interlaced ones return ok=false and are decoded.

var pngMagic = []byte("\x89PNG\r\n\x1a\n")

// pngPassthrough fills im from the PNG's chunks when it can; ok reports
// whether it did. err is set only for a malformed file.
func (im *imageRes) pngPassthrough(b []byte) (ok bool, err error) {
	if !bytes.HasPrefix(b, pngMagic) {
		return false, fmt.Errorf("not a PNG file")
	}
	var (
		w, h              uint32
		depth, colorType  byte
		interlace         byte
		palette           []byte
		idat              bytes.Buffer
		sawHeader, sawEnd bool
	)
	for p := len(pngMagic); p < len(b) && !sawEnd; {
		if p+8 > len(b) {
			return false, fmt.Errorf("truncated PNG chunk header")
		}
		n := binary.BigEndian.Uint32(b[p:])
		typ := string(b[p+4 : p+8])
		if uint64(p)+12+uint64(n) > uint64(len(b)) {
			return false, fmt.Errorf("truncated PNG chunk %q", typ)
		}
		data := b[p+8 : p+8+int(n)]
		if crc32.ChecksumIEEE(b[p+4:p+8+int(n)]) != binary.BigEndian.Uint32(b[p+8+int(n):]) {
			return false, fmt.Errorf("PNG chunk %q has a bad checksum", typ)
		}
		p += 12 + int(n)
		switch typ {
		case "IHDR":
			if n < 13 {
				return false, fmt.Errorf("short PNG header")
			}
			w, h = binary.BigEndian.Uint32(data), binary.BigEndian.Uint32(data[4:])
			depth, colorType, interlace = data[8], data[9], data[12]
			sawHeader = true
		case "PLTE":
			palette = data
		case "tRNS":
			return false, nil // transparency: needs a soft mask
		case "IDAT":
			idat.Write(data)
		case "IEND":
			sawEnd = true
		}
	}
	if !sawHeader || idat.Len() == 0 {
		return false, fmt.Errorf("PNG without header or image data")
	}
	if interlace != 0 {
		return false, nil
	}
	var cs string
	colors := 1
	switch colorType {
	case 0:
		cs = "/DeviceGray"
	case 2:
		cs, colors = "/DeviceRGB", 3
	case 3:
		if len(palette) == 0 || len(palette)%3 != 0 {
			return false, fmt.Errorf("palette PNG without a valid palette")
		}
		cs = fmt.Sprintf("[/Indexed /DeviceRGB %d <%x>]", len(palette)/3-1, palette)
	default:
		return false, nil // grey+alpha or RGBA
	}
	if int64(w)*int64(h) > maxPixels {
		return false, fmt.Errorf("PNG of %d×%d pixels is too large (over %d megapixels)", w, h, maxPixels/1_000_000)
	}
	im.w, im.h = int(w), int(h)
	im.dict = fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent %d "+
		"/Filter /FlateDecode /DecodeParms <</Predictor 15 /Colors %d /BitsPerComponent %d /Columns %d>>",
		w, h, cs, depth, colors, depth, w)
	im.data = idat.Bytes()
	im.raw = true
	return true, nil
}

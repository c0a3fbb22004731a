package pdf

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image/color"
	"image/png"
	"strings"

	"github.com/briefpress/briefpress/layout/frame"
)

// maxPixels bounds the size of a PNG the writer decodes into memory.
const maxPixels = 64_000_000

// imageRes is one image file as a PDF XObject.
type imageRes struct {
	src *frame.ImageSource
	res string // resource name, e.g. "Im1"

	// Filled by prepare: a raster image (dict and data, optional soft
	// mask) or an SVG form.
	dict  string
	data  []byte
	raw   bool   // data is already encoded (JPEG): no Flate
	alpha []byte // 8-bit soft mask, nil when opaque
	w, h  int
	svg   *svgForm
}

func (im *imageRes) prepare() error {
	var err error
	switch strings.ToLower(im.src.Format) {
	case "jpeg", "jpg":
		err = im.prepareJPEG()
	case "png":
		err = im.preparePNG()
	case "svg":
		im.svg, err = parseSVG(im.src.Data)
	default:
		err = fmt.Errorf("unsupported format %q", im.src.Format)
	}
	if err != nil {
		return fmt.Errorf("pdf: image %s: %w", im.src.Key, err)
	}
	return nil
}

// prepareJPEG reads the frame header so the file can be embedded as is
// (DCTDecode). The colour space follows the component count; an Adobe
// APP14 marker on a CMYK image means inverted values (as Photoshop
// writes them), hence the /Decode array.
func (im *imageRes) prepareJPEG() error {
	b := im.src.Data
	if len(b) < 4 || b[0] != 0xFF || b[1] != 0xD8 {
		return fmt.Errorf("not a JPEG file")
	}
	adobe := false
	for i := 2; i+4 <= len(b); {
		if b[i] != 0xFF {
			return fmt.Errorf("corrupt JPEG marker at byte %d", i)
		}
		m := b[i+1]
		if m == 0xFF {
			i++
			continue
		}
		if m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7) {
			i += 2
			continue
		}
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		if n < 2 || i+2+n > len(b) {
			return fmt.Errorf("truncated JPEG segment")
		}
		seg := b[i+4 : i+2+n]
		switch {
		case m == 0xEE && len(seg) >= 5 && string(seg[:5]) == "Adobe":
			adobe = true
		case m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC:
			if len(seg) < 6 {
				return fmt.Errorf("truncated JPEG frame header")
			}
			bits := int(seg[0])
			im.h = int(binary.BigEndian.Uint16(seg[1:]))
			im.w = int(binary.BigEndian.Uint16(seg[3:]))
			comps := int(seg[5])
			var cs, decode string
			switch comps {
			case 1:
				cs = "/DeviceGray"
			case 3:
				cs = "/DeviceRGB"
			case 4:
				cs = "/DeviceCMYK"
				if adobe {
					decode = " /Decode [1 0 1 0 1 0 1 0]"
				}
			default:
				return fmt.Errorf("JPEG with %d components", comps)
			}
			if im.w == 0 || im.h == 0 {
				return fmt.Errorf("JPEG without dimensions")
			}
			im.dict = fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent %d%s /Filter /DCTDecode",
				im.w, im.h, cs, bits, decode)
			im.data, im.raw = b, true
			return nil
		}
		i += 2 + n
	}
	return fmt.Errorf("no JPEG frame header")
}

// preparePNG embeds an opaque PNG's compressed data as is (pngpass.go);
// other PNGs are decoded to 8-bit grey or RGB samples plus, when any pixel
// is not opaque, an 8-bit alpha soft mask.
func (im *imageRes) preparePNG() error {
	if ok, err := im.pngPassthrough(im.src.Data); ok || err != nil {
		return err
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(im.src.Data))
	if err != nil {
		return err
	}
	if int64(cfg.Width)*int64(cfg.Height) > maxPixels {
		return fmt.Errorf("PNG of %d×%d pixels is too large (over %d megapixels)", cfg.Width, cfg.Height, maxPixels/1_000_000)
	}
	img, err := png.Decode(bytes.NewReader(im.src.Data))
	if err != nil {
		return err
	}
	r := img.Bounds()
	im.w, im.h = r.Dx(), r.Dy()
	if im.w == 0 || im.h == 0 {
		return fmt.Errorf("empty PNG")
	}
	gray := false
	switch img.ColorModel() {
	case color.GrayModel, color.Gray16Model:
		gray = true
	}
	comps := 3
	if gray {
		comps = 1
	}
	data := make([]byte, 0, im.w*im.h*comps)
	alpha := make([]byte, 0, im.w*im.h)
	opaqueAll := true
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := color.NRGBA64Model.Convert(img.At(x, y)).(color.NRGBA64)
			if gray {
				data = append(data, uint8(c.R>>8))
			} else {
				data = append(data, uint8(c.R>>8), uint8(c.G>>8), uint8(c.B>>8))
			}
			a := uint8(c.A >> 8)
			if a != 0xFF {
				opaqueAll = false
			}
			alpha = append(alpha, a)
		}
	}
	cs := "/DeviceRGB"
	if gray {
		cs = "/DeviceGray"
	}
	im.dict = fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8", im.w, im.h, cs)
	im.data = data
	if !opaqueAll {
		im.alpha = alpha
	}
	return nil
}

func (im *imageRes) write(o *objWriter, r ref, compress bool) {
	if im.svg != nil {
		im.svg.write(o, r, compress)
		return
	}
	if im.raw {
		o.stream(r, im.dict, im.data, false)
		return
	}
	dict := im.dict
	var mask ref
	if im.alpha != nil {
		mask = o.alloc()
		dict += " /SMask " + mask.String()
	}
	o.stream(r, dict, im.data, compress)
	if im.alpha != nil {
		o.stream(mask, fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8", im.w, im.h), im.alpha, compress)
	}
}

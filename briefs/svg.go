package briefs

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// looksLikeSVG sniffs an SVG document in its first kilobyte.
func looksLikeSVG(data []byte) bool {
	head := data[:min(len(data), 1024)]
	return bytes.Contains(head, []byte("<svg"))
}

// svgSize reads the root <svg> element's viewBox (preferred) or its
// width and height, without rendering anything.
func svgSize(data []byte) (w, h int, err error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	for range 256 {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, 0, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Local != "svg" {
			return 0, 0, fmt.Errorf("root element is <%s>, not <svg>", se.Name.Local)
		}
		var vb, ws, hs string
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "viewBox":
				vb = a.Value
			case "width":
				ws = a.Value
			case "height":
				hs = a.Value
			}
		}
		if f := strings.Fields(strings.ReplaceAll(vb, ",", " ")); len(f) == 4 {
			vw, e1 := strconv.ParseFloat(f[2], 64)
			vh, e2 := strconv.ParseFloat(f[3], 64)
			if e1 == nil && e2 == nil && vw > 0 && vh > 0 && vw < 1e7 && vh < 1e7 {
				return int(vw + 0.5), int(vh + 0.5), nil
			}
			return 0, 0, fmt.Errorf("bad viewBox %q", vb)
		}
		fw, e1 := strconv.ParseFloat(strings.TrimRight(ws, "ptxmcin%"), 64)
		fh, e2 := strconv.ParseFloat(strings.TrimRight(hs, "ptxmcin%"), 64)
		if e1 == nil && e2 == nil && fw > 0 && fh > 0 && fw < 1e7 && fh < 1e7 {
			return int(fw + 0.5), int(fh + 0.5), nil
		}
		return 0, 0, errors.New("the <svg> element has neither a viewBox nor a width and height")
	}
	return 0, 0, errors.New("no <svg> element")
}

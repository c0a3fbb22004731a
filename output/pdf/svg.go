package pdf

import "fmt"

// svgForm is an SVG drawing converted to a PDF form XObject in viewBox
// units with y up.
type svgForm struct {
	width, height float64
	content       []byte
	alphas        []float64
}

func parseSVG(data []byte) (*svgForm, error) { return nil, fmt.Errorf("SVG not yet supported") }

func (f *svgForm) write(o *objWriter, r ref, compress bool) {}

package inline

import "errors"

// state holds the engine's shaper, segmenter and caches (to be written).
type state struct{}

func newState() *state { return &state{} }

// Layout breaks p into lines of at most p.Width.
func (e *Engine) Layout(p *Paragraph) ([]Line, []Warning, error) {
	return nil, nil, errors.New("inline: not yet implemented")
}

// Shape sets spans on one unbroken line at their natural width (for
// headers, footers, TOC entries and page numbers).
func (e *Engine) Shape(spans []Span, dir Direction, lang string) (Line, error) {
	return Line{}, errors.New("inline: not yet implemented")
}

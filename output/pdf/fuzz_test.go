package pdf

import (
	"bytes"
	"testing"
)

// FuzzParseSVG checks that no SVG input makes the converter panic, and
// that accepted input gives a positive size.
func FuzzParseSVG(f *testing.F) {
	f.Add([]byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0 a5 5 0 1 1 10 0 Q1 1 2 2 T3 3 S4 4 5 5 z"/></svg>`))
	f.Add([]byte(`<svg width="4" height="4"><g transform="rotate(45 2 2) skewX(10)"><rect width="4" height="4" rx="9" style="fill:#abc;opacity:.5"/></g></svg>`))
	f.Add([]byte(`<svg viewBox="0 0 1 1"><polygon points="0,0 1,0 1"/></svg>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		form, err := parseSVG(data)
		if err == nil && !(form.width > 0 && form.height > 0) {
			t.Errorf("accepted an SVG with size %v×%v", form.width, form.height)
		}
	})
}

// FuzzPathData checks that path data never panics and that the output
// only holds path operators.
func FuzzPathData(f *testing.F) {
	for _, d := range []string{"M0 0L1 1Z", "m1-2.5.5e1 3", "M0 0A1 2 30 1 0 5 5", "M0 0 c1 1 2 2 3 3 s1 1 2 2 t1 1"} {
		f.Add(d)
	}
	f.Fuzz(func(t *testing.T, d string) {
		var b bytes.Buffer
		if err := writePathData(pathWriter{&b}, d); err != nil {
			return
		}
		for _, line := range bytes.Split(bytes.TrimSpace(b.Bytes()), []byte("\n")) {
			if len(line) == 0 {
				continue
			}
			switch op := line[len(line)-1]; op {
			case 'm', 'l', 'c', 'h':
			default:
				t.Fatalf("unexpected operator %q in %q", op, line)
			}
		}
	})
}

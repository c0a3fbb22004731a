package briefs

import "golang.org/x/text/unicode/bidi"

// String returns "auto", "ltr" or "rtl".
func (d Direction) String() string {
	switch d {
	case LTR:
		return "ltr"
	case RTL:
		return "rtl"
	}
	return "auto"
}

// langDir is the base direction implied by a language tag.
func langDir(lang string) Direction {
	switch baseLang(lang) {
	case "ar", "fa", "ur", "he", "iw", "ps", "sd", "ug", "yi", "ckb", "dv":
		return RTL
	}
	return LTR
}

// strongDir is the direction of the first strong character of s, or Auto.
func strongDir(s string) Direction {
	for _, r := range s {
		p, _ := bidi.LookupRune(r)
		switch p.Class() {
		case bidi.L:
			return LTR
		case bidi.R, bidi.AL:
			return RTL
		}
	}
	return Auto
}

// firstStrong is the direction of the first strong character of inline
// content (note references skipped), or Auto.
func firstStrong(in []Inline) Direction {
	for _, x := range in {
		var d Direction
		switch v := x.(type) {
		case *Text:
			d = strongDir(v.Text)
		case *Code:
			d = strongDir(v.Text)
		case *Emph:
			d = firstStrong(v.Content)
		case *Strong:
			d = firstStrong(v.Content)
		case *Link:
			d = firstStrong(v.Content)
		}
		if d != Auto {
			return d
		}
	}
	return Auto
}

// dirOf is firstStrong with a fallback.
func dirOf(in []Inline, base Direction) Direction {
	if d := firstStrong(in); d != Auto {
		return d
	}
	return base
}

// blocksDir is the direction of the first block with a strong character.
func blocksDir(bs []Block, base Direction) Direction {
	for _, b := range bs {
		var d Direction
		switch v := b.(type) {
		case *Paragraph:
			d = firstStrong(v.Content)
		case *Heading:
			d = firstStrong(v.Content)
		case *Figure:
			d = firstStrong(v.Caption)
		case *List:
			for _, it := range v.Items {
				if d = blocksDir(it.Blocks, Auto); d != Auto {
					break
				}
			}
		case *Quote:
			d = blocksDir(v.Blocks, Auto)
		}
		if d != Auto {
			return d
		}
	}
	return base
}

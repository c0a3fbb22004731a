package inline

// Exact bidi levels. go-text's bidi.Runs groups characters by the parity of
// their level only (its buildRuns splits where even turns odd), and a run's
// Level is that of its first character. In a left-to-right paragraph this
// merges level 0 and level 2, so a number inside Arabic text ("فبراير ١٤")
// and the English that follows it ("٢٠٢٥, https://…") were reordered as one
// block and the line came out scrambled. The parities are right; this file
// restores the levels of the even characters that UAX #9 puts at 2:
//
//   - numbers in right-to-left context (rule I1): Arabic-Indic digits (AN)
//     always, European digits (EN) unless the last strong character before
//     them is left to right (W7); separators inside a number (W4) and
//     terminators next to European digits (W5) go with it;
//   - everything even inside a right-to-left isolate (RLI, or FSI whose
//     first strong character is right to left).
//
// A right-to-left paragraph needs no repair: without explicit embeddings
// its levels are only 1 and 2, which parity tells apart.

import "github.com/go-text/typesetting/bidi"

// Bidi isolate controls.
const (
	lri = 0x2066
	rli = 0x2067
	fsi = 0x2068
	pdi = 0x2069
)

// exactLevels fixes levels (from go-text, parity-correct) for a paragraph
// whose base direction is dir.
func exactLevels(text []rune, dir Direction, levels []bidi.Level) {
	if dir == RTL {
		return
	}
	var stack []bool       // per open isolate: right to left?
	lastStrongRTL := false // sos of an LTR paragraph is L
	for i := 0; i < len(text); i++ {
		r := text[i]
		switch r {
		case lri, rli, fsi:
			rtl := r == rli
			if r == fsi {
				rtl = firstStrong(isolateContent(text[i+1:])) == RTL
			}
			stack = append(stack, rtl)
			levels[i] = 0
			continue
		case pdi:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			levels[i] = 0
			continue
		}
		if n := len(stack); n > 0 {
			// Inside an isolate (the innermost one decides): an RTL
			// isolate is at level 1 with its LTR parts and numbers at 2;
			// an LTR isolate at level 2 with its RTL parts at 3.
			switch {
			case levels[i]%2 == 0:
				levels[i] = 2
			case stack[n-1]:
				levels[i] = 1
			default:
				levels[i] = 3
			}
			continue
		}
		if levels[i]%2 == 0 {
			levels[i] = 0 // go-text may have given the whole even run 2
		}
		switch strongClass(r) {
		case 1:
			lastStrongRTL = false
			continue
		case -1:
			lastStrongRTL = true
			continue
		}
		if !isDigit(r) {
			continue
		}
		j := numberEnd(text, i)
		arabic := false
		for _, c := range text[i:j] {
			arabic = arabic || isArabicIndicDigit(c)
		}
		if arabic || lastStrongRTL {
			k := i
			if !arabic { // W5: terminators just before European digits join them
				for k > 0 && isTerminator(text[k-1]) && levels[k-1]%2 == 0 {
					k--
				}
			}
			for ; k < j; k++ {
				if levels[k]%2 == 0 {
					levels[k] = 2
				}
			}
		} else {
			for k := i; k < j; k++ {
				if levels[k]%2 == 0 {
					levels[k] = 0
				}
			}
		}
		i = j - 1
	}
}

// isolateContent returns text up to the PDI that closes an isolate opened
// just before it (or to the end).
func isolateContent(text []rune) []rune {
	depth := 0
	for i, r := range text {
		switch r {
		case lri, rli, fsi:
			depth++
		case pdi:
			if depth == 0 {
				return text[:i]
			}
			depth--
		}
	}
	return text
}

// numberEnd returns the end of the number starting at text[i]: digits,
// separators between digits (W4) and terminators after them (W5).
func numberEnd(text []rune, i int) int {
	j := i
	for j < len(text) {
		switch {
		case isDigit(text[j]):
			j++
		case isSeparator(text[j]) && j+1 < len(text) && isDigit(text[j+1]):
			j++
		default:
			for j < len(text) && isTerminator(text[j]) {
				j++
			}
			return j
		}
	}
	return j
}

func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || isArabicIndicDigit(r) || r >= 0x06F0 && r <= 0x06F9
}

// isArabicIndicDigit reports the digits of bidi class AN.
func isArabicIndicDigit(r rune) bool { return r >= 0x0660 && r <= 0x0669 }

// isSeparator reports the common number separators (bidi classes CS, ES
// and the Arabic decimal and thousands separators).
func isSeparator(r rune) bool {
	switch r {
	case ',', '.', ':', '/', '+', '-', 0x00A0, 0x066B, 0x066C, 0x060C:
		return true
	}
	return false
}

// isTerminator reports the common European terminators (bidi class ET).
func isTerminator(r rune) bool {
	switch r {
	case '%', '$', '#', 0x00B0, 0x00A2, 0x00A3, 0x00A5, 0x20AC, 0x2030, 0x066A, '+', 0x2212:
		return true
	}
	return false
}

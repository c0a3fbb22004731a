package fonts

// FamilyInfo describes one font family of a registry, for `briefpress fonts`.
type FamilyInfo struct {
	Family  string
	Styles  []string // "Regular", "Bold", "Italic", "Bold Italic", in that order
	Scripts []string // scripts the family's first face covers, e.g. "Latin", "Arabic"
	Builtin bool     // one of the embedded Noto families
	Err     error    // set when a face of the family failed to parse
}

// scriptSample is a script name and the letters that must be (mostly)
// covered for a font to count as covering the script.
type scriptSample struct {
	name   string
	ranges []runeRange
}

// scriptSamples returns the sample table (a function, so that no mutable
// table lives at package level).
func scriptSamples() []scriptSample {
	return []scriptSample{
		{"Latin", []runeRange{{'A', 'Z'}, {'a', 'z'}, {0xC0, 0xFF}}},
		{"Greek", []runeRange{{0x391, 0x3A1}, {0x3A3, 0x3A9}, {0x3B1, 0x3C9}}},
		{"Cyrillic", []runeRange{{0x410, 0x44F}}},
		{"Armenian", []runeRange{{0x531, 0x556}}},
		{"Hebrew", []runeRange{{0x5D0, 0x5EA}}},
		{"Arabic", []runeRange{{0x621, 0x63A}, {0x641, 0x64A}}},
		{"Persian", []runeRange{{0x67E, 0x67E}, {0x686, 0x686}, {0x698, 0x698}, {0x6A9, 0x6A9}, {0x6AF, 0x6AF}, {0x6CC, 0x6CC}}},
		{"Urdu", []runeRange{{0x679, 0x679}, {0x688, 0x688}, {0x691, 0x691}, {0x6BA, 0x6BA}, {0x6D2, 0x6D2}}},
		{"Devanagari", []runeRange{{0x905, 0x939}}},
		{"Thai", []runeRange{{0xE01, 0xE2E}}},
		{"Georgian", []runeRange{{0x10D0, 0x10F0}}},
		{"Sinhala", []runeRange{{0xD85, 0xD96}, {0xD9A, 0xDB1}}},
		{"CJK", []runeRange{{0x4E00, 0x4EFF}}},
	}
}

// scriptsOf lists the sample scripts at least 90% covered by cov.
func scriptsOf(cov coverage) []string {
	var out []string
	for _, s := range scriptSamples() {
		total, have := 0, 0
		for _, rr := range s.ranges {
			total += int(rr.hi-rr.lo) + 1
			have += cov.count(rr.lo, rr.hi)
		}
		if have*10 >= total*9 {
			out = append(out, s.name)
		}
	}
	return out
}

// Describe lists the registry's families in registry order (built-in first)
// with their styles and covered scripts. It parses every font.
func (r *Registry) Describe() []FamilyInfo {
	var out []FamilyInfo
	index := map[string]int{}
	builtin := map[string]bool{}
	for _, b := range builtinFaces {
		builtin[b.family] = true
	}
	type styles [4]bool
	var have []styles
	for _, f := range r.Fonts() {
		i, ok := index[f.family]
		if !ok {
			i = len(out)
			index[f.family] = i
			info := FamilyInfo{Family: f.family, Builtin: builtin[f.family]}
			if _, err := f.Parsed(); err != nil {
				info.Err = err
			} else {
				info.Scripts = scriptsOf(f.cov)
			}
			out = append(out, info)
			have = append(have, styles{})
		}
		s := 0
		if f.bold {
			s += 2
		}
		if f.italic {
			s++
		}
		have[i][s] = true
	}
	for i := range out {
		for _, s := range []int{0, 2, 1, 3} {
			if have[i][s] {
				out[i].Styles = append(out[i].Styles, [4]string{"Regular", "Italic", "Bold", "Bold Italic"}[s])
			}
		}
	}
	return out
}

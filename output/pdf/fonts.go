package pdf

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
	sfnt "github.com/tdewolff/font"
)

// fontRes is one font as used by the document: the glyphs drawn with it,
// the text each glyph stands for in the ToUnicode map and, once prepared,
// its subset and metrics.
type fontRes struct {
	font *fonts.Font
	res  string            // resource name, e.g. "F1"
	sf   *sfnt.SFNT        // parsed original
	text map[uint16]string // original glyph ID → ToUnicode text (first seen)

	// Filled by prepare.
	gids   []uint16          // original glyph IDs in subset order (index = CID)
	cid    map[uint16]uint16 // original glyph ID → CID (subset glyph ID)
	file   []byte            // subset font program
	tag    string            // subset tag, e.g. "ABCDEF"
	upem   float64
	widths []float64 // by CID, in thousandths of em
}

func newFontRes(f *fonts.Font, res string) (*fontRes, error) {
	data, err := f.Data()
	if err != nil {
		return nil, fmt.Errorf("pdf: font %s: %w", f.Name(), err)
	}
	sf, err := sfnt.ParseSFNT(data, f.Index())
	if err != nil {
		return nil, fmt.Errorf("pdf: font %s: %w", f.Name(), err)
	}
	if !sf.IsTrueType && !sf.IsCFF {
		return nil, fmt.Errorf("pdf: font %s: neither TrueType nor CFF outlines", f.Name())
	}
	if _, ok := sf.Tables["CFF2"]; ok {
		return nil, fmt.Errorf("pdf: font %s: CFF2 (variable) outlines are not supported", f.Name())
	}
	return &fontRes{font: f, res: res, sf: sf, text: map[uint16]string{}, upem: float64(sf.Head.UnitsPerEm)}, nil
}

// use records one occurrence of glyph id standing for text.
func (fr *fontRes) use(id uint16, text string) error {
	if id >= fr.sf.NumGlyphs() {
		return fmt.Errorf("pdf: font %s has no glyph %d", fr.font.Name(), id)
	}
	if _, ok := fr.text[id]; !ok {
		fr.text[id] = text
	}
	return nil
}

// prepare subsets the font to the used glyphs. CIDs are the subset's
// glyph IDs: 0 is .notdef, then the used glyphs in ascending order.
func (fr *fontRes) prepare() error {
	fr.gids = []uint16{0}
	for id := range fr.text {
		if id != 0 {
			fr.gids = append(fr.gids, id)
		}
	}
	slices.Sort(fr.gids[1:])
	fr.cid = make(map[uint16]uint16, len(fr.gids))
	h := sha256.New()
	h.Write([]byte(fr.font.Name()))
	for i, id := range fr.gids {
		fr.cid[id] = uint16(i)
		h.Write([]byte{byte(id >> 8), byte(id)})
	}
	sum := h.Sum(nil)
	var tag [6]byte
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	fr.tag = string(tag[:])

	opts := sfnt.SubsetOptions{Tables: sfnt.KeepPDFTables}
	sub, err := fr.sf.Subset(slices.Clone(fr.gids), opts)
	if err != nil {
		return fmt.Errorf("pdf: subsetting font %s: %w", fr.font.Name(), err)
	}
	fr.file, err = fixHeadModified(sub.Write())
	if err != nil {
		return fmt.Errorf("pdf: subsetting font %s: %w", fr.font.Name(), err)
	}
	fr.widths = make([]float64, len(fr.gids))
	for i, id := range fr.gids {
		fr.widths[i] = math.Round(float64(fr.sf.Hmtx.Advance(id))*1000/fr.upem*100) / 100
	}
	return nil
}

// advance returns the width of CID c in thousandths of em, as written in /W.
func (fr *fontRes) advance(c uint16) float64 { return fr.widths[c] }

// fixHeadModified makes a font file written by tdewolff/font deterministic:
// its writer stamps head.modified with the current time, so copy
// head.created over it and recompute the checksums.
func fixHeadModified(b []byte) ([]byte, error) {
	if len(b) < 12 {
		return nil, fmt.Errorf("font file too short")
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	for i := range n {
		rec := 12 + 16*i
		if rec+16 > len(b) || string(b[rec:rec+4]) != "head" {
			continue
		}
		off := int(binary.BigEndian.Uint32(b[rec+8:]))
		length := int(binary.BigEndian.Uint32(b[rec+12:]))
		if length < 54 || off+length > len(b) {
			return nil, fmt.Errorf("bad head table")
		}
		head := b[off : off+length]
		copy(head[28:36], head[20:28])
		binary.BigEndian.PutUint32(head[8:], 0)
		end := min(off+(length+3)&^3, len(b))
		binary.BigEndian.PutUint32(b[rec+4:], checksum(b[off:end]))
		binary.BigEndian.PutUint32(head[8:], 0xB1B0AFBA-checksum(b))
		return b, nil
	}
	return nil, fmt.Errorf("no head table")
}

func checksum(b []byte) uint32 {
	var s uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		s += binary.BigEndian.Uint32(w[:])
	}
	return s
}

// psName returns a PostScript-safe base font name.
func psName(f *fonts.Font) string {
	var b strings.Builder
	for _, r := range f.Name() {
		if r > ' ' && r < 0x7f && !strings.ContainsRune("()<>[]{}/%#", r) {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "Font"
	}
	return b.String()
}

// writeFont writes the Type0 font at r and its descendants.
func (fr *fontRes) write(o *objWriter, r ref) {
	cidRef, descRef, fileRef, cmapRef := o.alloc(), o.alloc(), o.alloc(), o.alloc()
	base := fr.tag + "+" + psName(fr.font)
	o.obj(r, fmt.Sprintf("<</Type /Font /Subtype /Type0 /BaseFont %s /Encoding /Identity-H /DescendantFonts [%s] /ToUnicode %s>>",
		name(base), cidRef, cmapRef))

	sub, file := "/CIDFontType2", "/FontFile2 "+fileRef.String()
	c2g := " /CIDToGIDMap /Identity"
	if fr.sf.IsCFF {
		sub, file, c2g = "/CIDFontType0", "/FontFile3 "+fileRef.String(), ""
	}
	o.obj(cidRef, fmt.Sprintf("<</Type /Font /Subtype %s /BaseFont %s /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor %s /DW %s /W %s%s>>",
		sub, name(base), descRef, num(fr.widths[0]), widthArray(fr.widths), c2g))

	o.obj(descRef, fmt.Sprintf("<</Type /FontDescriptor /FontName %s %s %s>>", name(base), fr.descriptor(), file))
	if fr.sf.IsCFF {
		o.stream(fileRef, "/Subtype /OpenType", fr.file, true)
	} else {
		o.stream(fileRef, fmt.Sprintf("/Length1 %d", len(fr.file)), fr.file, true)
	}
	o.stream(cmapRef, "", toUnicodeCMap(fr), true)
}

// Font descriptor flags (ISO 32000-1 table 123).
const (
	flagFixedPitch = 1 << 0
	flagSerif      = 1 << 1
	flagSymbolic   = 1 << 2
	flagItalic     = 1 << 6
)

// descriptor returns the metric entries of the FontDescriptor.
func (fr *fontRes) descriptor() string {
	sf := fr.sf
	k := 1000 / fr.upem
	flags := flagSymbolic // glyphs are addressed by CID, outside the Latin set
	if sf.Post != nil && sf.Post.IsFixedPitch != 0 {
		flags |= flagFixedPitch
	}
	italicAngle := 0.0
	if sf.Post != nil {
		italicAngle = sf.Post.ItalicAngle
	}
	if italicAngle != 0 || fr.font.Italic() {
		flags |= flagItalic
	}
	ascent, descent := float64(sf.Hhea.Ascender), float64(sf.Hhea.Descender)
	capHeight := ascent * 0.7
	weight := 400.0
	if os2 := sf.OS2; os2 != nil {
		if cls := os2.SFamilyClass >> 8; cls >= 1 && cls <= 7 {
			flags |= flagSerif
		}
		if os2.Version >= 2 && os2.SCapHeight > 0 {
			capHeight = float64(os2.SCapHeight)
		}
		if os2.UsWeightClass > 0 {
			weight = float64(os2.UsWeightClass)
		}
	}
	fam := strings.ToLower(fr.font.Family())
	if strings.Contains(fam, "serif") && !strings.Contains(fam, "sans") {
		flags |= flagSerif
	}
	stemV := math.Round(10 + 220*(weight-50)/900)
	h := sf.Head
	return fmt.Sprintf("/Flags %d /FontBBox [%s %s %s %s] /ItalicAngle %s /Ascent %s /Descent %s /CapHeight %s /StemV %s",
		flags, num(math.Round(float64(h.XMin)*k)), num(math.Round(float64(h.YMin)*k)),
		num(math.Round(float64(h.XMax)*k)), num(math.Round(float64(h.YMax)*k)),
		num(italicAngle), num(math.Round(ascent*k)), num(math.Round(descent*k)),
		num(math.Round(capHeight*k)), num(stemV))
}

// widthArray writes /W compactly: runs of equal widths as "first last w",
// other consecutive CIDs as "first [w1 w2 …]". CID 0 (.notdef) is left to
// /DW.
func widthArray(w []float64) string {
	var b strings.Builder
	b.WriteByte('[')
	for i := 1; i < len(w); {
		j := i + 1
		for j < len(w) && w[j] == w[i] {
			j++
		}
		if j-i >= 3 {
			fmt.Fprintf(&b, "%d %d %s ", i, j-1, num(w[i]))
			i = j
			continue
		}
		// A list up to the next run of 3 equal widths.
		j = i + 1
		for j < len(w) && !(j+2 < len(w) && w[j] == w[j+1] && w[j] == w[j+2]) {
			j++
		}
		fmt.Fprintf(&b, "%d [", i)
		for k := i; k < j; k++ {
			if k > i {
				b.WriteByte(' ')
			}
			b.WriteString(num(w[k]))
		}
		b.WriteString("] ")
		i = j
	}
	return strings.TrimRight(b.String(), " ") + "]"
}

// glyphTexts returns, for each glyph of run, the text that occurrence
// stands for. A cluster of one glyph stands for the whole cluster text (so
// a ligature maps to all its characters). In a cluster of several glyphs,
// a glyph that is the cmap glyph of one of the cluster's characters takes
// that character; the characters left over go, in logical order, to the
// first glyph in logical order that has none; the remaining glyphs stand
// for nothing.
func glyphTexts(run *frame.GlyphRun, cmap func(rune) uint16) []string {
	out := make([]string, len(run.Glyphs))
	gs := run.Glyphs
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && gs[j].Start == gs[i].Start && gs[j].End == gs[i].End {
			j++
		}
		text := clusterText(run.Text, gs[i].Start, gs[i].End)
		if j-i == 1 {
			out[i] = text
			i = j
			continue
		}
		// Glyph indices of the cluster in logical order.
		order := make([]int, 0, j-i)
		for k := i; k < j; k++ {
			order = append(order, k)
		}
		if run.RTL {
			slices.Reverse(order)
		}
		assigned := make([]bool, j-i)
		var left []rune
		for _, r := range text {
			g := cmap(r)
			found := false
			for _, k := range order {
				if g != 0 && !assigned[k-i] && gs[k].ID == g {
					out[k], assigned[k-i], found = string(r), true, true
					break
				}
			}
			if !found {
				left = append(left, r)
			}
		}
		if len(left) > 0 {
			target := order[0]
			for _, k := range order {
				if !assigned[k-i] {
					target = k
					break
				}
			}
			out[target] = string(left) + out[target]
		}
		i = j
	}
	return out
}

func clusterText(s string, start, end int) string {
	start = max(0, min(start, len(s)))
	end = max(start, min(end, len(s)))
	return s[start:end]
}

// cmapGlyph returns the font's glyph for r (0 when it has none).
func (fr *fontRes) cmapGlyph(r rune) uint16 { return fr.sf.GlyphIndex(r) }

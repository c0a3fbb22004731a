package pdf

import (
	"bytes"
	"fmt"
	"unicode/utf16"
)

// toUnicodeCMap builds the ToUnicode CMap of a subset font: each CID maps
// to the text its glyph stood for at its first use (ligatures to all their
// characters). Glyphs that stand for no text are left out. Later uses that
// stand for different text are covered by /ActualText spans in the page
// content.
func toUnicodeCMap(fr *fontRes) []byte {
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	type entry struct {
		cid  int
		text string
	}
	var entries []entry
	for cid, id := range fr.gids {
		if t := fr.text[id]; t != "" && cid != 0 {
			entries = append(entries, entry{cid, t})
		}
	}
	for len(entries) > 0 {
		n := min(len(entries), 100)
		fmt.Fprintf(&b, "%d beginbfchar\n", n)
		for _, e := range entries[:n] {
			fmt.Fprintf(&b, "<%04X> <", e.cid)
			for _, u := range utf16.Encode([]rune(e.text)) {
				fmt.Fprintf(&b, "%04X", u)
			}
			b.WriteString(">\n")
		}
		b.WriteString("endbfchar\n")
		entries = entries[n:]
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return b.Bytes()
}

package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Block kinds.
const (
	kindHeading = iota
	kindPara    // English paragraph: may carry note markers
	kindOther   // Arabic paragraph, list, table, figure, rule, page break
)

// block is one Markdown block of the body, before notes are placed.
type block struct {
	kind      int
	chapter   int
	sentences []string // kindPara: the sentences, joined with spaces
	text      string   // other kinds: the Markdown
}

// markdown returns the block's Markdown text.
func (b block) markdown() string {
	if b.kind == kindPara {
		return strings.Join(b.sentences, " ")
	}
	return b.text
}

// composer builds one brief from a config and a seeded source.
type composer struct {
	cfg    config
	rng    *rand.Rand
	blocks []block
	words  int   // words in blocks so far
	deck   []int // shuffled sentence-bank indexes still to deal
}

// compose returns the brief for cfg; equal configs give equal bytes.
func compose(cfg config) []byte {
	c := &composer{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.seed, cfg.seed^0x9e3779b97f4a7c15))}
	notes := c.noteTexts()
	noteWords := 0
	for _, n := range notes {
		noteWords += countWords(n) + 1 // the "[^nK]:" label
	}
	c.body(cfg.words - noteWords - 3*cfg.citations)
	var b strings.Builder
	c.frontMatter(&b)
	c.placeNotes(&b, notes)
	return []byte(b.String())
}

// countWords counts words as wc -w does.
func countWords(s string) int { return len(strings.Fields(s)) }

// add appends a block and counts its words.
func (c *composer) add(bl block) {
	c.blocks = append(c.blocks, bl)
	c.words += countWords(bl.markdown())
}

// body lays out chapters and sections, adding paragraphs until the running
// word count reaches each section's share of target.
func (c *composer) body(target int) {
	chapters := outline()[:c.cfg.chapters]
	total := 0
	for _, ch := range chapters {
		total += c.sectionCount(ch)
	}
	done, figures, tables, arabic := 0, 0, 0, 0
	subs := subsectionTitles()
	for ci, ch := range chapters {
		if ci == len(chapters)-1 {
			c.add(block{kind: kindOther, chapter: ci, text: "* * *"})
		}
		if ci > 0 && c.cfg.newpageEachChapter {
			c.add(block{kind: kindOther, chapter: ci, text: `\newpage`})
		}
		c.add(block{kind: kindHeading, chapter: ci, text: "# " + ch.title})
		c.add(c.paragraph(ci, 3))
		for si, title := range ch.sections[:c.sectionCount(ch)] {
			c.add(block{kind: kindHeading, chapter: ci, text: "## " + title})
			done++
			goal := target * done / total
			if si == 0 && figures < c.cfg.figures && ci%2 == 1 || ci == len(chapters)-1 && figures < c.cfg.figures {
				c.add(c.paragraph(ci, 4))
				c.add(c.figure(ci, figures))
				figures++
			}
			if si == 1 && tables < c.cfg.tables && ci%2 == 0 {
				c.add(c.paragraph(ci, 4))
				c.add(c.table(ci))
				tables++
			}
			if si == len(ch.sections)-1 && arabic < c.cfg.arabic && ci%2 == 0 {
				c.add(c.arabicParagraph(ci))
				arabic++
			}
			sub, start := false, c.words
			for c.words < goal {
				switch r := c.rng.IntN(10); {
				case r == 0:
					c.add(c.list(ci))
				case r == 1 && !sub && c.words-start > 150 && goal-c.words > 300:
					c.add(block{kind: kindHeading, chapter: ci, text: "### " + subs[c.rng.IntN(len(subs))]})
					sub = true
				default:
					c.add(c.paragraph(ci, 4+c.rng.IntN(4)))
				}
			}
		}
	}
}

// sectionCount is how many of ch's sections the config keeps.
func (c *composer) sectionCount(ch chapter) int {
	if c.cfg.sections > 0 && c.cfg.sections < len(ch.sections) {
		return c.cfg.sections
	}
	return len(ch.sections)
}

// paragraph returns an English paragraph of n sentences; about one in
// twenty sentences carries an Arabic phrase.
func (c *composer) paragraph(ch, n int) block {
	bank, phrases := sentenceBank(), arabicPhraseBank()
	sentences := make([]string, n)
	for i := range sentences {
		t := bank[c.deal(len(bank))]
		if c.rng.IntN(20) == 0 {
			t = phrases[c.rng.IntN(len(phrases))]
		}
		sentences[i] = c.fill(t)
	}
	return block{kind: kindPara, chapter: ch, sentences: sentences}
}

// deal returns the next sentence index from a shuffled deck of n, so that
// every template is used before any repeats.
func (c *composer) deal(n int) int {
	if len(c.deck) == 0 {
		c.deck = c.rng.Perm(n)
	}
	i := c.deck[0]
	c.deck = c.deck[1:]
	return i
}

// arabicParagraph returns a paragraph of four Arabic sentences.
func (c *composer) arabicParagraph(ch int) block {
	bank := arabicSentenceBank()
	order := c.rng.Perm(len(bank))
	s := make([]string, 4)
	for i := range s {
		s[i] = c.fill(bank[order[i]])
	}
	return block{kind: kindOther, chapter: ch, text: strings.Join(s, " ")}
}

// list returns a bullet or numbered list, sometimes nested, sometimes with
// an item of two paragraphs.
func (c *composer) list(ch int) block {
	items := listBank()
	n := 3 + c.rng.IntN(3)
	start := c.rng.IntN(len(items))
	style := c.rng.IntN(4)
	var b strings.Builder
	for i := range n {
		item := sentenceCase(items[(start+i)%len(items)]) + "."
		marker, indent := "- ", "  "
		if style >= 2 {
			marker, indent = fmt.Sprintf("%d. ", i+1), "   "
		}
		b.WriteString(marker + item + "\n")
		switch {
		case style == 1 && i == 1:
			for j := range 2 {
				b.WriteString(indent + "- " + sentenceCase(items[(start+n+j)%len(items)]) + ".\n")
			}
		case style == 3 && i == 0:
			b.WriteString("\n" + indent + c.fill(sentenceBank()[c.rng.IntN(len(sentenceBank()))]) + "\n\n")
		}
	}
	return block{kind: kindOther, chapter: ch, text: strings.TrimRight(b.String(), "\n")}
}

// table returns a GFM table of indicators for six cities.
func (c *composer) table(ch int) block {
	cities := cityBank()
	first := c.rng.IntN(len(cities))
	var b strings.Builder
	b.WriteString("| City | Population (thousands) | Peak temperature (°C) | Water losses | Heat budget per resident |\n")
	b.WriteString("|:-----|-----------------------:|:---------------------:|-------------:|-------------------------:|\n")
	for i := range 6 {
		fmt.Fprintf(&b, "| %s | %s | %d.%d | %d%% | $%d.%02d |\n",
			cities[(first+i)%len(cities)], thousands(150+c.rng.IntN(4200)),
			41+c.rng.IntN(7), c.rng.IntN(10), 12+c.rng.IntN(30), 1+c.rng.IntN(9), c.rng.IntN(100))
	}
	b.WriteString("\nFigures are LIPR estimates for the most recent year available.")
	return block{kind: kindOther, chapter: ch, text: b.String()}
}

// figure returns the i-th figure.
func (c *composer) figure(ch, i int) block {
	f := figureBank()[i%len(figureBank())]
	return block{kind: kindOther, chapter: ch, text: fmt.Sprintf("![%s](%s%s)", f[0], c.cfg.assets, f[1])}
}

// sentenceCase upper-cases the first letter of an ASCII phrase.
func sentenceCase(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

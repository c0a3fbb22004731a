package epub

import (
	"fmt"
	"strings"

	"github.com/briefpress/briefpress/briefs"
)

// This file generates the style sheet from the brand: colours, the embedded
// fonts, sizes, RTL rules, pull quotes, tables and notes.

func cssColor(c briefs.Color) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// cssString quotes s as a CSS string.
func cssString(s string) string {
	s = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", " ").Replace(s)
	return `"` + s + `"`
}

// stylesheet returns the CSS for the document: fam are the four role
// families, embedded the font files (only these get @font-face rules).
func stylesheet(brand *briefs.Brand, fam [numRoles]string, embedded []embeddedFont, rtl, arabic bool) string {
	c := briefs.DefaultBrand().Colors
	if brand != nil && brand.Colors != (briefs.Colors{}) {
		c = brand.Colors
	}
	var b strings.Builder
	for _, f := range embedded {
		weight, st := 400, "normal"
		if f.font.Bold() {
			weight = 700
		}
		if f.font.Italic() {
			st = "italic"
		}
		fmt.Fprintf(&b, "@font-face { font-family: %s; font-weight: %d; font-style: %s; src: url(../fonts/%s); }\n",
			cssString(f.family), weight, st, f.file)
	}
	body := cssString(fam[roleBody]) + ", " + cssString(fam[roleArabicBody]) + ", serif"
	head := cssString(fam[roleHeading]) + ", " + cssString(fam[roleArabicHeading]) + ", sans-serif"
	if rtl {
		// Neutral characters (punctuation, digits) take the Arabic face.
		body = cssString(fam[roleArabicBody]) + ", " + cssString(fam[roleBody]) + ", serif"
		head = cssString(fam[roleArabicHeading]) + ", " + cssString(fam[roleHeading]) + ", sans-serif"
	}
	size, lead := "100%", "1.5"
	if arabic {
		size, lead = "110%", "1.75"
	}
	if !arabic {
		// As in the PDF: pull quotes and captions in italic, except in
		// Arabic script, which has no italic (size and colour carry it).
		b.WriteString("blockquote.pull, figcaption { font-style: italic; }\n")
		b.WriteString("blockquote.pull [dir=rtl], blockquote.pull[dir=rtl], figcaption[dir=rtl] { font-style: normal; }\n")
	}
	fmt.Fprintf(&b, `body { font-family: %s; font-size: %s; line-height: %s; color: %s; margin: 0 4%%; }
h1, h2, h3, h4 { font-family: %s; }
h1, h2, h3, h4 { color: %s; font-weight: bold; line-height: 1.25; page-break-after: avoid; }
h1 { font-size: 1.6em; margin: 1em 0 .6em; }
h2 { font-size: 1.3em; margin: 1.2em 0 .5em; }
h3 { font-size: 1.12em; margin: 1em 0 .4em; }
h4 { font-size: 1em; margin: 1em 0 .3em; }
.num { color: %s; }
p { margin: 0 0 .7em; }
[dir=ltr] { text-align: left; }
[dir=rtl] { text-align: right; }
ul, ol { margin: 0 0 .7em; padding-left: 1.6em; padding-right: 0; }
[dir=rtl] ul, [dir=rtl] ol, ul[dir=rtl], ol[dir=rtl] { padding-left: 0; padding-right: 1.6em; }
[dir=rtl] ul[dir=ltr], [dir=rtl] ol[dir=ltr] { padding-left: 1.6em; padding-right: 0; }
li > p { margin-bottom: .3em; }
blockquote.pull { margin: 1.2em 0; padding: .2em 1em; border-left: 4px solid %s; border-right: 0; color: %s; font-size: 1.12em; }
[dir=rtl] blockquote.pull, blockquote.pull[dir=rtl] { border-left: 0; border-right: 4px solid %s; }
[dir=rtl] blockquote.pull[dir=ltr] { border-right: 0; border-left: 4px solid %s; }
figure { margin: 1.2em 0; text-align: center; page-break-inside: avoid; }
figure img { max-width: 100%%; height: auto; }
figcaption { font-size: .85em; color: %s; margin-top: .4em; }
table { border-collapse: collapse; width: 100%%; margin: 1em 0; font-size: .9em; }
th, td { padding: .3em .5em; vertical-align: top; }
th { border-bottom: 2px solid %s; color: %s; }
td { border-bottom: 1px solid %s; }
.a-l { text-align: left; }
.a-c { text-align: center; }
.a-r { text-align: right; }
hr { border: 0; border-top: 1px solid %s; margin: 1.5em 25%%; }
code, pre { font-family: monospace; font-size: .9em; }
pre { white-space: pre-wrap; background: %s; padding: .6em .8em; text-align: left; }
a { color: %s; }
a.noteref, a.back { text-decoration: none; }
sup { line-height: 0; font-size: .75em; }
aside.note { font-size: .85em; margin: .4em 0; }
aside.note p { margin-bottom: .3em; }
.notes { margin-top: 2em; border-top: 1px solid %s; padding-top: .5em; }
.kind { color: %s; font-size: .95em; margin-bottom: .3em; }
.title { font-size: 2em; margin: .2em 0 .4em; }
.subtitle { font-size: 1.25em; color: %s; }
.authors, .date { color: %s; }
.abstract { background: %s; border-left: 4px solid %s; padding: .8em 1em; margin: 1.5em 0; }
[dir=rtl] .abstract { border-left: 0; border-right: 4px solid %s; }
.cover { margin: 0; padding: 0; text-align: center; }
.cover img { max-width: 100%%; max-height: 95%%; }
.credit { font-size: .75em; color: %s; }
ol.sources li { margin-bottom: .5em; }
.logo { max-width: 40%%; height: auto; }
nav ol { list-style: none; }
[hidden] { display: none; }
`, body, size, lead, cssColor(c.Text), head,
		cssColor(c.Primary), cssColor(c.Accent),
		cssColor(c.Accent), cssColor(c.Primary), cssColor(c.Accent), cssColor(c.Accent),
		cssColor(c.Muted),
		cssColor(c.Primary), cssColor(c.Primary), cssColor(c.Muted),
		cssColor(c.Accent),
		cssColor(c.Background),
		cssColor(c.Primary),
		cssColor(c.Muted),
		cssColor(c.Accent), cssColor(c.Muted), cssColor(c.Muted),
		cssColor(c.Background), cssColor(c.Primary), cssColor(c.Primary),
		cssColor(c.Muted))
	return b.String()
}

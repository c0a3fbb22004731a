package frame

import "time"

// Document is a laid-out document: what a PDF writer needs, and nothing more.
type Document struct {
	Pages   []Page
	Outline []OutlineEntry
	Labels  []PageLabel
	Meta    Metadata
}

// OutlineEntry is one bookmark. Level 1 is top level; entries are in
// document order and nest by level. Dest is the Name of an Anchor.
type OutlineEntry struct {
	Title string
	Level int
	Dest  string
}

// LabelStyle is the numbering style of a page-label range.
type LabelStyle uint8

// Page-label styles.
const (
	LabelNone        LabelStyle = iota // prefix only (e.g. an unnumbered cover)
	LabelDecimal                       // 1, 2, 3
	LabelRomanLower                    // i, ii, iii
	LabelArabicIndic                   // ١, ٢, ٣ (written as per-page prefixes)
)

// PageLabel starts a label range at page index StartPage (0-based).
type PageLabel struct {
	StartPage int
	Style     LabelStyle
	Prefix    string
	First     int // the number of the range's first page (default 1)
}

// Metadata is the document information for Info and XMP.
type Metadata struct {
	Title    string
	Subject  string // subtitle or abstract summary
	Authors  []string
	Keywords []string
	Lang     string    // BCP 47
	RTL      bool      // base direction (ViewerPreferences /Direction /R2L)
	Creator  string    // the brand name
	Producer string    // "briefpress <version>"
	Date     time.Time // creation and modification date; set by the caller
}

package briefs

// Pos is a position in the brief file: 1-based line and column (column in
// runes). A zero Pos means "no position" (e.g. generated nodes).
type Pos struct{ Line, Col int }

// Direction is a writing direction.
type Direction uint8

// Directions. Every resolved block carries LTR or RTL, never Auto.
const (
	Auto Direction = iota
	LTR
	RTL
)

// Document is a parsed and resolved brief: metadata, body blocks, the notes
// (footnotes and citations in one numbered sequence) and the sources list.
// It is built by Parse and read by layout and the EPUB writer; it holds no
// goldmark types.
type Document struct {
	File    string // the brief's path as given to Parse
	Meta    Meta
	Dir     Direction // base direction of the document (from lang/dir)
	Blocks  []Block
	Notes   []*Note   // in number order: Notes[i].Number == i+1
	Sources []*Source // the sources list, in the order of references
	// Brand is the brand file named by the front matter's brand key, loaded
	// and validated; nil when the brief names none (or Options.SkipBrand).
	Brand *Brand
}

// Meta is the front matter, validated and with defaults applied.
type Meta struct {
	Title        string
	Subtitle     string
	Kind         string
	Authors      []Author
	Date         *Date  // nil when absent
	Lang         string // BCP 47, default "en"
	Abstract     []Block
	Keywords     []string
	Cover        *Cover
	BrandPath    string // as written in the brief; "" for the built-in brand
	TOC          bool
	TOCDepth     int
	References   []Reference
	SourcesTitle string // defaulted by lang
	Identifier   string // defaulted to a UUID derived from title + date
	Rights       string
	Draft        bool
}

// Author is one author of the brief.
type Author struct {
	Name        string
	Affiliation string
}

// Date is a calendar date (no time zone).
type Date struct{ Year, Month, Day int }

// Cover is the cover picture.
type Cover struct {
	Image  *Asset
	Credit string
	Alt    string
}

// Reference is one CSL YAML reference.
type Reference struct {
	Pos            Pos
	ID             string
	Type           string
	Title          string
	ContainerTitle string
	Publisher      string
	URL            string
	Issued         *Date
	Accessed       *Date
	Language       string
	Authors        []Name
}

// Name is a CSL name: family/given, or a literal (an organisation).
type Name struct {
	Family, Given, Literal string
}

// Asset is a file the brief refers to (image, logo, font), already opened
// inside the build root, checked, and read into memory.
type Asset struct {
	Path   string // as written in the brief or brand file
	Data   []byte
	Format string // "png", "jpeg", "svg", "ttf", "otf", "ttc"
	Width  int    // pixels (SVG: viewBox units); 0 for fonts
	Height int
	Hash   string // hex SHA-256 of Data
}

// Block is a block-level node. The implementations are the pointer types
// below; the set is closed.
type Block interface {
	Position() Pos
	isBlock()
}

// Inline is an inline node; the set is closed.
type Inline interface{ isInline() }

// Heading is a section heading (Level 1..4). ID is a unique slug usable as a
// link target and anchor name (pandoc's auto_identifiers rules).
type Heading struct {
	Pos     Pos
	Level   int
	ID      string
	Content []Inline
	Dir     Direction
}

// Paragraph is a paragraph of inline content.
type Paragraph struct {
	Pos     Pos
	Content []Inline
	Dir     Direction
}

// List is a bullet or numbered list.
type List struct {
	Pos     Pos
	Ordered bool
	Start   int // first number of an ordered list
	Tight   bool
	Items   []*ListItem
	Dir     Direction // direction of the list as a whole (its first item)
}

// ListItem is one list item; it may hold several blocks, nested lists included.
type ListItem struct {
	Pos    Pos
	Blocks []Block
	Dir    Direction
}

// Quote is a block quote, set as a pull quote.
type Quote struct {
	Pos    Pos
	Blocks []Block
	Dir    Direction
}

// Figure is an image on its own with its caption (the Markdown alt text).
type Figure struct {
	Pos     Pos
	Image   *Asset
	Caption []Inline
	Alt     string // plain-text caption, for alt attributes
	Dir     Direction
}

// Table is a GFM pipe table.
type Table struct {
	Pos    Pos
	Align  []Align // one per column
	Header []*Cell
	Rows   [][]*Cell
	Dir    Direction
}

// Align is a table column alignment.
type Align uint8

// Column alignments.
const (
	AlignDefault Align = iota
	AlignLeft
	AlignCenter
	AlignRight
)

// Cell is one table cell.
type Cell struct {
	Content []Inline
	Dir     Direction
}

// CodeBlock is a fenced or indented code block.
type CodeBlock struct {
	Pos  Pos
	Lang string
	Text string
}

// Rule is a thematic break (horizontal rule).
type Rule struct{ Pos Pos }

// PageBreak is `\newpage` alone on a line (PDF only).
type PageBreak struct{ Pos Pos }

// Text is plain text.
type Text struct{ Text string }

// Emph is emphasis (italic).
type Emph struct{ Content []Inline }

// Strong is strong emphasis (bold).
type Strong struct{ Content []Inline }

// Code is inline code.
type Code struct{ Text string }

// Link is a hyperlink (also autolinks). URL is absolute (http, https or
// mailto); internal links to headings use "#" + Heading.ID.
type Link struct {
	URL     string
	Content []Inline
}

// LineBreak is a hard line break.
type LineBreak struct{}

// NoteRef is a reference to note number Note.Number, from a footnote
// reference or a citation.
type NoteRef struct {
	Pos  Pos
	Note *Note
}

// Note is a footnote or a citation note. Number counts from 1 in order of
// first reference; ID is unique ("fn-label" or "cite-3") for anchors.
type Note struct {
	Pos      Pos // the definition (footnotes) or the first reference (citations)
	Number   int
	ID       string
	Citation bool
	Blocks   []Block
	Dir      Direction
}

// Source is one entry of the sources list, formatted from a Reference.
type Source struct {
	Ref     *Reference
	Content []Inline
	Dir     Direction
}

// Brand is a validated brand file (or the built-in brand).
type Brand struct {
	File      string // "" for the built-in brand
	Name      string
	ShortName string
	Logo      *Asset
	Website   string
	Email     string
	Colors    Colors
	Fonts     BrandFonts
	Page      PageSpec
	Header    string // template with {title} {kind} {page} {pages} {date} {name}
	Footer    string
	About     []Block
	// NumberHeadings numbers headings ("1", "1.1") in both outputs
	// (brand key "heading-numbers", default false).
	NumberHeadings bool
}

// Colors are the brand colours.
type Colors struct {
	Primary, Accent, Text, Muted, Background Color
}

// Color is an sRGB colour, from "#RRGGBB".
type Color struct{ R, G, B uint8 }

// BrandFonts are the brand's four font roles.
type BrandFonts struct {
	Body, Heading, ArabicBody, ArabicHeading FontRef
}

// FontRef is a built-in family name, or a font file from the brand.
type FontRef struct {
	Family string // built-in family name ("Noto Serif"), when File is nil
	File   *Asset
}

// PageSpec is the page size and margins, in points.
type PageSpec struct {
	Width, Height             float64
	Top, Bottom, Inner, Outer float64
}

// Position returns where the block starts in the brief.
func (b *Heading) Position() Pos { return b.Pos }

// Position returns where the block starts in the brief.
func (b *Paragraph) Position() Pos { return b.Pos }

// Position returns where the block starts in the brief.
func (b *List) Position() Pos { return b.Pos }

// Position returns where the block starts in the brief.
func (b *Quote) Position() Pos { return b.Pos }

// Position returns where the block starts in the brief.
func (b *Figure) Position() Pos { return b.Pos }

// Position returns where the block starts in the brief.
func (b *Table) Position() Pos { return b.Pos }

// Position returns where the block starts in the brief.
func (b *CodeBlock) Position() Pos { return b.Pos }

// Position returns where the block starts in the brief.
func (b *Rule) Position() Pos { return b.Pos }

// Position returns where the block starts in the brief.
func (b *PageBreak) Position() Pos { return b.Pos }

func (*Heading) isBlock()   {}
func (*Paragraph) isBlock() {}
func (*List) isBlock()      {}
func (*Quote) isBlock()     {}
func (*Figure) isBlock()    {}
func (*Table) isBlock()     {}
func (*CodeBlock) isBlock() {}
func (*Rule) isBlock()      {}
func (*PageBreak) isBlock() {}

func (*Text) isInline()      {}
func (*Emph) isInline()      {}
func (*Strong) isInline()    {}
func (*Code) isInline()      {}
func (*Link) isInline()      {}
func (*LineBreak) isInline() {}
func (*NoteRef) isInline()   {}

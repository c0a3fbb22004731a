package pdf

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"github.com/briefpress/briefpress/layout/frame"
)

// pdfDate formats t as a PDF date in UTC: D:YYYYMMDDHHmmSSZ.
func pdfDate(t time.Time) string { return "D:" + t.UTC().Format("20060102150405") + "Z" }

// infoDict returns the document information dictionary. Dates come only
// from Meta.Date; a zero date leaves them out.
func infoDict(m frame.Metadata) string {
	var b strings.Builder
	b.WriteString("<<")
	add := func(key, v string) {
		if v != "" {
			fmt.Fprintf(&b, "/%s %s ", key, textString(v))
		}
	}
	add("Title", m.Title)
	add("Author", strings.Join(m.Authors, ", "))
	add("Subject", m.Subject)
	add("Keywords", strings.Join(m.Keywords, ", "))
	add("Creator", m.Creator)
	add("Producer", m.Producer)
	if !m.Date.IsZero() {
		d := pdfDate(m.Date)
		fmt.Fprintf(&b, "/CreationDate (%s) /ModDate (%s) ", d, d)
	}
	return strings.TrimRight(b.String(), " ") + ">>"
}

// xmpPacket returns the XMP metadata stream (stored uncompressed so that
// tools can find it).
func xmpPacket(m frame.Metadata) []byte {
	var b bytes.Buffer
	esc := func(s string) string {
		var e bytes.Buffer
		_ = xml.EscapeText(&e, []byte(s))
		return e.String()
	}
	lang := m.Lang
	if lang == "" {
		lang = "x-default"
	}
	b.WriteString("<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" +
		"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
		"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
	if m.Title != "" {
		fmt.Fprintf(&b, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title>\n", esc(m.Title))
	}
	if len(m.Authors) > 0 {
		b.WriteString("<dc:creator><rdf:Seq>")
		for _, a := range m.Authors {
			fmt.Fprintf(&b, "<rdf:li>%s</rdf:li>", esc(a))
		}
		b.WriteString("</rdf:Seq></dc:creator>\n")
	}
	if m.Subject != "" {
		fmt.Fprintf(&b, "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:description>\n", esc(m.Subject))
	}
	if len(m.Keywords) > 0 {
		b.WriteString("<dc:subject><rdf:Bag>")
		for _, k := range m.Keywords {
			fmt.Fprintf(&b, "<rdf:li>%s</rdf:li>", esc(k))
		}
		b.WriteString("</rdf:Bag></dc:subject>\n")
		fmt.Fprintf(&b, "<pdf:Keywords>%s</pdf:Keywords>\n", esc(strings.Join(m.Keywords, ", ")))
	}
	fmt.Fprintf(&b, "<dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>\n", esc(lang))
	if !m.Date.IsZero() {
		d := m.Date.UTC().Format("2006-01-02T15:04:05Z")
		fmt.Fprintf(&b, "<xmp:CreateDate>%s</xmp:CreateDate>\n<xmp:ModifyDate>%s</xmp:ModifyDate>\n", d, d)
	}
	if m.Creator != "" {
		fmt.Fprintf(&b, "<xmp:CreatorTool>%s</xmp:CreatorTool>\n", esc(m.Creator))
	}
	if m.Producer != "" {
		fmt.Fprintf(&b, "<pdf:Producer>%s</pdf:Producer>\n", esc(m.Producer))
	}
	b.WriteString("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
	return b.Bytes()
}

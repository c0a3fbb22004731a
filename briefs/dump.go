package briefs

import (
	"encoding/json"
	"fmt"
)

// obj is one JSON object; encoding/json writes map keys sorted, so the
// output is deterministic.
type obj = map[string]any

// DumpJSON returns the document model as indented JSON, each node tagged
// with its type ("type": "paragraph"). Asset bytes are replaced by their
// hash. The output is deterministic; it backs `briefpress dump` and the
// golden tests.
func DumpJSON(doc *Document) ([]byte, error) {
	if doc == nil {
		return nil, fmt.Errorf("briefs: DumpJSON of a nil document")
	}
	m := doc.Meta
	meta := obj{
		"title": m.Title, "subtitle": m.Subtitle, "kind": m.Kind, "lang": m.Lang,
		"authors": dumpAuthors(m.Authors), "keywords": m.Keywords, "brand": m.BrandPath,
		"toc": m.TOC, "toc-depth": m.TOCDepth, "sources-title": m.SourcesTitle,
		"identifier": m.Identifier, "rights": m.Rights, "draft": m.Draft,
		"abstract": dumpBlocks(m.Abstract),
	}
	if m.Date != nil {
		meta["date"] = isoDate(*m.Date)
	}
	if m.Cover != nil {
		meta["cover"] = obj{"image": dumpAsset(m.Cover.Image), "credit": m.Cover.Credit, "alt": m.Cover.Alt}
	}
	var refs []any
	for _, r := range m.References {
		refs = append(refs, obj{"id": r.ID, "type": r.Type, "title": r.Title,
			"container-title": r.ContainerTitle, "publisher": r.Publisher, "URL": r.URL,
			"issued": dumpDate(r.Issued), "accessed": dumpDate(r.Accessed),
			"language": r.Language, "authors": dumpNames(r.Authors), "line": r.Pos.Line})
	}
	meta["references"] = refs
	var notes []any
	for _, n := range doc.Notes {
		notes = append(notes, obj{"type": "note", "number": n.Number, "id": n.ID,
			"citation": n.Citation, "dir": n.Dir.String(), "pos": dumpPos(n.Pos), "blocks": dumpBlocks(n.Blocks)})
	}
	var sources []any
	for _, s := range doc.Sources {
		sources = append(sources, obj{"type": "source", "id": s.Ref.ID, "dir": s.Dir.String(), "content": dumpInlines(s.Content)})
	}
	out := obj{"type": "document", "file": doc.File, "dir": doc.Dir.String(), "meta": meta,
		"blocks": dumpBlocks(doc.Blocks), "notes": notes, "sources": sources}
	if doc.Brand != nil {
		out["brand"] = obj{"file": doc.Brand.File, "name": doc.Brand.Name}
	}
	return json.MarshalIndent(out, "", "  ")
}

func dumpPos(p Pos) string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

func dumpDate(d *Date) any {
	if d == nil {
		return nil
	}
	return isoDate(*d)
}

func dumpAsset(a *Asset) any {
	if a == nil {
		return nil
	}
	return obj{"path": a.Path, "format": a.Format, "width": a.Width, "height": a.Height, "sha256": a.Hash}
}

func dumpBlocks(bs []Block) []any {
	out := []any{}
	for _, b := range bs {
		out = append(out, dumpBlock(b))
	}
	return out
}

func dumpBlock(b Block) obj {
	o := obj{"pos": dumpPos(b.Position())}
	switch v := b.(type) {
	case *Heading:
		o["type"], o["level"], o["id"], o["dir"], o["content"] = "heading", v.Level, v.ID, v.Dir.String(), dumpInlines(v.Content)
	case *Paragraph:
		o["type"], o["dir"], o["content"] = "paragraph", v.Dir.String(), dumpInlines(v.Content)
	case *List:
		var items []any
		for _, it := range v.Items {
			items = append(items, obj{"type": "item", "pos": dumpPos(it.Pos), "dir": it.Dir.String(), "blocks": dumpBlocks(it.Blocks)})
		}
		o["type"], o["ordered"], o["start"], o["tight"], o["dir"], o["items"] = "list", v.Ordered, v.Start, v.Tight, v.Dir.String(), items
	case *Quote:
		o["type"], o["dir"], o["blocks"] = "quote", v.Dir.String(), dumpBlocks(v.Blocks)
	case *Figure:
		o["type"], o["dir"], o["caption"], o["alt"], o["image"] = "figure", v.Dir.String(), dumpInlines(v.Caption), v.Alt, dumpAsset(v.Image)
	case *Table:
		var align []string
		for _, a := range v.Align {
			align = append(align, [...]string{"default", "left", "center", "right"}[a])
		}
		rows := []any{}
		for _, r := range v.Rows {
			rows = append(rows, dumpCells(r))
		}
		o["type"], o["dir"], o["align"], o["header"], o["rows"] = "table", v.Dir.String(), align, dumpCells(v.Header), rows
	case *CodeBlock:
		o["type"], o["lang"], o["text"] = "code", v.Lang, v.Text
	case *Rule:
		o["type"] = "rule"
	case *PageBreak:
		o["type"] = "pagebreak"
	}
	return o
}

func dumpCells(cs []*Cell) []any {
	out := []any{}
	for _, c := range cs {
		out = append(out, obj{"type": "cell", "dir": c.Dir.String(), "content": dumpInlines(c.Content)})
	}
	return out
}

func dumpInlines(in []Inline) []any {
	out := []any{}
	for _, x := range in {
		switch v := x.(type) {
		case *Text:
			out = append(out, obj{"type": "text", "text": v.Text})
		case *Emph:
			out = append(out, obj{"type": "emph", "content": dumpInlines(v.Content)})
		case *Strong:
			out = append(out, obj{"type": "strong", "content": dumpInlines(v.Content)})
		case *Code:
			out = append(out, obj{"type": "code", "text": v.Text})
		case *Link:
			out = append(out, obj{"type": "link", "url": v.URL, "content": dumpInlines(v.Content)})
		case *LineBreak:
			out = append(out, obj{"type": "linebreak"})
		case *NoteRef:
			out = append(out, obj{"type": "noteref", "number": v.Note.Number, "pos": dumpPos(v.Pos)})
		}
	}
	return out
}

func dumpAuthors(as []Author) []any {
	out := []any{}
	for _, a := range as {
		out = append(out, obj{"name": a.Name, "affiliation": a.Affiliation})
	}
	return out
}

func dumpNames(ns []Name) []any {
	out := []any{}
	for _, n := range ns {
		out = append(out, obj{"family": n.Family, "given": n.Given, "literal": n.Literal})
	}
	return out
}

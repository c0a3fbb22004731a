package briefs

import (
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// refKeys are the CSL fields briefpress uses.
var refKeys = []string{"id", "type", "title", "container-title", "publisher",
	"URL", "issued", "accessed", "language", "author"}

// cslOtherKeys are CSL variables briefpress accepts and ignores, so that a
// pandoc references list works unchanged. Any other key is an error (with
// the nearest known key), since it is most likely a misspelling.
var cslOtherKeys = []string{"abstract", "annote", "archive", "archive_location",
	"archive-place", "authority", "call-number", "chapter-number", "citation-key",
	"citation-label", "collection-editor", "collection-number", "collection-title",
	"composer", "container-author", "container-title-short", "dimensions",
	"director", "DOI", "edition", "editor", "event", "event-date", "event-place",
	"event-title", "genre", "illustrator", "interviewer", "ISBN", "ISSN", "issue",
	"jurisdiction", "keyword", "license", "medium", "note", "number",
	"number-of-pages", "number-of-volumes", "original-date", "original-publisher",
	"original-publisher-place", "original-title", "page", "page-first", "PMCID",
	"PMID", "publisher-place", "recipient", "references", "reviewed-author",
	"reviewed-title", "scale", "section", "source", "status", "submitted",
	"title-short", "translator", "version", "volume", "year-suffix",
	"available-date", "categories", "custom", "shortTitle", "short-title"}

// decodeReferences decodes the CSL YAML references list.
func (p *parseState) decodeReferences(y *yamlDoc, v ast.Node) []Reference {
	items, ok := y.list("references", v)
	if !ok {
		return nil
	}
	all := append(append([]string{}, refKeys...), cslOtherKeys...)
	other := map[string]bool{}
	for _, k := range cslOtherKeys {
		other[k] = true
	}
	seen := map[string]Pos{}
	var out []Reference
	for _, it := range items {
		entries, ok := y.mapping("reference", it)
		if !ok {
			continue
		}
		r := Reference{Pos: y.nodePos(it)}
		for _, e := range entries {
			if isNull(e.value) {
				continue
			}
			switch e.key {
			case "id":
				r.ID, _ = y.str(e.key, e.value)
				r.Pos = e.keyPos
			case "type":
				r.Type, _ = y.str(e.key, e.value)
			case "title":
				r.Title, _ = y.str(e.key, e.value)
			case "container-title":
				r.ContainerTitle, _ = y.str(e.key, e.value)
			case "publisher":
				r.Publisher, _ = y.str(e.key, e.value)
			case "URL":
				r.URL, _ = y.str(e.key, e.value)
			case "language":
				r.Language, _ = y.str(e.key, e.value)
			case "issued":
				r.Issued = p.decodeCSLDate(y, e.key, e.value)
			case "accessed":
				r.Accessed = p.decodeCSLDate(y, e.key, e.value)
			case "author":
				r.Authors = p.decodeNames(y, e.value)
			default:
				if !other[e.key] {
					y.unknownKey(e, all)
				}
			}
		}
		if r.ID == "" {
			p.rep.errorf(y.nodePos(it), "reference without an \"id\"")
			continue
		}
		if prev, dup := seen[r.ID]; dup {
			p.rep.errorf(r.Pos, "duplicate reference id %q (first at line %d)", r.ID, prev.Line)
			continue
		}
		seen[r.ID] = r.Pos
		out = append(out, r)
	}
	return out
}

// decodeCSLDate accepts "2022-09-15" (or "2022-09", "2022") and
// {date-parts: [[2022, 9, 15]]} with partial parts.
func (p *parseState) decodeCSLDate(y *yamlDoc, key string, v ast.Node) *Date {
	switch n := unwrap(v).(type) {
	case *ast.StringNode, *ast.IntegerNode:
		s, _ := y.str(key, n)
		d, err := parseDate(strings.TrimSpace(s), true)
		if err != nil {
			p.rep.errorf(y.nodePos(v), "key %q (line %d): %v", key, y.nodePos(v).Line, err)
			return nil
		}
		return &d
	case *ast.MappingNode, *ast.MappingValueNode:
		entries, _ := y.mapping(key, n)
		var d *Date
		for _, e := range entries {
			switch e.key {
			case "date-parts":
				d = p.decodeDateParts(y, key, e.value)
			case "literal", "season", "circa", "raw":
			default:
				y.unknownKey(e, []string{"date-parts", "literal", "season", "circa", "raw"})
			}
		}
		return d
	}
	p.rep.errorf(y.nodePos(v), "key %q (line %d): expected a date (YYYY-MM-DD or {date-parts: [[Y, M, D]]}), found %s", key, y.nodePos(v).Line, kindName(v))
	return nil
}

func (p *parseState) decodeDateParts(y *yamlDoc, key string, v ast.Node) *Date {
	outer, ok := y.list("date-parts", v)
	if !ok {
		return nil
	}
	if len(outer) == 0 {
		p.rep.errorf(y.nodePos(v), "key \"date-parts\" (line %d): empty", y.nodePos(v).Line)
		return nil
	}
	inner, ok := y.list("date-parts", outer[0])
	if !ok {
		return nil
	}
	if len(inner) < 1 || len(inner) > 3 {
		p.rep.errorf(y.nodePos(outer[0]), "key \"date-parts\" (line %d): expected [year, month, day] with 1 to 3 numbers, found %d", y.nodePos(outer[0]).Line, len(inner))
		return nil
	}
	var n [3]int
	for i, x := range inner {
		var ok bool
		if s, isStr := unwrap(x).(*ast.StringNode); isStr {
			_, err := parseDate(s.Value, true)
			ok = err == nil && len(s.Value) <= 4
			for _, c := range s.Value {
				n[i] = n[i]*10 + int(c-'0')
			}
		} else if n[i], ok = y.integer("date-parts", x); !ok {
			return nil
		}
		if !ok {
			p.rep.errorf(y.nodePos(x), "key \"date-parts\" (line %d): expected a number, found %s", y.nodePos(x).Line, kindName(x))
			return nil
		}
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if err := checkDate(d, isoDate(d)); err != nil {
		p.rep.errorf(y.nodePos(outer[0]), "key %q (line %d): %v", key, y.nodePos(outer[0]).Line, err)
		return nil
	}
	return &d
}

// decodeNames decodes CSL names: [{family, given}] or [{literal}]; a
// plain string is taken as a literal name.
func (p *parseState) decodeNames(y *yamlDoc, v ast.Node) []Name {
	items, ok := y.list("author", v)
	if !ok {
		return nil
	}
	var out []Name
	for _, it := range items {
		if s, ok := unwrap(it).(*ast.StringNode); ok {
			out = append(out, Name{Literal: s.Value})
			continue
		}
		entries, ok := y.mapping("author", it)
		if !ok {
			continue
		}
		var n Name
		for _, e := range entries {
			if isNull(e.value) {
				continue
			}
			switch e.key {
			case "family":
				n.Family, _ = y.str(e.key, e.value)
			case "given":
				n.Given, _ = y.str(e.key, e.value)
			case "literal":
				n.Literal, _ = y.str(e.key, e.value)
			case "dropping-particle", "non-dropping-particle", "suffix", "comma-suffix", "static-ordering", "parse-names":
			default:
				y.unknownKey(e, []string{"family", "given", "literal"})
			}
		}
		if n.Family == "" && n.Given == "" && n.Literal == "" {
			p.rep.errorf(y.nodePos(it), "author: expected family/given or literal")
			continue
		}
		out = append(out, n)
	}
	return out
}

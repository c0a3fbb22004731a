package briefs

import (
	"errors"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// yamlDoc decodes a YAML source strictly, walking its AST so that every
// key and value keeps its position. lineBase is added to YAML line numbers
// (the front matter starts after the opening "---" line).
type yamlDoc struct {
	rep      *reporter
	lineBase int
}

// parseYAML parses src into its root node. It refuses anchors and aliases
// (goccy/go-yaml has no alias budget) and, when budget > 0, documents with
// more nodes than budget. It returns nil after reporting a problem.
func (y *yamlDoc) parseYAML(src []byte, budget int) (ast.Node, bool) {
	f, err := parser.ParseBytes(src, 0)
	if err != nil {
		var se *yaml.SyntaxError
		p := Pos{Line: y.lineBase + 1, Col: 1}
		msg := err.Error()
		if errors.As(err, &se) {
			if se.Token != nil {
				p = y.pos(se.Token.Position.Line, se.Token.Position.Column)
			}
			msg = se.GetMessage()
		}
		msg = y.fixYAMLPositions(msg)
		y.rep.errorf(p, "YAML: %s", msg)
		return nil, false
	}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		return nil, true
	}
	if len(f.Docs) > 1 {
		y.rep.errorf(y.nodePos(f.Docs[1]), "YAML: only one document is allowed")
		return nil, false
	}
	c := &nodeCounter{}
	ast.Walk(c, f.Docs[0].Body)
	if c.alias != nil {
		y.rep.errorf(y.nodePos(c.alias), "YAML anchors and aliases are not allowed")
		return nil, false
	}
	if budget > 0 && c.n > budget {
		y.rep.errorf(Pos{Line: y.lineBase + 1, Col: 1}, "YAML: more than %d nodes", budget)
		return nil, false
	}
	return f.Docs[0].Body, true
}

// fixYAMLPositions rewrites goccy's "[LINE:COL]" references in a
// message into file lines.
func (y *yamlDoc) fixYAMLPositions(msg string) string {
	i := strings.Index(msg, " at [")
	if i < 0 {
		return msg
	}
	j := strings.Index(msg[i:], "]")
	line, _, ok := strings.Cut(msg[i+5:i+max(j, 5)], ":")
	n, err := strconv.Atoi(line)
	if !ok || err != nil {
		return msg
	}
	return msg[:i] + " at line " + strconv.Itoa(n+y.lineBase) + msg[i+j+1:]
}

type nodeCounter struct {
	n     int
	alias ast.Node
}

func (c *nodeCounter) Visit(n ast.Node) ast.Visitor {
	c.n++
	switch n.(type) {
	case *ast.AnchorNode, *ast.AliasNode:
		if c.alias == nil {
			c.alias = n
		}
		return nil
	}
	return c
}

func (y *yamlDoc) pos(line, col int) Pos { return Pos{Line: line + y.lineBase, Col: col} }

func (y *yamlDoc) nodePos(n ast.Node) Pos {
	if d, ok := n.(*ast.DocumentNode); ok { // its GetToken reads Body, which may be nil
		if d == nil || d.Body == nil {
			if d != nil && d.Start != nil {
				return y.pos(d.Start.Position.Line, d.Start.Position.Column)
			}
			return Pos{Line: y.lineBase + 1, Col: 1}
		}
		n = d.Body
	}
	if n == nil || n.GetToken() == nil {
		return Pos{Line: y.lineBase + 1, Col: 1}
	}
	t := n.GetToken()
	return y.pos(t.Position.Line, t.Position.Column)
}

// unwrap strips tags and comments.
func unwrap(n ast.Node) ast.Node {
	for {
		switch v := n.(type) {
		case *ast.TagNode:
			n = v.Value
		case *ast.CommentGroupNode:
			return nil
		default:
			return n
		}
	}
}

// kindName says what a node is, for "expected X, found Y" messages.
func kindName(n ast.Node) string {
	switch unwrap(n).(type) {
	case *ast.StringNode, *ast.LiteralNode:
		return "a string"
	case *ast.IntegerNode:
		return "an integer"
	case *ast.FloatNode, *ast.InfinityNode, *ast.NanNode:
		return "a number"
	case *ast.BoolNode:
		return "a boolean"
	case *ast.NullNode, nil:
		return "nothing"
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a mapping"
	case *ast.SequenceNode:
		return "a list"
	default:
		return "a " + n.Type().String()
	}
}

// entry is one key: value pair of a mapping.
type entry struct {
	key    string
	keyPos Pos
	value  ast.Node
}

// mapping returns the entries of a mapping node, reporting duplicate keys;
// ok is false (after a diagnostic) when n is not a mapping.
func (y *yamlDoc) mapping(what string, n ast.Node) ([]entry, bool) {
	var pairs []*ast.MappingValueNode
	switch v := unwrap(n).(type) {
	case *ast.MappingNode:
		pairs = v.Values
	case *ast.MappingValueNode:
		pairs = []*ast.MappingValueNode{v}
	default:
		y.rep.errorf(y.nodePos(n), "%s: expected a mapping, found %s", what, kindName(n))
		return nil, false
	}
	seen := map[string]bool{}
	out := make([]entry, 0, len(pairs))
	for _, p := range pairs {
		k := unwrap(p.Key)
		var name string
		switch kv := k.(type) {
		case *ast.StringNode:
			name = kv.Value
		default:
			if k != nil && k.GetToken() != nil {
				name = k.GetToken().Value
			}
		}
		kp := y.nodePos(p.Key)
		if seen[name] {
			y.rep.errorf(kp, "duplicate key %q", name)
			continue
		}
		seen[name] = true
		out = append(out, entry{key: name, keyPos: kp, value: p.Value})
	}
	return out, true
}

// isNull reports whether a value is absent (`key:` with nothing after it).
func isNull(n ast.Node) bool {
	_, ok := unwrap(n).(*ast.NullNode)
	return n == nil || ok
}

// str decodes a string value; numbers are accepted and kept as written.
func (y *yamlDoc) str(key string, n ast.Node) (string, bool) {
	switch v := unwrap(n).(type) {
	case *ast.StringNode:
		return v.Value, true
	case *ast.LiteralNode:
		return v.Value.Value, true
	case *ast.IntegerNode, *ast.FloatNode:
		return v.GetToken().Value, true
	}
	y.rep.errorf(y.nodePos(n), "key %q (line %d): expected a string, found %s", key, y.nodePos(n).Line, kindName(n))
	return "", false
}

func (y *yamlDoc) boolean(key string, n ast.Node) (bool, bool) {
	if v, ok := unwrap(n).(*ast.BoolNode); ok {
		return v.Value, true
	}
	if s, ok := unwrap(n).(*ast.StringNode); ok {
		switch strings.ToLower(s.Value) {
		case "yes", "no", "on", "off", "y", "n":
			y.rep.errorf(y.nodePos(n), "key %q (line %d): expected a boolean, found a string (write true or false)", key, y.nodePos(n).Line)
			return false, false
		}
	}
	y.rep.errorf(y.nodePos(n), "key %q (line %d): expected a boolean, found %s", key, y.nodePos(n).Line, kindName(n))
	return false, false
}

func (y *yamlDoc) integer(key string, n ast.Node) (int, bool) {
	if v, ok := unwrap(n).(*ast.IntegerNode); ok {
		if i, err := strconv.Atoi(strings.ReplaceAll(v.GetToken().Value, "_", "")); err == nil {
			return i, true
		}
	}
	y.rep.errorf(y.nodePos(n), "key %q (line %d): expected an integer, found %s", key, y.nodePos(n).Line, kindName(n))
	return 0, false
}

// list decodes a sequence node.
func (y *yamlDoc) list(key string, n ast.Node) ([]ast.Node, bool) {
	if v, ok := unwrap(n).(*ast.SequenceNode); ok {
		return v.Values, true
	}
	y.rep.errorf(y.nodePos(n), "key %q (line %d): expected a list, found %s", key, y.nodePos(n).Line, kindName(n))
	return nil, false
}

// strList decodes a list of strings (a single string is a list of one).
func (y *yamlDoc) strList(key string, n ast.Node) []string {
	if s, ok := unwrap(n).(*ast.StringNode); ok {
		return []string{s.Value}
	}
	items, ok := y.list(key, n)
	if !ok {
		return nil
	}
	var out []string
	for _, it := range items {
		if s, ok := y.str(key, it); ok {
			out = append(out, s)
		}
	}
	return out
}

// unknownKey reports a key not in known, naming the nearest known key.
func (y *yamlDoc) unknownKey(e entry, known []string) {
	if best := nearest(e.key, known); best != "" {
		y.rep.errorf(e.keyPos, "unknown key %q (line %d); did you mean %q?", e.key, e.keyPos.Line, best)
		return
	}
	y.rep.errorf(e.keyPos, "unknown key %q (line %d)", e.key, e.keyPos.Line)
}

// nearest returns the known word closest to w (case-insensitive optimal
// string alignment distance), or "" when none is close.
func nearest(w string, known []string) string {
	best, bestD := "", 1<<30
	lw := strings.ToLower(w)
	for _, k := range known {
		if d := editDistance(lw, strings.ToLower(k)); d < bestD {
			best, bestD = k, d
		}
	}
	if bestD > max(2, len([]rune(w))/3) {
		return ""
	}
	return best
}

// editDistance is the Damerau-Levenshtein (optimal string alignment)
// distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 1 << 20
	}
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

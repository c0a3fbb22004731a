package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
)

var errBadCollection = errors.New("malformed font collection")

// isCollection reports whether data is a TrueType/OpenType collection.
func isCollection(data []byte) bool { return len(data) >= 4 && string(data[:4]) == "ttcf" }

// extractFace copies face index of a font collection into a standalone
// font file: its table directory and the tables it references, with the
// offsets rewritten. Table bytes (and their checksums) are unchanged.
func extractFace(data []byte, index int) ([]byte, error) {
	be := binary.BigEndian
	if !isCollection(data) || len(data) < 12 {
		return nil, errBadCollection
	}
	n := int(be.Uint32(data[8:]))
	if index < 0 || index >= n || len(data) < 12+4*n {
		return nil, fmt.Errorf("collection has %d faces, no face %d", n, index)
	}
	dir := int(be.Uint32(data[12+4*index:]))
	if dir < 0 || dir+12 > len(data) {
		return nil, errBadCollection
	}
	numTables := int(be.Uint16(data[dir+4:]))
	recs := dir + 12
	if recs+16*numTables > len(data) {
		return nil, errBadCollection
	}
	size := 12 + 16*numTables
	for i := range numTables {
		length := int(be.Uint32(data[recs+16*i+12:]))
		if length > len(data) {
			return nil, errBadCollection
		}
		size += (length + 3) &^ 3
	}
	out := make([]byte, 12+16*numTables, size)
	copy(out, data[dir:dir+12])
	for i := range numTables {
		rec := data[recs+16*i : recs+16*i+16]
		off, length := int(be.Uint32(rec[8:])), int(be.Uint32(rec[12:]))
		if off < 0 || length < 0 || off+length > len(data) {
			return nil, errBadCollection
		}
		dst := out[12+16*i:]
		copy(dst, rec[:8]) // tag and checksum
		be.PutUint32(dst[8:], uint32(len(out)))
		be.PutUint32(dst[12:], uint32(length))
		out = append(out, data[off:off+length]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out, nil
}

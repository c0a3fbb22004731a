package epub

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/briefpress/briefpress/briefs"
)

// imageSet collects the images the XHTML refers to, each file once (by
// content), in order of first use.
type imageSet struct {
	byHash map[string]*imageFile
	list   []*imageFile
}

// imageFile is one image file of the EPUB.
type imageFile struct {
	name      string // file name under images/
	id        string // manifest id
	mediaType string
	data      []byte
	cover     bool
}

// mediaType is the EPUB media type of an asset format.
func mediaType(format string) string {
	switch format {
	case "png":
		return "image/png"
	case "jpeg", "jpg":
		return "image/jpeg"
	case "svg":
		return "image/svg+xml"
	case "gif":
		return "image/gif"
	}
	return ""
}

// add adds a (once) and returns its href relative to the XHTML files.
func (s *imageSet) add(a *briefs.Asset) string {
	return "../images/" + s.get(a).name
}

func (s *imageSet) get(a *briefs.Asset) *imageFile {
	sum := sha256.Sum256(a.Data)
	h := hex.EncodeToString(sum[:])
	if s.byHash == nil {
		s.byHash = map[string]*imageFile{}
	}
	if im := s.byHash[h]; im != nil {
		return im
	}
	ext := a.Format
	if ext == "jpeg" {
		ext = "jpg"
	}
	im := &imageFile{name: "img-" + h[:12] + "." + ext, id: "img-" + h[:12], mediaType: mediaType(a.Format), data: a.Data}
	s.byHash[h] = im
	s.list = append(s.list, im)
	return im
}

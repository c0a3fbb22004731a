package briefs

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	f := os.Getenv("ZZ")
	if f == "" {
		t.Skip()
	}
	doc, diags := Load(f, openRoot(t, ".."))
	fmt.Println(diags)
	b, _ := DumpJSON(doc)
	os.WriteFile("/tmp/zz.json", b, 0o644)
}

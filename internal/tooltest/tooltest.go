// Package tooltest lets tests use external clients (qpdf, pdffonts,
// pdftotext, mutool, hb-shape, epubcheck): a missing tool skips the test,
// unless BRIEFPRESS_TOOLS=required (set by .ci/run), when it fails it.
package tooltest

import (
	"os"
	"os/exec"
	"testing"
)

// Require returns the path of each named tool, or skips (locally) or fails
// (under BRIEFPRESS_TOOLS=required) the test when one is missing.
func Require(t testing.TB, tools ...string) []string {
	t.Helper()
	paths := make([]string, len(tools))
	for i, name := range tools {
		p, err := exec.LookPath(name)
		if err != nil {
			if os.Getenv("BRIEFPRESS_TOOLS") == "required" {
				t.Fatalf("%s is required (BRIEFPRESS_TOOLS=required) but not installed: %v", name, err)
			}
			t.Skipf("%s not installed: %v", name, err)
		}
		paths[i] = p
	}
	return paths
}

// EPUBCheckJar is where Debian's epubcheck package puts the jar; Debian's
// /usr/bin/epubcheck wrapper does not run, so tests call java -jar on it.
const EPUBCheckJar = "/usr/share/java/epubcheck.jar"

// RequireEPUBCheck returns the java path, skipping or failing like Require
// when java or the epubcheck jar is missing.
func RequireEPUBCheck(t testing.TB) string {
	t.Helper()
	java := Require(t, "java")[0]
	if _, err := os.Stat(EPUBCheckJar); err != nil {
		if os.Getenv("BRIEFPRESS_TOOLS") == "required" {
			t.Fatalf("epubcheck is required but %s is missing", EPUBCheckJar)
		}
		t.Skipf("epubcheck not installed: %v", err)
	}
	return java
}

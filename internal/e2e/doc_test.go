// Package e2e holds the end-to-end tests: the briefpress binary builds the
// briefs in examples/ to PDF, and external clients (qpdf, pdftotext,
// pdfinfo) check what came out: structure, table-of-contents numbers
// against the pages where headings stand, text inside the text area, and
// Arabic-Indic page numbers in Arabic briefs. While a library the pipeline
// needs still returns "not yet implemented", the tests skip and say so.
package e2e

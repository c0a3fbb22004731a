package main

// config describes one generated brief.
type config struct {
	title, subtitle, kind string
	abstract              string
	authors               [][2]string // name, affiliation
	date                  string
	identifier            string
	words                 int // target words in the body (wc -w after the front matter)
	chapters              int // chapters taken from outline()
	sections              int // at most this many sections per chapter; 0 for all
	footnotes, citations  int // note markers of each kind
	sources               int // references taken from refBank()
	figures               int // figures, reusing the example charts
	tables                int // tables
	arabic                int // whole Arabic paragraphs
	assets                string
	brand                 string
	newpageEachChapter    bool
	seed                  uint64
}

// figure captions and files, reused from the example charts.
func figureBank() [][2]string {
	return [][2]string{
		{"Renewable water per person, hundreds of cubic metres a year, 1990–2025.", "chart-water.png"},
		{"Municipal heat spending (dark) against estimated need (light), six cities, US dollars per resident.", "chart-budget.png"},
		{"Solar auction prices, US cents per kilowatt-hour, 2012–2025.", "chart-solar.png"},
		{"Renewable water per person, repeated here to show the trend against the budget data.", "chart-water.png"},
	}
}

// longConfig is the long example report: about 25,000 words in ten
// chapters, about 60 notes and 25 sources.
func longConfig() config {
	return config{
		title:    "Heat, Water and the Municipal Purse",
		subtitle: "Adapting the cities of the Eastern Mediterranean to a hotter, drier climate",
		kind:     "Research report",
		abstract: "Cities in the Eastern Mediterranean face hotter summers, scarcer water and " +
			"tighter budgets at the same time. This report measures the three pressures, " +
			"follows the money through municipal budgets, and sets out what national " +
			"governments, municipalities and lenders can do. Its central finding is that " +
			"*institutions*, not technology, are the binding constraint.",
		authors: [][2]string{
			{"Leila Haddad-Moreau", "Levant Institute for Policy Research"},
			{"Samir Aoun", "Levant Institute for Policy Research"},
			{"Hana Kader", "Department of Urban Studies, Coastal University (fictional)"},
		},
		date:               "2026-05-12",
		identifier:         "urn:uuid:2f8d6a13-7c4e-4b9a-9e01-5d3b7a6c8f42",
		words:              25000,
		chapters:           10,
		footnotes:          35,
		citations:          25,
		sources:            25,
		figures:            4,
		tables:             5,
		arabic:             5,
		assets:             "assets/",
		brand:              "brand.yaml",
		newpageEachChapter: true,
		seed:               20260512,
	}
}

// benchConfig is the benchmark brief: about 3,500 words, 10 notes (five
// footnotes, five citations) and 8 sources, with one figure and one table.
func benchConfig() config {
	return config{
		title:    "Cooling the City on a Budget",
		subtitle: "A benchmark brief for briefpress",
		kind:     "Assessment of position",
		abstract: "A generated brief of about 3,500 words with ten notes and eight sources, " +
			"used to benchmark briefpress. Its text is composed from sentence banks and " +
			"is not a real analysis.",
		authors: [][2]string{
			{"Samir Aoun", "Levant Institute for Policy Research"},
		},
		date:       "2026-02-09",
		identifier: "urn:uuid:7a1c3e5f-9b2d-4f60-8e14-3c5a7b9d0e21",
		words:      3500,
		chapters:   5,
		sections:   2,
		footnotes:  5,
		citations:  5,
		sources:    8,
		figures:    1,
		tables:     1,
		arabic:     1,
		assets:     "assets/",
		seed:       20260209,
	}
}

// scaled returns cfg resized to about words words, with footnotes and
// citations scaled in proportion (at least one of each); a 115,000-word
// report lays out to about 200 pages.
func scaled(cfg config, words int) config {
	f := func(n int) int { return max(1, n*words/cfg.words) }
	cfg.footnotes, cfg.citations = f(cfg.footnotes), f(cfg.citations)
	cfg.words = words
	return cfg
}

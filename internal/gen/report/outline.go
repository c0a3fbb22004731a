package main

// chapter is one level-1 heading and the titles of its sections.
type chapter struct {
	title    string
	sections []string
}

// outline returns the chapters of the long report in order; the benchmark
// brief uses the first few chapters and sections.
func outline() []chapter {
	return []chapter{
		{"Introduction", []string{"Why this report", "What we measured", "How to read the numbers"}},
		{"A region under heat", []string{"Temperatures and their trend", "Heat in the city", "Who is exposed", "Heat and health services"}},
		{"Water supply and demand", []string{"Rain, rivers and aquifers", "The growth of urban demand", "Losses and leaks"}},
		{"Energy and the cost of cooling", []string{"Peak demand", "Solar power and storage", "The water-energy link"}},
		{"Municipal budgets", []string{"Where the money comes from", "Where the money goes", "Transfers and their conditions", "Borrowing and its limits"}},
		{"Prices, tariffs and fairness", []string{"Tariff structures", "Protecting poor households", "Lessons from past reforms"}},
		{"Institutions and data", []string{"Who decides", "The state of the statistics", "Building an open data service"}},
		{"Cooperation across borders", []string{"Shared aquifers", "Interconnected grids", "Joint early warning"}},
		{"Financing adaptation", []string{"Public money", "Development lenders", "Private capital and its terms"}},
		{"Recommendations", []string{"For national governments", "For municipalities", "For lenders and donors"}},
	}
}

// subsectionTitles returns level-3 headings used inside longer sections.
func subsectionTitles() []string {
	return []string{
		"The evidence", "A closer look at the data", "What has worked", "What has not",
		"Costs and benefits", "Risks", "A case in point", "Open questions",
	}
}

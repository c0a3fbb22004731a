package main

// noteBank returns footnote texts (one or two sentences each).
func noteBank() []string {
	return []string{
		"Figures are in constant {year} US dollars, converted at average market exchange rates.",
		"The estimate excludes informal supply by tanker, which may add {pct} to household costs in dry months.",
		"Data for {city} cover the municipality only, not the wider metropolitan area.",
		"We use the term *utility* for any public or private body that supplies water or electricity to end users.",
		"Percentages may not add up to 100 because of rounding.",
		"Survey responses were weighted by household size; the unweighted results differ by less than two points.",
		"The series breaks in {year2}, when the statistical office changed its sampling frame.",
		"Temperature figures are daily maxima measured at the nearest official weather station.",
		"The interviews were conducted in Arabic and English between {year} and {year2}; quotations are our translations.",
		"See the data appendix at <https://lipr.example.org/data> for the full tables and their sources.",
		"This is a conservative estimate; several of the costs it omits are hard to measure but real.",
		"The comparison uses purchasing-power parities rather than market exchange rates.",
		"A *lifeline block* is the first tranche of consumption, priced below cost to protect basic needs.",
		"Budget figures are appropriations, not outturns; actual spending is usually lower.",
		"Here and below, *the region* means the Eastern Mediterranean and the Arabian Peninsula.",
		"Several ministries declined to provide data at the level of detail requested.",
	}
}

// longNote returns the one long, multi-paragraph footnote; its second and
// third paragraphs are indented four spaces so that they stay in the note.
func longNote() string {
	return `A note on method. The estimates in this report combine three kinds of
evidence: official statistics, published by ministries and statistical
offices; project data, obtained from utilities and lenders; and our own
surveys of households and municipal officials.

    Each source has its weaknesses. Official statistics are often late and
    sometimes revised without notice. Project data are detailed but cover
    only the places where projects happened, which are rarely typical.
    Surveys capture what people report, not always what they do.

    Where sources disagree, we give a range and say which source we trust
    more, and why. Readers who wish to check our work will find every table
    and its sources in the data appendix.`
}

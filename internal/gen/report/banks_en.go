package main

// The English sentence bank. Each template holds slots in braces that
// fill replaces: {city} {city2} {sector} {topic} {agency} {pct} {pct2}
// {num} {money} {year} {year2} {future} {ratio}.

// sentenceBank returns the English sentence templates.
func sentenceBank() []string {
	return []string{
		"Between {year} and {year2}, spending on {topic} in {city} rose by {pct}, while the population it served grew far more slowly.",
		"The evidence from {city} suggests that {topic} works best when {agency} commits to it for more than one budget cycle.",
		"In most of the region, {sector} still accounts for {pct} of demand, a share that has barely moved in a decade.",
		"Officials in {city} describe the problem less as a shortage of money than as a shortage of reliable numbers.",
		"A survey of {num} households found that {pct} would accept higher tariffs if service became predictable.",
		"None of this is new; what is new is the speed at which the costs are arriving.",
		"The gap between plans and budgets is widest where responsibilities are split between {agency} and local councils.",
		"By {future}, on current trends, the cost of inaction will exceed the cost of the measures discussed here by a factor of {ratio}.",
		"{city} offers a useful contrast: it spent less than its neighbours on {topic}, but spent it earlier and more consistently.",
		"The pattern is familiar from other sectors: investment follows crises, and maintenance follows nothing at all.",
		"Losses in distribution networks remain high, at about {pct} of water produced in the typical utility.",
		"Where {agency} publishes its data, independent analysts have been quick to find savings that insiders had missed.",
		"A modest programme of {topic} in {city} cost about {money} and paid for itself within {ratio} years.",
		"It would be a mistake to read these figures as a forecast; they describe a direction rather than a destination.",
		"The poorest households spend up to {pct} of their income on water and energy, more than twice the share of the richest.",
		"Heat waves that were once expected every twenty years now arrive every four or five.",
		"In {year}, {city} recorded its hottest summer on record, and demand peaked at {pct} above the previous maximum.",
		"Much of the debate about {topic} turns on who pays: national treasuries, municipalities, or users themselves.",
		"The experience of {city} and {city2} shows that the same policy can succeed or fail depending on how it is sequenced.",
		"A single reliable indicator, published monthly, is worth more to a planner than a dozen indicators published late.",
		"Reforms that raise prices without improving service have almost always been reversed within two years.",
		"The share of {sector} in total consumption fell from {pct} to {pct2} between {year} and {year2}.",
		"Seen from the household, the problem is not the average supply but the days when the tap runs dry.",
		"Municipal budgets in the region are small, rigid and heavily dependent on transfers from the centre.",
		"{agency} has announced targets for {topic}, but the funding behind them covers less than {pct} of the estimated need.",
		"Private investors have shown interest, provided that contracts are long, tariffs are indexed and disputes can be arbitrated.",
		"The technical solutions are well known; the institutional ones are not, and they are where most projects stall.",
		"Climate projections agree on the direction of change even where they disagree on its size.",
		"A dry year costs the regional economy roughly {money}, most of it borne by farmers and small firms.",
		"When {city} introduced metering in {year}, consumption fell by {pct} within eighteen months.",
		"The most effective programmes combine a clear price signal with visible improvements in service.",
		"Neighbouring cities rarely share data, even when they draw on the same aquifer or the same grid.",
		"In interviews, engineers at {agency} stressed that maintenance budgets are the first to be cut and the last to be restored.",
		"Urban trees, shaded streets and reflective roofs can lower street temperatures by {ratio} degrees on the hottest afternoons.",
		"The cost of cooling public buildings in {city} doubled between {year} and {year2}.",
		"Few of the measures discussed here require new laws; most require existing rules to be enforced.",
		"Water and energy are planned by different ministries, financed by different lenders and priced by different regulators.",
		"The numbers in this chapter are estimates, and we give ranges rather than points wherever the data allow.",
		"For every {money} invested in leak reduction, utilities in the region recover between two and four times as much in water sold.",
		"The public debate tends to focus on large projects, while the largest gains often come from small ones.",
		"Rising temperatures increase evaporation from reservoirs by roughly {pct} per degree, a loss rarely counted in budgets.",
		"In {city2}, a pilot scheme for {topic} reached {num} residents in its first year.",
		"Donor funding has been generous but fragmented, with more than {ratio}00 separate projects in the past decade.",
		"A regional approach would not replace national policy; it would make national policy cheaper.",
		"Farmers have responded rationally to the incentives they face, and those incentives favour pumping today over saving for tomorrow.",
		"The case for action does not depend on the most pessimistic scenarios; the central estimates are sufficient.",
		"Planning horizons of three to five years are too short for assets that last forty.",
		"Households in informal settlements are the least served and the most exposed to both heat and shortage.",
		"The figures for {year2} should be read with care, because several countries changed their methods that year.",
		"{agency} estimates the backlog of deferred maintenance at about {money}.",
		"Where tariffs cover less than half of operating costs, utilities cannot borrow, and without borrowing they cannot invest.",
		"A better-informed public is one of the cheapest tools available to a reforming government.",
		"In the hottest months, peak electricity demand in {city} is driven almost entirely by air conditioning.",
		"Programmes for {topic} have been evaluated rarely and rigorously even more rarely.",
		"One lesson stands out from the cases reviewed here: credible institutions are built slowly and lost quickly.",
		"Groundwater levels near {city2} have fallen by about {ratio} metres a year since {year}.",
		"The arithmetic is simple even if the politics are not.",
		"Early warning systems are cheap to run and expensive to lack.",
		"Investment in {topic} has grown at about {pct} a year since {year}, though from a low base.",
		"The region's universities produce capable engineers, many of whom leave for better-paid work abroad.",
		"Cross-border projects take longer to agree but tend to last longer once agreed.",
		"Demand management is often presented as a sacrifice, but in practice it mostly removes waste.",
		"A typical municipality in the region spends less than {pct} of its budget on adaptation to heat.",
		"When budgets tighten, spending on {topic} is usually among the first lines to be cut.",
		"The choice is not between growth and conservation but between planned and unplanned adjustment.",
		"Insurance markets for drought and heat risk remain thin, and premiums are rising by about {pct} a year.",
		"Coordination between {agency} and the utilities has improved since {year}, but slowly.",
		"Public trust in official statistics is low, which makes even good data less useful than it should be.",
		"Several cities, including {city} and {city2}, now publish heat action plans, but few of them are funded.",
		"Compared with the cost of emergency supply by tanker, almost any planned investment looks cheap.",
	}
}

// arabicPhraseBank returns English sentences that carry an Arabic phrase,
// as a quotation followed by its gloss.
func arabicPhraseBank() []string {
	return []string{
		"Local officials sum up the approach as «إدارة الطلب قبل زيادة العرض», managing demand before adding supply.",
		"Farmers in the valley have a saying, «الماء أغلى من الذهب», water is dearer than gold, and the price data increasingly agree.",
		"The planning law speaks of «العدالة المائية», water justice, but does not define it.",
		"Residents of {city} call the hottest weeks «أيام الجمر», the days of embers.",
		"A municipal engineer told us that the real problem is «الصيانة المؤجلة», deferred maintenance.",
		"The ministry's strategy is titled «مياه آمنة للجميع», safe water for all, and sets targets for {future}.",
		"Council members in {city2} speak of «الموازنة الخضراء», a green budget, though no such budget yet exists.",
		"The phrase «التكيّف مع الحرارة», adaptation to heat, now appears in most municipal plans.",
		"One utility manager summed up the dilemma as «سعر عادل وخدمة موثوقة», a fair price and a reliable service.",
		"Older residents remember when the springs near {city} were called «عيون لا تنضب», springs that never run dry.",
	}
}

// listBank returns short list items.
func listBank() []string {
	return []string{
		"publish monthly data on supply, demand and losses",
		"protect maintenance budgets from across-the-board cuts",
		"index tariffs to costs, with a protected lifeline block",
		"map heat exposure street by street",
		"open cooling centres in public buildings during heat waves",
		"plant and water street trees on the hottest routes",
		"require reflective roofs on new public buildings",
		"meter every connection, starting with the largest users",
		"pool procurement of pumps, pipes and membranes",
		"agree drought triggers with neighbouring authorities in advance",
		"train and retain utility engineers",
		"report spending on adaptation as a separate budget line",
		"link development finance to measurable results",
		"review groundwater licences every five years",
		"share early-warning data across borders",
		"consult users before changing tariffs",
	}
}

// Slot values.

func cityBank() []string {
	return []string{"Amman", "Beirut", "Alexandria", "Nicosia", "Izmir", "Aqaba", "Irbid", "Tyre", "Latakia", "Port Said", "Larnaca", "Zarqa"}
}

func sectorBank() []string {
	return []string{"agriculture", "industry", "household use", "tourism", "municipal services", "power generation"}
}

func topicBank() []string {
	return []string{"leak reduction", "desalination", "cooling centres", "street trees", "green roofs", "solar auctions", "grid interconnection", "wastewater reuse", "metering", "aquifer recharge", "heat early warning", "shade structures"}
}

func agencyBank() []string {
	return []string{"the national water authority", "the finance ministry", "the planning commission", "the energy regulator", "the association of municipalities", "the regional development bank"}
}

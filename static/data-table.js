//# allFunctionsCalledOnLoad
// @ts-check
// Loaded by every page with data tables (the story, the embed pages). Each table is written
// inside <noscript> in its closed disclosure (src/lib/charts/DataTable.svelte), so a browser
// that runs scripts holds it as text; this builds the table from that text when the disclosure
// opens. The click on its summary comes before the disclosure opens, so the table is there in
// the first frame that shows it; the toggle event catches any other way of opening it.
// The first line is V8's compile hint, which every script the story loads begins with
// (vite.config.ts adds it to the bundled ones; tests/e2e/budgets.test.ts checks them all).
(function () {
	/** @param {Element | null} details */
	function buildTable(details) {
		var source = details && details.matches('details.data-table') ? details.querySelector(':scope > .scroll > noscript') : null;
		// Inside <noscript>, with scripts on, the table's markup is the element's text.
		if (source) source.outerHTML = source.textContent || '';
	}
	document.addEventListener('click', function (event) {
		var summary = event.target instanceof Element ? event.target.closest('summary') : null;
		if (summary) buildTable(summary.parentElement);
	}, true);
	document.addEventListener('toggle', function (event) {
		if (event.target instanceof Element && event.target.hasAttribute('open')) buildTable(event.target);
	}, true);
	// A disclosure opened before this script ran.
	document.querySelectorAll('details.data-table[open]').forEach(buildTable);
})();

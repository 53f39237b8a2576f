// Printing the story: each step keeps its static graphic in a <noscript> for readers without
// JavaScript, which a browser running scripts never draws. As printing starts (beforeprint, or
// the print media query that Safari and print emulation switch), the graphic is put in the page
// after its <noscript>, once; print.css shows it on paper only.

function addPrintFigures() {
	for (const noscript of document.querySelectorAll('[data-step] noscript')) {
		if (noscript.nextElementSibling?.classList.contains('print-figure')) continue;
		const figure = document.createElement('div');
		figure.className = 'print-figure';
		// The server's own markup for the graphic, as <noscript> keeps it: text, while scripts run.
		figure.innerHTML = noscript.textContent ?? '';
		noscript.after(figure);
	}
}

export function preparePrinting() {
	addEventListener('beforeprint', addPrintFigures);
	matchMedia('print').addEventListener('change', (event) => event.matches && addPrintFigures());
}

// @ts-check
// Runs inside map embed pages. The server draws province labels for a map 600 viewBox units
// wide shown 600 px wide; an embed may be 300 px or 1000 px wide, where those labels would be
// tiny or huge. This keeps labels at their intended on-screen size, drops any label that would
// then collide with one earlier in the list (labels are listed most important first), with its
// leader line, and nudges labels that poke out of the map back inside. Report dots under labels
// move with the label size. It is a simpler second copy of src/lib/charts/label-placement.ts:
// it does not move a label beside its place or keep a highlighted province's label, as the
// story and the images do.
(function () {
	/** @param {SVGSVGElement} svg */
	function fit(svg) {
		var group = svg.querySelector('g.labels');
		var viewBox = svg.viewBox.baseVal;
		var width = svg.getBoundingClientRect().width;
		if (!group || !viewBox || !width) return;
		if (!group.hasAttribute('data-pixels')) group.setAttribute('data-pixels', group.getAttribute('font-size') || '13');
		var pixels = Number(group.getAttribute('data-pixels'));
		var fontSize = (pixels * viewBox.width) / width;
		group.setAttribute('font-size', String(fontSize));

		/** @type {DOMRect[]} */
		var kept = [];
		var labels = group.querySelectorAll('text');
		for (var i = 0; i < labels.length; i++) {
			var label = labels[i];
			if (!label.hasAttribute('data-x')) {
				label.setAttribute('data-x', label.getAttribute('x') || '0');
				label.setAttribute('data-y', label.getAttribute('y') || '0');
			}
			label.setAttribute('x', /** @type {string} */ (label.getAttribute('data-x')));
			label.setAttribute('y', /** @type {string} */ (label.getAttribute('data-y')));
			label.removeAttribute('display');
			var box = label.getBBox();
			var pad = fontSize * 0.2;
			var shiftX = box.x - pad < 0 ? pad - box.x : box.x + box.width + pad > viewBox.width ? viewBox.width - box.x - box.width - pad : 0;
			var shiftY = box.y < 0 ? -box.y : box.y + box.height > viewBox.height ? viewBox.height - box.y - box.height : 0;
			label.setAttribute('x', String(Number(label.getAttribute('data-x')) + shiftX));
			label.setAttribute('y', String(Number(label.getAttribute('data-y')) + shiftY));
			var placed = new DOMRect(box.x + shiftX - pad, box.y + shiftY, box.width + 2 * pad, box.height);
			var collides = placed.width > viewBox.width || kept.some(function (other) {
				return placed.left < other.right && other.left < placed.right && placed.top < other.bottom && other.top < placed.bottom;
			});
			if (collides) label.setAttribute('display', 'none');
			else kept.push(placed);
			// A label placed away from its province has a line back to it: it goes with its label.
			var leader = svg.querySelector('[data-leader="' + label.getAttribute('data-label') + '"]');
			if (leader) leader.setAttribute('display', collides ? 'none' : 'inline');
		}

		// ProvinceMap puts a report dot 1.1 label heights under the province's centre.
		var dots = svg.querySelectorAll('circle.report-dot');
		for (var d = 0; d < dots.length; d++) {
			var dot = dots[d];
			if (!dot.hasAttribute('data-centre-y')) dot.setAttribute('data-centre-y', String(Number(dot.getAttribute('cy')) - pixels * 1.1));
			dot.setAttribute('cy', String(Number(dot.getAttribute('data-centre-y')) + fontSize * 1.1));
			dot.setAttribute('r', String(fontSize * 0.42));
		}
	}

	var maps = document.querySelectorAll('.province-map svg:not(.key)');
	var observer = new ResizeObserver(function (entries) {
		entries.forEach(function (entry) {
			fit(/** @type {SVGSVGElement} */ (entry.target));
		});
	});
	for (var i = 0; i < maps.length; i++) observer.observe(maps[i]);
	// Widths of text change when the web font arrives.
	if (document.fonts) document.fonts.ready.then(function () {
		for (var j = 0; j < maps.length; j++) fit(/** @type {SVGSVGElement} */ (maps[j]));
	});
})();

// @ts-check
// Runs inside every embed page (/embed/<chart>/). Tells the page that embeds it how tall its
// content is, whenever that changes (load, resize, web fonts, the data table opening), in
// every format a host is likely to listen for:
//   - pym.js parent:   "pymxPYMx<childId>xPYMxheightxPYMx<height>" (childId from the query string)
//   - Datawrapper:     { "datawrapper-height": { "<chart id>": height } }
//   - AMP / @newswire/frames: { sentinel: "amp", type: "embed-size", height }
//   - this site's resizer (static/embed/resize.js): { type: "schools-for-whom:height", embed, height }
// It works in an iframe with sandbox="allow-scripts": it only posts to window.parent and never
// reads the parent, window.top, cookies or storage. A plain script, not part of the Svelte app,
// so an embed page needs no framework code at all.
(function () {
	var PYM = 'xPYMx';
	var root = document.querySelector('[data-embed-id]');
	if (!root || window.parent === window) return;
	var chartId = root.getAttribute('data-embed-id') || '';
	var childId = new URLSearchParams(location.search).get('childId');
	var lastSent = -1;

	/** The content's height in CSS pixels, rounded up so the frame never scrolls. */
	function contentHeight() {
		return Math.ceil(/** @type {Element} */ (root).getBoundingClientRect().bottom + window.scrollY);
	}

	/** @param {boolean} always send even if the height has not changed (a host asked) */
	function sendHeight(always) {
		var height = contentHeight();
		if (height === lastSent && !always) return;
		lastSent = height;
		var parent = window.parent;
		if (childId) parent.postMessage('pym' + PYM + childId + PYM + 'height' + PYM + height, '*');
		/** @type {Record<string, number>} */
		var datawrapper = {};
		datawrapper[chartId] = height;
		parent.postMessage({ 'datawrapper-height': datawrapper }, '*');
		parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
		parent.postMessage({ type: 'schools-for-whom:height', embed: chartId, height: height }, '*');
	}

	// A host that starts listening late asks for the height: pym.js sends the width, frames
	// sends "frames-init", this site's resizer sends a request. Only the parent may ask.
	window.addEventListener('message', function (event) {
		if (event.source !== window.parent) return;
		var data = event.data;
		var pymWidth =
			typeof data === 'string' && childId !== null && data.indexOf('pym' + PYM + childId + PYM + 'width' + PYM) === 0;
		var framesInit = data && data.sentinel === 'amp' && data.type === 'frames-init';
		var request = data && data.type === 'schools-for-whom:request-height';
		if (pymWidth || framesInit || request) sendHeight(true);
	});

	new ResizeObserver(function () {
		sendHeight(false);
	}).observe(root);
	if (document.fonts)
		document.fonts.ready.then(function () {
			sendHeight(false);
		});
	window.addEventListener('load', function () {
		sendHeight(false);
	});
	sendHeight(true);
})();

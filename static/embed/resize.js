// @ts-check
// Schools for whom? embed resizer, for pages that have no pym.js or Datawrapper resizer:
//   <script src="https://<the story's address>/embed/resize.js" async></script>
// It gives each of the story's embed iframes on the page the height its chart asks for.
// It trusts a message only when
//   - it comes from the story's own origin, worked out from this script's own address, so it
//     follows wherever the story is published (an iframe sandboxed without allow-same-origin
//     has the opaque origin "null"; that is accepted only from such an iframe),
//   - it comes from the very iframe it resizes (event.source is that iframe's window),
//   - it has the expected shape, and a height between 50 and 10,000 pixels.
// Anything else changes nothing. Loading the script twice is harmless.
// A chart that cannot load while the device is offline would leave an empty box: the script
// says so in its place, and brings the chart back when the network returns.
(function () {
	var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
	if (!script || !script.src) return;
	var embedBase = script.src.replace(/\/resize\.js(?:[?#].*)?$/, '/'); // ".../embed/"
	var storyOrigin = new URL(embedBase).origin;
	var MIN_HEIGHT = 50;
	var MAX_HEIGHT = 10000;
	var flag = 'schoolsForWhomResizer';
	if (/** @type {any} */ (window)[flag]) return;
	/** @type {any} */ (window)[flag] = true;

	// Every edition's embeds: /embed/<chart>/ in English, /<edition>/embed/<chart>/ in the others.
	var siteBase = embedBase.replace(/embed\/$/, '');
	/** @param {HTMLIFrameElement} frame */
	function isStoryEmbed(frame) {
		return frame.src.indexOf(siteBase) === 0 && /^([a-z]{2,3}\/)?embed\//.test(frame.src.slice(siteBase.length));
	}

	/** An iframe sandboxed without allow-same-origin sends messages from the origin "null". @param {HTMLIFrameElement} frame */
	function hasOpaqueOrigin(frame) {
		return frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
	}

	/** @param {unknown} data @returns {number | null} */
	function heightFrom(data) {
		if (!data || typeof data !== 'object') return null;
		var message = /** @type {Record<string, unknown>} */ (data);
		if (message.type !== 'schools-for-whom:height' || typeof message.embed !== 'string') return null;
		var height = message.height;
		if (typeof height !== 'number' || !isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return null;
		return Math.ceil(height);
	}

	/** Frames whose chart has reported its height: their chart is on screen. */
	/** @type {WeakSet<HTMLIFrameElement>} */
	var heard = new WeakSet();
	/** @type {WeakMap<HTMLIFrameElement, HTMLElement>} */
	var notices = new WeakMap();
	/** How long a chart may take to report its height before an offline device is told it cannot load. */
	var PATIENCE_MS = 3000;
	/** Reloads left for a chart brought back online: a network reported up may not carry traffic yet. */
	/** @type {WeakMap<HTMLIFrameElement, number>} */
	var retries = new WeakMap();

	/** A frame without allow-scripts never reports a height, loaded or not. @param {HTMLIFrameElement} frame */
	function reportsHeight(frame) {
		return !frame.hasAttribute('sandbox') || frame.sandbox.contains('allow-scripts');
	}

	/**
	 * After a while, tells the reader when a frame's chart cannot load for want of a network; a
	 * chart brought back online that has still not loaded is loaded again, a few times.
	 * @param {HTMLIFrameElement} frame
	 */
	function checkLoadedSoon(frame) {
		setTimeout(function () {
			if (heard.has(frame) || notices.has(frame) || !reportsHeight(frame)) return;
			var left = retries.get(frame) || 0;
			if (navigator.onLine !== false && left > 0) {
				retries.set(frame, left - 1);
				frame.src = frame.src;
			}
			if (navigator.onLine !== false) return;
			var notice = document.createElement('p');
			notice.setAttribute('data-embed-offline', '');
			notice.style.cssText = 'margin:0;padding:1em;border:1px dashed currentColor;font:inherit';
			notice.textContent =
				(frame.title ? '“' + frame.title + '” cannot' : 'This chart cannot') +
				' load: there is no network connection. It will appear when the connection is back.';
			frame.parentNode && frame.parentNode.insertBefore(notice, frame);
			frame.style.display = 'none';
			notices.set(frame, notice);
		}, PATIENCE_MS);
	}

	/** Takes a frame's notice away; with `reload`, loads its chart again. @param {HTMLIFrameElement} frame @param {boolean} reload */
	function clearNotice(frame, reload) {
		var notice = notices.get(frame);
		if (!notice) return;
		notices.delete(frame);
		notice.remove();
		frame.style.display = '';
		if (!reload) return;
		retries.set(frame, 3);
		frame.src = frame.src;
	}

	/** @param {HTMLIFrameElement} frame */
	function askForHeight(frame) {
		if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'schools-for-whom:request-height' }, '*');
	}

	// When a frame's width changes, ask it for its new height: browsers pause the layout
	// observers of off-screen frames from other origins, so a chart scrolled out of view would
	// otherwise report its new height only when it comes back into view.
	var widths = new WeakMap();
	var observer = new ResizeObserver(function (entries) {
		entries.forEach(function (entry) {
			var frame = /** @type {HTMLIFrameElement} */ (entry.target);
			var width = entry.contentRect.width;
			if (widths.has(frame) && widths.get(frame) !== width) askForHeight(frame);
			widths.set(frame, width);
		});
	});
	/** @type {WeakSet<HTMLIFrameElement>} */
	var observed = new WeakSet();
	/** @param {HTMLIFrameElement} frame */
	function observe(frame) {
		if (observed.has(frame)) return;
		observed.add(frame);
		observer.observe(frame);
		frame.addEventListener('load', function () {
			checkLoadedSoon(frame);
		});
	}

	window.addEventListener('message', function (event) {
		var height = heightFrom(event.data);
		if (height === null) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== event.source || !isStoryEmbed(frame)) continue;
			var fromStory = event.origin === storyOrigin || (event.origin === 'null' && hasOpaqueOrigin(frame));
			if (!fromStory) return;
			heard.add(frame);
			clearNotice(frame, false);
			frame.style.height = height + 'px';
			frame.setAttribute('height', String(height));
			observe(frame); // a frame added to the page after this script ran
			return;
		}
	});

	/** @param {(frame: HTMLIFrameElement) => void} action */
	function eachStoryFrame(action) {
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) if (isStoryEmbed(frames[i])) action(frames[i]);
	}
	window.addEventListener('offline', function () {
		eachStoryFrame(checkLoadedSoon);
	});
	window.addEventListener('online', function () {
		eachStoryFrame(function (frame) {
			clearNotice(frame, true);
		});
	});

	// Frames that loaded before this script did have already sent their height: ask again.
	eachStoryFrame(function (frame) {
		observe(frame);
		askForHeight(frame);
		checkLoadedSoon(frame);
	});
})();

// @ts-check
// The story's Embed dialog, loaded by src/lib/embed/chart-tools.client.ts on the first click of an
// "Embed" button, so it costs the story nothing until then. Shows, for one chart:
//   - the code to paste (iframe + resizer script) in a read-only box, with a Copy button
//     (the clipboard API, or selecting the code when the page may not write the clipboard);
//   - a live preview, sized by the embed's own height messages, as a host page would size it,
//     or, when the chart cannot load for want of a network, a line that says so;
//   - links to the PNG and SVG.
// A native modal <dialog>: focus moves into it, Escape closes it, focus returns to the button.
(function () {
	/** @typedef {{ id: string, title: string, code: string, page: string, png: string, svg: string }} EmbedDialogInfo */

	var CSS =
		'.embed-dialog{width:min(46rem,calc(100vw - 1.5rem));max-height:calc(100vh - 1.5rem);padding:1.25rem;border:1px solid var(--ink-soft);border-radius:8px;background:var(--paper);color:var(--ink);font:0.95rem/1.45 var(--font-sans)}' +
		'.embed-dialog::backdrop{background:rgb(0 0 0/0.55)}' +
		'.embed-dialog h2{margin:0;font-size:1.25rem}.embed-dialog figure{margin:0}' +
		'.embed-dialog figcaption,.embed-dialog .label{margin:1.25rem 0 0.5rem;font-weight:700}' +
		'.embed-dialog .chart-name{margin:0.25rem 0 1rem;color:var(--ink-soft)}' +
		'.embed-dialog label{display:block;font-weight:600;margin-bottom:0.25rem}' +
		'.embed-dialog textarea{width:100%;padding:0.5rem;border:1px solid var(--ink-soft);border-radius:4px;background:#fff;color:var(--ink);font:0.8rem/1.4 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;resize:vertical}' +
		'.embed-dialog .row{display:flex;align-items:center;gap:0.75rem;margin:0.5rem 0 0}' +
		'.embed-dialog button{min-height:44px;padding:0.4rem 1rem;border:1px solid var(--ink);border-radius:999px;background:var(--ink);color:var(--paper);font:inherit;cursor:pointer}' +
		'.embed-dialog button.close{background:var(--paper);color:var(--ink)}' +
		'.embed-dialog .hint,.embed-dialog [role=status]{margin:0.5rem 0 0;font-size:0.85rem;color:var(--ink-soft)}' +
		'.embed-dialog iframe{display:block;width:100%;border:1px dashed var(--rule)}' +
		'.embed-dialog ul{display:flex;gap:1.5rem;margin:0;padding:0;list-style:none}.embed-dialog ul a{display:inline-block;padding:0.6rem 0}' +
		'.embed-dialog .end{justify-content:flex-end;margin-top:1.25rem}' +
		'.embed-dialog .offline{margin:0;padding:1rem;border:1px dashed var(--ink-soft)}.embed-dialog [hidden]{display:none}';

	// The skeleton holds no text from the story: titles and code are set with textContent/value.
	var SKELETON =
		'<h2 id="embed-dialog-title">Embed this chart</h2><p class="chart-name"></p>' +
		'<label for="embed-dialog-code">Code to paste into your page</label>' +
		'<textarea id="embed-dialog-code" readonly rows="5" spellcheck="false"></textarea>' +
		'<div class="row"><button type="button" class="copy">Copy code</button><p role="status"></p></div>' +
		'<p class="hint">The frame sets its own height. The script line is for pages without a resizer: pages that already use pym.js or Datawrapper embeds can paste the iframe alone.</p>' +
		// Section labels, not headings: the preview holds the embed's own <h1>.
		'<figure><figcaption>Preview</figcaption><iframe loading="lazy"></iframe>' +
		'<p class="offline" hidden>The preview cannot load: there is no network connection. The code above is complete, and the chart shows once your page is online.</p></figure>' +
		'<p class="label">Download</p><ul><li><a class="png">PNG image (2×)</a></li><li><a class="svg">SVG (vector)</a></li></ul>' +
		'<div class="row end"><button type="button" class="close">Close</button></div>';

	/** @type {HTMLDialogElement} */
	var dialog;
	/** @type {HTMLElement | null} */
	var opener = null;

	/** @param {string} selector */
	function part(selector) {
		return /** @type {HTMLElement} */ (dialog.querySelector(selector));
	}

	function create() {
		var style = document.createElement('style');
		style.textContent = CSS;
		document.head.append(style);
		dialog = document.createElement('dialog');
		dialog.className = 'embed-dialog';
		dialog.setAttribute('aria-labelledby', 'embed-dialog-title');
		dialog.innerHTML = SKELETON;
		document.body.append(dialog);

		var code = /** @type {HTMLTextAreaElement} */ (part('textarea'));
		var status = part('[role=status]');
		var preview = /** @type {HTMLIFrameElement} */ (part('iframe'));
		part('.copy').addEventListener('click', function () {
			var done = function () { status.textContent = 'Copied to the clipboard.'; };
			var select = function () {
				code.focus();
				code.select();
				status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
			};
			if (navigator.clipboard) navigator.clipboard.writeText(code.value).then(done, select);
			else select();
		});
		part('.close').addEventListener('click', function () { dialog.close(); });
		// A click on the backdrop (the dialog element itself, outside its content) closes it.
		dialog.addEventListener('click', function (event) {
			var box = dialog.getBoundingClientRect();
			var outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
			if (event.target === dialog && outside) dialog.close();
		});
		dialog.addEventListener('close', function () {
			preview.removeAttribute('src');
			showPreview(true);
			if (opener) opener.focus();
		});
		// A preview that did not load shows the browser's error page, whose document this page
		// may not read: the line about the network takes its place.
		preview.addEventListener('load', function () {
			if (!preview.getAttribute('src')) return;
			var chart = null;
			try {
				chart = preview.contentDocument && preview.contentDocument.querySelector('[data-embed-id]');
			} catch (error) {
				chart = null;
			}
			showPreview(Boolean(chart));
		});
		window.addEventListener('online', function () {
			if (!dialog.open || part('.offline').hidden) return;
			showPreview(true);
			preview.src = preview.src;
		});
		// The preview takes the height its page reports, like any host page with the resizer.
		window.addEventListener('message', function (event) {
			var data = event.data;
			if (event.source !== preview.contentWindow || event.origin !== location.origin) return;
			if (!data || data.type !== 'schools-for-whom:height' || typeof data.height !== 'number') return;
			if (data.height >= 50 && data.height <= 10000) preview.style.height = Math.ceil(data.height) + 'px';
		});
	}

	/** The preview, or the line saying it cannot load. @param {boolean} loaded */
	function showPreview(loaded) {
		part('iframe').hidden = !loaded;
		part('.offline').hidden = loaded;
	}

	/** @param {EmbedDialogInfo} info @param {HTMLElement} button */
	function open(info, button) {
		if (!dialog) create();
		opener = button;
		part('.chart-name').textContent = info.title;
		/** @type {HTMLTextAreaElement} */ (part('textarea')).value = info.code;
		part('[role=status]').textContent = '';
		var preview = /** @type {HTMLIFrameElement} */ (part('iframe'));
		preview.title = 'Preview: ' + info.title;
		preview.style.height = '400px';
		preview.src = info.page;
		var png = /** @type {HTMLAnchorElement} */ (part('a.png'));
		var svg = /** @type {HTMLAnchorElement} */ (part('a.svg'));
		png.href = info.png;
		png.download = 'schools-for-whom-' + info.id + '.png';
		svg.href = info.svg;
		svg.download = 'schools-for-whom-' + info.id + '.svg';
		dialog.dataset.embedId = info.id;
		dialog.showModal();
	}

	/** @type {any} */ (window).schoolsForWhomEmbedDialog = open;
})();

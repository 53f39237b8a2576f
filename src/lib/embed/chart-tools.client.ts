// What the steps' Embed and Download tools (ChartTools.svelte, static HTML) do in the browser,
// by listening on the document: a click on Embed opens the Embed dialog
// (static/embed/embed-dialog.js, loaded on first use); Escape in an open Download menu closes
// it and puts focus back on its button.
// Usage: listenToChartTools(); once, from the story's script.
import { BASE_PATH } from '$lib/site';

/** What static/embed/embed-dialog.js shows: written into each Embed button by the server. */
export interface EmbedDialogInfo {
	id: string;
	title: string;
	code: string;
	page: string;
	png: string;
	svg: string;
}

type DialogWindow = Window & { schoolsForWhomEmbedDialog?: (info: EmbedDialogInfo, opener: HTMLElement) => void };

function openEmbedDialog(button: HTMLElement) {
	const info = JSON.parse(button.dataset.embed!) as EmbedDialogInfo;
	const show = () => (window as DialogWindow).schoolsForWhomEmbedDialog?.(info, button);
	if ((window as DialogWindow).schoolsForWhomEmbedDialog) return show();
	const status = button.closest('.chart-tools')?.querySelector<HTMLElement>('[data-tools-status]');
	if (status) status.textContent = '';
	const script = document.createElement('script');
	script.src = `${BASE_PATH}/embed/embed-dialog.js`;
	script.onload = show;
	// Offline (or the file gone), the click must not do nothing: say why, and let a later click retry.
	script.onerror = () => {
		script.remove();
		if (status) status.textContent = EMBED_UNAVAILABLE;
	};
	document.head.append(script);
}

const EMBED_UNAVAILABLE = 'The embed code could not load: you seem to be offline. Try again once connected.';

export function listenToChartTools() {
	document.addEventListener('click', (event) => {
		const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-embed-button]');
		if (button) openEmbedDialog(button);
	});
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		const menu = (event.target as Element | null)?.closest?.<HTMLDetailsElement>('details[data-download-menu][open]');
		if (!menu) return;
		menu.open = false;
		menu.querySelector('summary')!.focus();
	});
}

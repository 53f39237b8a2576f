// What the steps' Embed and Download tools (ChartTools.svelte, static HTML) do in the browser,
// by listening on the document: a click on Embed opens the Embed dialog (EmbedDialog.svelte,
// whose script, embed-dialog.client.ts, loads on first use); Escape in an open Download menu
// closes it and puts focus back on its button.
// Usage: listenToChartTools(words); once, from the story's script, with the page's edition's words.
// Built as a bundle of its own and imported by address: a plain import() would add Vite's
// module-preload helper to the story's first load.
import type { EditionWords } from '$lib/model/edition';
import dialogScript from './embed-dialog.client?worker&url';

/** What the Embed dialog shows: written into each Embed button by the server. */
export interface EmbedDialogInfo {
	id: string;
	title: string;
	code: string;
	page: string;
	png: string;
	svg: string;
}

/** Asks the loaded dialog (embed-dialog.client.ts) to show one chart. */
export const OPEN_EMBED_DIALOG = 'schools-for-whom:open-embed-dialog';
export type OpenEmbedDialogEvent = CustomEvent<{ info: EmbedDialogInfo; opener: HTMLElement }>;

let dialogLoaded: Promise<unknown> | null = null;

async function openEmbedDialog(button: HTMLElement, { labels }: EditionWords) {
	const info = JSON.parse(button.dataset.embed!) as EmbedDialogInfo;
	const status = button.closest('.chart-tools')?.querySelector<HTMLElement>('[data-tools-status]');
	if (status) status.textContent = '';
	dialogLoaded ??= import(/* @vite-ignore */ dialogScript);
	try {
		await dialogLoaded;
		document.dispatchEvent(new CustomEvent(OPEN_EMBED_DIALOG, { detail: { info, opener: button } }));
	} catch {
		// Offline (or the file gone), the click must not do nothing: say why, and let a later click retry.
		dialogLoaded = null;
		if (status) status.textContent = labels.tools.offline;
	}
}

export function listenToChartTools(words: EditionWords) {
	document.addEventListener('click', (event) => {
		const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-embed-button]');
		if (button) void openEmbedDialog(button, words);
	});
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		const menu = (event.target as Element | null)?.closest?.<HTMLDetailsElement>('details[data-download-menu][open]');
		if (!menu) return;
		menu.open = false;
		menu.querySelector('summary')!.focus();
	});
}

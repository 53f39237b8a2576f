// The story's Embed dialog as a script of its own, loaded by chart-tools.client.ts on the first
// click of an Embed button: it mounts EmbedDialog.svelte once, then opens it for each chart the
// story asks it to show (OPEN_EMBED_DIALOG events on the document), in the words of the page's
// edition (PageWords.svelte).
import { mount } from 'svelte';
import { editionContext } from '$lib/model/edition';
import { readPageWords } from '$lib/static-html/page-words';
import EmbedDialog from './EmbedDialog.svelte';
import { OPEN_EMBED_DIALOG, type OpenEmbedDialogEvent } from './chart-tools.client';

const dialog = mount(EmbedDialog, { target: document.body, context: editionContext(readPageWords()) });
document.addEventListener(OPEN_EMBED_DIALOG, (event) => {
	const { info, opener } = (event as OpenEmbedDialogEvent).detail;
	dialog.open(info, opener);
});

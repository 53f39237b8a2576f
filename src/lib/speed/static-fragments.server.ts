// Fills each <StaticFragment name="…"> placeholder in a prerendered page with the HTML of a
// server-only component, inside a component the browser hydrates: the story's first chart, in
// the graphic island (hydrated later, on its own: see StickyGraphic.svelte), and the deck's
// slides, in its frame (never hydrated: Deck.svelte marks the current one). Svelte hydrates
// the empty placeholder and leaves what it holds alone, so this content costs HTML only: none
// of it travels in the JavaScript or is hydrated on load. The CSS of a component marked
// css="injected" goes into the page's <head>. Usage (src/hooks.server.ts):
// fillStaticFragments(html, edition) → html.
import { render } from 'svelte/server';
import ChartFrame from '$lib/charts/ChartFrame.svelte';
import { data, mapMeta, storySteps } from '$lib/model/content';
import { editionContext } from '$lib/model/edition';
import { editionWords } from '$lib/model/edition-words.server';
import DeckSlides from '$lib/present/DeckSlides.svelte';
import { deckSlides } from '$lib/present/deck-session';
import { deckPageData } from '$lib/present/deck-data.server';
import PdfDownloads from '$lib/story/PdfDownloads.svelte';

type Rendered = { head: string; body: string };

async function fragment(name: string, edition: string): Promise<Rendered> {
	// In the page's edition's words, as the page around it.
	const context = editionContext(editionWords(edition));
	// The story's first chart, named graphic-<step id> by StickyGraphic.svelte.
	const graphic = storySteps.find((step) => `graphic-${step.id}` === name);
	if (graphic) return render(ChartFrame, { props: { chart: graphic.state, data, meta: mapMeta }, context });
	if (name === 'slides') return render(DeckSlides, { props: deckSlides(await deckPageData(edition)), context });
	if (name === 'pdf-downloads') return render(PdfDownloads, { context });
	throw new Error(`No static fragment named "${name}" (known: graphic-<step id>, slides, pdf-downloads)`);
}

const PLACEHOLDER = /<div data-static-fragment="([a-z0-9-]+)"><\/div>/g;

/** `edition`: the code of the page's edition, whose words the fragments are in. */
export async function fillStaticFragments(html: string, edition: string): Promise<string> {
	const names = [...html.matchAll(PLACEHOLDER)].map((match) => match[1]);
	if (!names.length) return html;
	const rendered = new Map<string, Rendered>();
	for (const name of new Set(names)) rendered.set(name, await fragment(name, edition));
	const styles = new Set<string>();
	const filled = html.replace(PLACEHOLDER, (_placeholder, name: string) => {
		const { head, body } = rendered.get(name)!;
		for (const style of head.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? []) styles.add(style);
		return `<div data-static-fragment="${name}">${body}</div>`;
	});
	const page = styles.size ? filled.replace('</head>', `${[...styles].join('')}</head>`) : filled;
	// A fragment may hold another (the closing slide, among the slides, holds the PDFs' links).
	return page === html ? page : fillStaticFragments(page, edition);
}

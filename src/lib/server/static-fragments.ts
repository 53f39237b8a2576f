// Fills each <StaticFragment name="…"> placeholder in a prerendered page with the HTML of a
// server-only component (the story's header, intro, steps, methods and first graphic; the
// presentation's slides), and puts the CSS of components marked css="injected" into the page's
// <head>. The browser hydrates the empty placeholder and leaves its contents alone, so this
// content costs HTML bytes only: no JavaScript to download, and no hydration work on a slow
// phone. (The first graphic is hydrated later, on its own: see StickyGraphic.svelte.) The
// story's two islands are fragments too, so that each is drawn as a root, as Svelte's hydrate()
// expects; src/lib/story/story.client.ts hydrates them.
import { render } from 'svelte/server';
import StoryHeader from '$lib/story/StoryHeader.svelte';
import StoryIntro from '$lib/story/StoryIntro.svelte';
import StorySteps from '$lib/story/StorySteps.svelte';
import StoryMethods from '$lib/story/StoryMethods.svelte';
import ChartFrame from '$lib/charts/ChartFrame.svelte';
import MotionToggle from '$lib/story/MotionToggle.svelte';
import ScrollingGraphic from '$lib/story/ScrollingGraphic.svelte';
import { STORY_ISLANDS } from '$lib/story/islands';
import { copy, data, mapMeta, storySteps } from '$lib/story/content';
import methods from '$lib/generated/methods.json';
import type { MethodsData } from '$lib/types/data';
import DeckSlides from '$lib/present/DeckSlides.svelte';
import { deckSlides } from '$lib/present/deck-session';
import { deckPageData } from '$lib/present/deck-data.server';

type Rendered = { head: string; body: string };

type Deck = ReturnType<typeof deckSlides>;

function fragment(name: string, deck: Deck): Rendered {
	if (name === 'header') return render(StoryHeader, { props: { copy } });
	if (name === 'intro') return render(StoryIntro, { props: { copy, data } });
	if (name === 'methods') return render(StoryMethods, { props: { copy, methods: methods as MethodsData } });
	if (name === 'steps') return render(StorySteps, { props: { copy, data, meta: mapMeta } });
	// The story's islands, hydrated with the same props by src/lib/story/story.client.ts.
	if (name === STORY_ISLANDS.motionToggle) return render(MotionToggle);
	if (name === STORY_ISLANDS.graphic) return render(ScrollingGraphic, { props: { steps: storySteps, data, meta: mapMeta, stepsId: STORY_ISLANDS.stepsId } });
	// The sticky graphic's first chart, hydrated once the page is idle (StickyGraphic.svelte).
	const graphic = copy.steps.find((step) => `graphic-${step.id}` === name);
	if (graphic) return render(ChartFrame, { props: { chart: graphic.state, data, meta: mapMeta } });
	if (name === 'slides') return render(DeckSlides, { props: deck });
	throw new Error(`No static fragment named "${name}" (known: header, intro, steps, methods, ${STORY_ISLANDS.motionToggle}, ${STORY_ISLANDS.graphic}, graphic-<step id>, slides)`);
}

const PLACEHOLDER = /<div data-static-fragment="([a-z0-9-]+)"><\/div>/g;

export async function fillStaticFragments(html: string): Promise<string> {
	if (html.search(PLACEHOLDER) < 0) return html;
	const deck = deckSlides(await deckPageData());
	const styles = new Set<string>();
	// A fragment's own placeholders are filled too: the graphic island holds the first chart's.
	const fill = (page: string): string =>
		page.replace(PLACEHOLDER, (_placeholder, name: string) => {
			const { head, body } = fragment(name, deck);
			for (const style of head.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? []) styles.add(style);
			return `<div data-static-fragment="${name}">${fill(body)}</div>`;
		});
	const filled = fill(html);
	return styles.size ? filled.replace('</head>', `${[...styles].join('')}</head>`) : filled;
}

// Fills each <StaticFragment name="…"> placeholder in a prerendered page with the HTML of a
// server-only component. The browser hydrates the empty placeholder and leaves its contents
// alone, so this content costs HTML bytes only, never JavaScript.
import { render } from 'svelte/server';
import StoryMethods from '$lib/story/StoryMethods.svelte';
import { copy } from '$lib/story/content';
import methods from '$lib/generated/methods.json';
import type { MethodsData } from '$lib/types/data';

const FRAGMENTS: Record<string, () => string> = {
	methods: () => render(StoryMethods, { props: { copy, methods: methods as MethodsData } }).body
};

const PLACEHOLDER = /<div data-static-fragment="([a-z-]+)"><\/div>/g;

export function fillStaticFragments(html: string): string {
	return html.replace(PLACEHOLDER, (placeholder, name: string) => {
		const fragment = FRAGMENTS[name];
		if (!fragment) throw new Error(`No static fragment named "${name}" (known: ${Object.keys(FRAGMENTS).join(', ')})`);
		return `<div data-static-fragment="${name}">${fragment()}</div>`;
	});
}

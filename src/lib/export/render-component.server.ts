// svelte/server's render with a component's props typed loosely enough for generic callers, in
// an edition's words (the context its components read them from).
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { editionContext, type EditionWords } from '$lib/model/edition';

export function renderComponent<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props,
	edition: EditionWords
) {
	return render(component as unknown as Component<Record<string, unknown>>, {
		props,
		context: editionContext(edition)
	});
}

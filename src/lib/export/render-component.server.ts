// svelte/server's render with a component's props typed loosely enough for generic callers.
import { render } from 'svelte/server';
import type { Component } from 'svelte';

export function renderComponent<Props extends Record<string, unknown>>(component: Component<Props>, props: Props) {
	return render(component as unknown as Component<Record<string, unknown>>, { props });
}

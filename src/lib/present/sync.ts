// Keeps every window of the presentation on the same slide: the audience window and the
// presenter view follow each other in both directions. BroadcastChannel reaches the site's other
// windows in the same browser, needs no network (it works offline) and stores nothing.
// Usage: const channel = openDeckChannel(name, (message) => …); channel.post(…); channel.close().

export type DeckMessage =
	/** A window moved to a slide or blanked the screen: the others follow. */
	| { kind: 'show'; slide: number; blanked: boolean }
	/** A window has just opened: whoever is already presenting answers with "show". */
	| { kind: 'hello' };

/** One channel per deck (its address): two copies on one host, or two editions, do not drive each other. */
export function deckChannelName(deck: string): string {
	return `schools-for-whom-present:${deck}`;
}

export function isDeckMessage(value: unknown): value is DeckMessage {
	if (typeof value !== 'object' || value === null) return false;
	const message = value as Record<string, unknown>;
	if (message.kind === 'hello') return true;
	return message.kind === 'show' && Number.isInteger(message.slide) && typeof message.blanked === 'boolean';
}

export interface DeckChannel {
	post(message: DeckMessage): void;
	close(): void;
}

export function openDeckChannel(name: string, onMessage: (message: DeckMessage) => void): DeckChannel {
	if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
	const channel = new BroadcastChannel(name);
	channel.onmessage = (event: MessageEvent) => {
		if (isDeckMessage(event.data)) onMessage(event.data);
	};
	return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

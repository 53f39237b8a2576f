// The state of a running presentation, shared by the audience window and the presenter view:
// which slide is showing and whether the screen is blank. It keeps the URL's hash and the other
// windows in step. Usage: const deck = new Presentation(slides); onMount(() => deck.connect(name));
import { replaceState } from '$app/navigation';
import { whenIdle } from '$lib/browser/idle';
import { clampSlide, hashForSlide, slideFromHash } from './slide-url.js';
import { slideAliases, type Slide } from './slides.js';
import { openDeckChannel, type DeckChannel, type DeckMessage } from './sync.js';

export class Presentation {
	current = $state(0);
	blanked = $state(false);
	readonly count: number;
	#aliases: string[];
	#channel: DeckChannel | null = null;

	constructor(slides: Slide[]) {
		this.count = slides.length;
		this.#aliases = slideAliases(slides);
	}

	get last() {
		return this.count - 1;
	}

	/** Reads the slide from the URL and starts following the other windows; returns the function that stops. */
	connect(channelName: string): () => void {
		this.current = slideFromHash(location.hash, this.#aliases) ?? this.current;
		// Write "#n" once the router has started (after hydration), in idle time, since it is not
		// urgent and costs the router some work: a clamped or named slide reads as its number.
		const cancelTidyUrl = whenIdle(() => location.hash !== hashForSlide(this.current) && this.#writeUrl());
		this.#channel = openDeckChannel(channelName, (message) => this.#receive(message));
		this.#channel.post({ kind: 'hello' });
		// Someone typed a slide number into the address bar.
		const onHashChange = () => {
			const slide = slideFromHash(location.hash, this.#aliases);
			if (slide !== null && slide !== this.current) this.#show(slide, false, true);
		};
		addEventListener('hashchange', onHashChange);
		return () => {
			cancelTidyUrl();
			removeEventListener('hashchange', onHashChange);
			this.#channel?.close();
			this.#channel = null;
		};
	}

	next = () => this.goTo(this.current + 1);
	previous = () => this.goTo(this.current - 1);
	first = () => this.goTo(0);
	end = () => this.goTo(this.last);

	/** Moves to a slide; on a blank screen, the first press only brings the screen back, where it was. */
	goTo(slide: number) {
		if (this.blanked) this.#show(this.current, false, true);
		else this.#show(clampSlide(slide, this.count), false, true);
	}

	toggleBlank = () => this.#show(this.current, !this.blanked, true);

	#show(slide: number, blanked: boolean, tellOthers: boolean) {
		this.current = slide;
		this.blanked = blanked;
		if (location.hash !== hashForSlide(slide)) this.#writeUrl();
		if (tellOthers) this.#channel?.post({ kind: 'show', slide, blanked });
	}

	#receive(message: DeckMessage) {
		if (message.kind === 'hello') this.#channel?.post({ kind: 'show', slide: this.current, blanked: this.blanked });
		else this.#show(clampSlide(message.slide, this.count), message.blanked, false);
	}

	// replaceState, not pushState: the Back button leaves the presentation instead of replaying it.
	#writeUrl() {
		replaceState(hashForSlide(this.current), {});
	}
}

// The addresses of an edition's PDFs, below its own (editionPath): the deck's slides and speaker
// notes beside the deck, the one-page handout beside the story, in A4 and in US Letter. Plain
// JavaScript, as svelte.config.js lists them for prerendering.
export const PDF_PATHS = /** @type {const} */ ({
	slides: '/present/slides.pdf',
	notes: '/present/notes.pdf',
	handout: '/handout.pdf',
	handoutLetter: '/handout-letter.pdf'
});

// The writing systems an exported image is drawn in, chosen by the edition's language: the fonts
// its text names, and the way its lines run. resvg draws a text in the first family of its list
// that it has and falls back glyph by glyph only where that font has none, so each list starts
// with the one font that covers its script (DejaVu's own Arabic lacks Pashto letters). A
// right-to-left line is drawn as the charts draw theirs (charts/text-direction.ts).

/** Latin (English), Japanese, or Arabic script (Dari, Pashto). */
export type Script = 'latin' | 'japanese' | 'arabic';

/** The script of an edition's language (`<html lang>`): en, ja, fa-AF, ps-AF. */
export function scriptOf(lang = 'en'): Script {
	const language = lang.toLowerCase().split('-')[0];
	if (language === 'ja') return 'japanese';
	if (['fa', 'prs', 'ps', 'pbt', 'ar', 'ur'].includes(language)) return 'arabic';
	return 'latin';
}

/** Font stacks by script: the bundled font first, so resvg finds it; then what other programs may have. */
export const EXPORT_FONTS: Record<Script, { '--font-sans': string; '--font-serif': string }> = {
	latin: {
		'--font-sans': "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif",
		'--font-serif': "'DejaVu Serif', 'Bitstream Vera Serif', Georgia, serif"
	},
	// No Japanese or Arabic serif is bundled: the charts set their text in sans-serif only.
	japanese: {
		'--font-sans': "'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif",
		'--font-serif': "'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif"
	},
	arabic: {
		'--font-sans': "'Noto Sans Arabic', 'Segoe UI', Tahoma, sans-serif",
		'--font-serif': "'Noto Sans Arabic', 'Segoe UI', Tahoma, sans-serif"
	}
};

export const isRightToLeft = (script: Script) => script === 'arabic';

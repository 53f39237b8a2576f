// Chooses which province labels to draw so none collide, at the size the map is shown.
// Usage: placeLabels(candidates, { fontSize, width, height }) → the labels that fit, in
// priority order. Candidates earlier in the list win a collision.
import { estimatedEms } from './wrap-text.js';

export interface LabelCandidate {
	id: string;
	text: string;
	/** Anchor in viewBox units: the label is centred on it */
	x: number;
	y: number;
	/** Placed farther out, with a leader line to its anchor, rather than dropped (a highlighted province) */
	required?: boolean;
}

export interface PlacedLabel extends LabelCandidate {
	box: { left: number; top: number; right: number; bottom: number };
	/** The anchor, when the label was placed away from it and needs a line back to it */
	leaderFrom?: { x: number; y: number };
}

/** Average glyph width as a share of the font size: generous, for wide bold sans faces such as DejaVu Sans Bold. */
const GLYPH_WIDTH = 0.68;
const PADDING = 0.2;

export function labelBox(candidate: LabelCandidate, fontSize: number) {
	const halfWidth = (estimatedEms(candidate.text, GLYPH_WIDTH) * fontSize) / 2 + PADDING * fontSize;
	const halfHeight = fontSize * (0.5 + PADDING);
	return {
		left: candidate.x - halfWidth,
		right: candidate.x + halfWidth,
		top: candidate.y - halfHeight,
		bottom: candidate.y + halfHeight
	};
}

function overlaps(a: PlacedLabel['box'], b: PlacedLabel['box']) {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The candidate nudged inward where it only pokes out of the map's edge. */
function inside(candidate: LabelCandidate, frame: { fontSize: number; width: number; height: number }): LabelCandidate {
	const box = labelBox(candidate, frame.fontSize);
	const shiftX = box.left < 0 ? -box.left : box.right > frame.width ? frame.width - box.right : 0;
	const shiftY = box.top < 0 ? -box.top : box.bottom > frame.height ? frame.height - box.bottom : 0;
	return { ...candidate, x: candidate.x + shiftX, y: candidate.y + shiftY };
}

/**
 * Greedy placement: keeps each candidate whose box stays inside the map and clear of every
 * label already kept and of every mark (another province's report dot), on its anchor or, where
 * that is taken, just beside it; nudges a label inward when it only pokes out of the map's edge.
 */
export function placeLabels(
	candidates: LabelCandidate[],
	frame: { fontSize: number; width: number; height: number },
	/** Marks no label may cover (report dots), each with the id of the one label that may sit on its anchor above it */
	obstacles: { id: string; box: PlacedLabel['box'] }[] = []
): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	// A province's own dot sits just under its label's anchor: only a label moved off its anchor could cover it.
	const fits = (box: PlacedLabel['box'], id: string, onAnchor: boolean) =>
		box.right - box.left <= frame.width &&
		!placed.some((other) => overlaps(other.box, box)) &&
		!obstacles.some((mark) => !(onAnchor && id === mark.id) && overlaps(mark.box, box));
	for (const candidate of candidates) {
		// On its anchor if it fits, else just above, below, or to either side of it, rather than dropped.
		const step = frame.fontSize * 1.2;
		const { left, right } = labelBox(candidate, frame.fontSize);
		// Beside: the label's near end at the anchor.
		const side = (right - left) / 2;
		const spots = [
			[0, 0],
			[0, -step],
			[0, step],
			[side, 0],
			[-side, 0]
		];
		// A label that must be shown goes farther out, in eight directions, with a line back to its anchor.
		const far = candidate.required
			? [2, 3, 4].flatMap((ring) =>
					[
						[0, -1],
						[1, -1],
						[1, 0],
						[1, 1],
						[0, 1],
						[-1, 1],
						[-1, 0],
						[-1, -1]
					].map(([ux, uy]) => [ux * (side + step * ring), uy * step * ring])
				)
			: [];
		for (const [dx, dy] of [...spots, ...far]) {
			const moved = inside({ ...candidate, x: candidate.x + dx, y: candidate.y + dy }, frame);
			const box = labelBox(moved, frame.fontSize);
			if (!fits(box, candidate.id, dx === 0 && dy === 0)) continue;
			const leader = Math.hypot(moved.x - candidate.x, moved.y - candidate.y) > step * 1.5;
			placed.push({ ...moved, box, ...(leader ? { leaderFrom: { x: candidate.x, y: candidate.y } } : {}) });
			break;
		}
	}
	return placed;
}

/** The label font size in viewBox units that shows as `pixels` on screen when the map is drawn `renderedWidth` wide. */
export function fontSizeFor(pixels: number, viewBoxWidth: number, renderedWidth: number): number {
	return renderedWidth > 0 ? (pixels * viewBoxWidth) / renderedWidth : pixels;
}

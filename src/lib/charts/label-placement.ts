// Chooses which province labels to draw so none collide, at the size the map is shown.
// Usage: placeLabels(candidates, { fontSize, width, height }) → the labels that fit, in
// priority order. Candidates earlier in the list win a collision.

export interface LabelCandidate {
	id: string;
	text: string;
	/** Anchor in viewBox units: the label is centred on it */
	x: number;
	y: number;
}

export interface PlacedLabel extends LabelCandidate {
	box: { left: number; top: number; right: number; bottom: number };
}

/** Average glyph width as a share of the font size: generous, for wide bold sans faces such as DejaVu Sans Bold. */
const GLYPH_WIDTH = 0.68;
const PADDING = 0.2;

export function labelBox(candidate: LabelCandidate, fontSize: number) {
	const halfWidth = (candidate.text.length * GLYPH_WIDTH * fontSize) / 2 + PADDING * fontSize;
	const halfHeight = fontSize * (0.5 + PADDING);
	return { left: candidate.x - halfWidth, right: candidate.x + halfWidth, top: candidate.y - halfHeight, bottom: candidate.y + halfHeight };
}

function overlaps(a: PlacedLabel['box'], b: PlacedLabel['box']) {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Greedy placement: keeps each candidate whose box stays inside the map and clear of every
 * label already kept; nudges a label inward when it only pokes out of the map's edge.
 */
export function placeLabels(candidates: LabelCandidate[], frame: { fontSize: number; width: number; height: number }): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	for (const candidate of candidates) {
		let box = labelBox(candidate, frame.fontSize);
		const shiftX = box.left < 0 ? -box.left : box.right > frame.width ? frame.width - box.right : 0;
		const shiftY = box.top < 0 ? -box.top : box.bottom > frame.height ? frame.height - box.bottom : 0;
		const moved = { ...candidate, x: candidate.x + shiftX, y: candidate.y + shiftY };
		box = labelBox(moved, frame.fontSize);
		if (box.right - box.left > frame.width) continue;
		if (placed.some((other) => overlaps(other.box, box))) continue;
		placed.push({ ...moved, box });
	}
	return placed;
}

/** The label font size in viewBox units that shows as `pixels` on screen when the map is drawn `renderedWidth` wide. */
export function fontSizeFor(pixels: number, viewBoxWidth: number, renderedWidth: number): number {
	return renderedWidth > 0 ? (pixels * viewBoxWidth) / renderedWidth : pixels;
}

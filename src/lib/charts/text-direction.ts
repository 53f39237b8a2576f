// Which way a chart's text runs, set the same way in a browser and in resvg (the exported
// images), which ignores `direction`. Every chart's <svg> says direction="ltr", so text-anchor
// keeps one meaning whatever the page's dir (start is the left end: an RTL page would otherwise
// turn it into the right end); a right-to-left edition's line is a right-to-left isolate
// (RLI … PDI), which both order as a right-to-left paragraph (words, numbers, Latin names and
// end punctuation), anchored at its reading start, its right end. Which parts of a chart mirror
// is each layout's choice (docs/translating.md).
// Usage: <svg direction={CHART_DIRECTION}><text x={x} text-anchor={anchorAtStart(rtl)}>{chartText(line, rtl)}</text>

/** The direction every chart's <svg> says, so that its anchors mean left and right (see above). */
export const CHART_DIRECTION = 'ltr';

export const RIGHT_TO_LEFT_ISOLATE = '\u2067';
export const POP_ISOLATE = '\u2069';
export const rightToLeftLine = (text: string) => `${RIGHT_TO_LEFT_ISOLATE}${text}${POP_ISOLATE}`;

/** Whether an edition's charts read right to left (Dari, Pashto). */
export const readsRightToLeft = (edition: { dir: string }) => edition.dir === 'rtl';

/** A line of a chart's text in its edition's direction. */
export const chartText = (text: string, rtl: boolean) => (rtl ? rightToLeftLine(text) : text);

/** The anchor that puts a line's reading start at its x: its left end (SVG's default), or right to left its right end. */
export const anchorAtStart = (rtl: boolean): 'end' | undefined => (rtl ? 'end' : undefined);

/** The anchor that puts a line's reading end at its x: its right end, or right to left its left end. */
export const anchorAtEnd = (rtl: boolean): 'start' | 'end' => (rtl ? 'start' : 'end');

/** A distance from a drawing's reading start, as an x: from its left edge, or right to left from its right edge. */
export const fromStart = (distance: number, width: number, rtl: boolean) => (rtl ? width - distance : distance);

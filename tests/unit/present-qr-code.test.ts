import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../src/lib/present/qr-code.server';

/** The dark modules an SVG path from `qrcode` draws: runs of "h" along rows, moved by "M"/"m". */
function darkModules(svg: string): Set<string> {
	const d = /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(svg)?.[1] ?? '';
	const dark = new Set<string>();
	let x = 0;
	let y = 0;
	for (const [, command, args] of d.matchAll(/([MmHhVv])([^MmHhVv]*)/g)) {
		const n = args
			.trim()
			.split(/[\s,]+/)
			.map(Number);
		if (command === 'M') [x, y] = n;
		else if (command === 'm') [x, y] = [x + n[0], y + n[1]];
		else if (command === 'h') {
			for (let i = 0; i < n[0]; i++) dark.add(`${x + i},${Math.floor(y)}`);
			x += n[0];
		} else throw new Error(`unexpected path command ${command}`);
	}
	return dark;
}

describe('the QR code on the closing slide', () => {
	const url = 'https://news.example.org/graphics/schools-for-whom/';

	it("draws exactly the modules that encode the story's address, inside a four-module quiet zone", async () => {
		const svg = await qrCodeSvg(url);
		const code = QRCode.create(url, { errorCorrectionLevel: 'M' });
		const expected = new Set<string>();
		for (let row = 0; row < code.modules.size; row++)
			for (let col = 0; col < code.modules.size; col++)
				if (code.modules.get(row, col)) expected.add(`${col + 4},${row + 4}`);
		expect(darkModules(svg)).toEqual(expected);
		expect(svg).toContain(`viewBox="0 0 ${code.modules.size + 8} ${code.modules.size + 8}"`);
	});

	it('is an SVG that screen readers skip (the slide gives the address in words)', async () => {
		const svg = await qrCodeSvg(url);
		expect(svg.startsWith('<svg aria-hidden="true" focusable="false" ')).toBe(true);
		expect(svg).not.toMatch(/<script/i);
	});
});

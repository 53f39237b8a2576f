// The closing slide's QR code, made on the server at build time: the browser gets the SVG only,
// never the QR library.
import QRCode from 'qrcode';

/**
 * An SVG QR code for a URL: black on white with the standard four-module quiet zone, error
 * correction M (readable with a little glare or keystone), hidden from screen readers (the slide
 * says the address in words).
 */
export async function qrCodeSvg(url: string): Promise<string> {
	const svg = await QRCode.toString(url, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 4,
		color: { dark: '#000000', light: '#ffffff' }
	});
	return svg.trim().replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}

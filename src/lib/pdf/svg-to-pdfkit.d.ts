// svg-to-pdfkit ships no types: the one function it exports, as this project calls it.
declare module 'svg-to-pdfkit' {
	interface SvgToPdfOptions {
		width?: number;
		height?: number;
		assumePt?: boolean;
		preserveAspectRatio?: string;
		fontCallback?: (
			family: string,
			bold: boolean,
			italic: boolean,
			options: { fauxBold: boolean; fauxItalic: boolean }
		) => string;
		warningCallback?: (warning: string) => void;
	}
	export default function SVGtoPDF(
		doc: PDFKit.PDFDocument,
		svg: string,
		x: number,
		y: number,
		options?: SvgToPdfOptions
	): void;
}

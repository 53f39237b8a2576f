// The code an editor pastes to embed a chart: an iframe that any resizer can size, and the
// site's own small resizer script for pages that have none. Used by the story's Embed dialog
// and the /embed/ index, so both always hand out the same code.
import type { GraphicName } from '$lib/model/chart-state';
import { SITE_URL } from '$lib/site';
import { embedPaths } from './embed-id';
import type { Edition } from '$lib/model/editions';

/** Rough height at 600 px wide, so the host page moves little when the real height arrives. */
const INITIAL_HEIGHT: Record<GraphicName, number> = { map: 700, ladder: 620, barred: 480, parity: 560 };

/** The address of the host-page resizer script (static/embed/resize.js). */
export const resizerScriptUrl = (siteUrl = SITE_URL) => `${siteUrl}/embed/resize.js`;

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface EmbedCodeInput {
	id: string;
	title: string;
	graphic: GraphicName;
	/** The edition whose page the iframe shows (English when absent) */
	edition?: Pick<Edition, 'code'>;
}

/** The iframe alone: enough for pages that already run pym.js or Datawrapper's resizer. */
export function iframeCode({ id, title, graphic, edition }: EmbedCodeInput, siteUrl = SITE_URL): string {
	return (
		`<iframe src="${siteUrl}${embedPaths(id, edition).page}" title="${attribute(title)}" ` +
		`width="100%" height="${INITIAL_HEIGHT[graphic]}" scrolling="no" loading="lazy" ` +
		`style="width:100%;border:0;display:block"></iframe>`
	);
}

/** The iframe and the resizer script, ready to paste anywhere. */
export function embedCode(input: EmbedCodeInput, siteUrl = SITE_URL): string {
	return `${iframeCode(input, siteUrl)}\n<script src="${resizerScriptUrl(siteUrl)}" async></script>`;
}

import { error } from '@sveltejs/kit';
import { embedById, embeds } from '$lib/embed/embeds';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => embeds.map((embed) => ({ chart: embed.id }));

export const load: PageLoad = ({ params }) => {
	const embed = embedById(params.chart);
	if (!embed) error(404, `No embeddable chart "${params.chart}"`);
	return { embed };
};

// archieml ships no types; this is the one call the data build uses.
declare module 'archieml' {
	const archieml: { load(text: string): Record<string, unknown> };
	export default archieml;
}

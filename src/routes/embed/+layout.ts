// Embed pages ship no framework JavaScript: the chart is complete in the prerendered HTML, and
// two small plain scripts (static/embed/) report the height and fit map labels. This keeps each
// embed far under its 15 KB budget, and plain classic scripts also run in an iframe sandboxed
// without allow-same-origin, where module scripts from another origin would be refused.
export const csr = false;

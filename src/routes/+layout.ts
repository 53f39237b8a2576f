// Every route is prerendered to static HTML; directories with index.html, as static hosts expect.
export const prerender = true;
export const trailingSlash = 'always';

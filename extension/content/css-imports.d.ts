// Style sheets imported for their side effect: Vite bundles them, and WXT lists a content
// script's CSS in the manifest so the browser applies it before the page is styled.
declare module '*.css';

// citation-js publishes no type declarations; src/render/citation/citation-js.ts
// describes the part of the API pakaz uses and casts the modules to it.
declare module "@citation-js/core";
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";

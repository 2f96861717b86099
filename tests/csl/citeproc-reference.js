// The reference renderer for the CSL agreement test: citeproc-js (the processor inside Zotero)
// renders CITATIONS (clusters of {id, locator, label, suppress-author, author-only}) and the
// bibliography of ITEMS with STYLE, offline, with the locales in LOCALE_DIR.
// Usage: node citeproc-reference.js STYLE.csl ITEMS.json CITATIONS.json LOCALE_DIR
// Prints {"citations": [html…], "bibliography": [html…]} as JSON on stdout.
'use strict';
const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const [stylePath, itemsPath, citationsPath, localeDir] = process.argv.slice(2);
const style = fs.readFileSync(stylePath, 'utf8');
const items = new Map(JSON.parse(fs.readFileSync(itemsPath, 'utf8')).map((item) => [String(item.id), item]));
const clusters = JSON.parse(fs.readFileSync(citationsPath, 'utf8'));

const sys = {
    retrieveItem: (id) => items.get(String(id)),
    retrieveLocale: (lang) => {
        const file = path.join(localeDir, `locales-${lang}.xml`);
        return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : false;
    },
};
const engine = new CSL.Engine(sys, style);
const citations = clusters.map((cites, i) => [
    { citationID: `c${i}`, citationItems: cites, properties: { noteIndex: 0 } },
    [],
    [],
]);
const rendered = new Array(clusters.length);
// Clusters in document order, each seeing those before it, as a word processor plug-in would.
citations.forEach(([citation], i) => {
    const pre = citations.slice(0, i).map(([c]) => [c.citationID, 0]);
    const [, updates] = engine.processCitationCluster(citation, pre, []);
    for (const [index, html] of updates)
        rendered[index] = html;
});
const [, entries] = engine.makeBibliography();
process.stdout.write(JSON.stringify({ citations: rendered, bibliography: entries }) + '\n');

// Plenum's CSL engine: citeproc-js (docs/adr/0013-csl-engine.md), run by node, offline.
// Reads one request as JSON on stdin:
//   {"style": "/path/style.csl", "localeDir": "/usr/share/citation-style-language/locales",
//    "items": [CSL-JSON items], "clusters": [[{"id", "locator", "label", "suppress-author",
//    "author-only"}, …], …], "bibliography": true}
// and writes {"citations": [html…], "bibliography": [html…], "entryIds": [id…], "format": {…}}
// or {"error": "…"}.
'use strict';
const fs = require('fs');
const path = require('path');

function fail(message) {
    process.stdout.write(JSON.stringify({ error: message }) + '\n');
    process.exit(0);
}

let CSL;
try {
    CSL = require('citeproc');
} catch (e) {
    fail('the citeproc package is not installed (run make deps)');
}

function render(request) {
    const items = new Map(request.items.map((item) => [String(item.id), item]));
    const sys = {
        retrieveItem: (id) => items.get(String(id)),
        retrieveLocale: (lang) => {
            const file = path.join(request.localeDir, `locales-${lang}.xml`);
            return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : false;
        },
    };
    const engine = new CSL.Engine(sys, fs.readFileSync(request.style, 'utf8'));
    const citations = new Array(request.clusters.length);
    const done = [];
    // In document order, each cluster seeing those before it: numbers follow first citation and
    // year suffixes (2020a, 2020b) reach the clusters already rendered.
    request.clusters.forEach((cites, i) => {
        const citation = { citationID: `c${i}`, citationItems: cites, properties: { noteIndex: 0 } };
        const [, updates] = engine.processCitationCluster(citation, done, []);
        for (const [index, html] of updates)
            citations[index] = html;
        done.push([citation.citationID, 0]);
    });
    const out = { citations, bibliography: [], entryIds: [], format: {} };
    if (request.bibliography && engine.bibliography !== undefined) {
        if (request.clusters.length === 0)
            engine.updateItems(request.items.map((item) => String(item.id)));
        const result = engine.makeBibliography();
        if (result) {
            const [format, entries] = result;
            out.bibliography = entries.map((e) => e.trim());
            out.entryIds = format.entry_ids.map((ids) => String(ids[0]));
            out.format = { secondFieldAlign: format['second-field-align'] || false, hangingIndent: !!format.hangingindent };
        }
    }
    return out;
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
    let request;
    try {
        request = JSON.parse(input);
    } catch (e) {
        fail(`the request is not JSON: ${e.message}`);
    }
    try {
        process.stdout.write(JSON.stringify(render(request)) + '\n');
    } catch (e) {
        fail(`the style ${path.basename(request.style)} could not be applied: ${e.message}`);
    }
});

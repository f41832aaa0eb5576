// Adds diagram interchange (shapes and edges) to a BPMN file that has none, so Cockpit and the
// Modeler can draw it; tidy the result in Camunda Modeler if needed. XML comments are dropped.
//
//   npm install --prefix /tmp/bpmn-layout bpmn-auto-layout@1.3.0
//   NODE_PATH=/tmp/bpmn-layout/node_modules node deploy/tools/bpmn-layout.mjs in.bpmn out.bpmn
import { createRequire } from 'module';
import fs from 'fs';

const require = createRequire(import.meta.url);
const { layoutProcess } = require(require.resolve('bpmn-auto-layout', { paths: (process.env.NODE_PATH || '').split(':') }));
const [, , input, output] = process.argv;
if (!input || !output) {
  console.error('usage: node deploy/tools/bpmn-layout.mjs in.bpmn out.bpmn');
  process.exit(2);
}
fs.writeFileSync(output, await layoutProcess(fs.readFileSync(input, 'utf8')));

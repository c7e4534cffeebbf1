// Validates Turtle data against SHACL shapes with rdf-validate-shacl (an ES module, run apart from jest's
// CommonJS): `node shacl-validate.mjs <data.ttl> <shapes.ttl>` prints the report as JSON.
import { readFileSync } from 'node:fs';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const store = (file) => new Store(new Parser().parse(readFileSync(file, 'utf8')));
const [data, shapes] = process.argv.slice(2);
const report = await new SHACLValidator(store(shapes)).validate(store(data));
const term = (value) => (value ? value.value : null);
const results = report.results.map((result) => ({
  focusNode: term(result.focusNode),
  path: term(result.path),
  severity: term(result.severity),
  constraint: term(result.sourceConstraintComponent),
  message: result.message.map((text) => text.value).join(' '),
}));
process.stdout.write(JSON.stringify({ conforms: report.conforms, results }));

import { it } from 'vitest';
import { projectOf } from './helpers/org.js';
it('scratch', () => {
  const p = projectOf({ 'org.yaml': `name: Acme
departments:
  - id: Bad_Id
    name: Bad
  - id: good
    name: Good
    need: Nope_Need
`});
  const m = p.model;
  console.log(JSON.stringify(m.org?.org), JSON.stringify(m.org?.dropped), JSON.stringify([...m.departmentById.entries()].map(([k,v])=>[k,v?.path])));
});

// Runs the GraphQL-over-HTTP server audits of the npm package graphql-http against one endpoint, one after the other,
// and prints one JSON line per audit: {"id", "name", "status": "ok" | "warn" | "error" | "notice", "reason",
// "httpStatus"}. A failing MUST is "error", a failing SHOULD "warn", a failing MAY "notice".
//
// Usage: node graphql-http-audit.mjs <endpoint URL> <node_modules folder holding graphql-http>
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [url, modules] = process.argv.slice(2);
if (!url || !modules) {
  console.error('usage: node graphql-http-audit.mjs <endpoint URL> <node_modules folder>');
  process.exit(2);
}
const { serverAudits } = await import(pathToFileURL(join(modules, 'graphql-http', 'lib', 'index.mjs')).href);

for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  console.log(JSON.stringify({
    id: result.id,
    name: result.name,
    status: result.status,
    reason: result.reason ?? null,
    httpStatus: result.response ? result.response.status : null,
  }));
}

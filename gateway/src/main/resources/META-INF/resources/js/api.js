// The one way the pages reach the data: a GraphQL request to the gateway on the same origin.
// A service that is down leaves its fields null and an error naming it; the answer is still used.

export class GatewayError extends Error {}

export async function graphql(query, variables = {}, { token } = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (e) {
    throw new GatewayError(`The gateway did not answer (${e.message}).`);
  }
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new GatewayError(`The gateway answered ${response.status} without a GraphQL result.`);
  }
  if (!body.data && body.errors?.length) {
    const error = new GatewayError(body.errors.map((e) => e.message).join('; '));
    error.errors = body.errors;
    throw error;
  }
  return { data: body.data ?? {}, errors: body.errors ?? [] };
}

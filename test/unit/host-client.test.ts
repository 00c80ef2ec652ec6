import { expect } from 'chai';
import { credentialsFor, endpointUrl, hostRequest } from '../../src/host-api/host-client.js';
import { Xs2aError } from '../../src/errors.js';
import { createFlowResponse } from '../../src/schemas/host-backend.js';
import { rejection } from '../helpers/errors.js';

interface Call {
  url: string;
  init: RequestInit;
}

const json = (status: number, body: unknown, type = 'application/json'): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

const created = { data: { flow_id: 'flow-1', client_token: 'token-1', state: 'CONSUMER_INPUT_NEEDED' } };

let calls: Call[];
const realFetch = globalThis.fetch;

/** Answers each request with the next reply; a function reply sees the request's init. */
function replyWith(...replies: (Response | Error | ((init: RequestInit) => Promise<Response>))[]): void {
  globalThis.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: input instanceof Request ? input.url : input.toString(), init });
    const reply = replies.shift();
    if (reply === undefined) return Promise.reject(new Error('unexpected request'));
    if (reply instanceof Error) return Promise.reject(reply);
    return reply instanceof Response ? Promise.resolve(reply) : reply(init);
  };
}

/** Never answers; rejects with the signal's reason like fetch does. */
const hang = (init: RequestInit): Promise<Response> =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => {
      reject(init.signal?.reason as Error);
    });
  });

const failure = (request: Promise<unknown>): Promise<Xs2aError> => rejection(request, Xs2aError);

describe('host client', () => {
  beforeEach(() => {
    calls = [];
  });

  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('joins the endpoint and the path with one slash', () => {
    expect(endpointUrl('https://shop.example/api/', 'flows')).to.equal('https://shop.example/api/flows');
    expect(endpointUrl('/api', 'flows/f-1')).to.equal('/api/flows/f-1');
  });

  it('sends JSON and returns the validated answer', async () => {
    replyWith(json(201, created, 'application/json; charset=utf-8'));
    const answer = await hostRequest('https://shop.example/api/flows', { method: 'POST', body: { language: 'de' }, schema: createFlowResponse });
    expect(answer.data.client_token).to.equal('token-1');
    const [{ url, init }] = calls as [Call];
    expect(url).to.equal('https://shop.example/api/flows');
    expect(init.method).to.equal('POST');
    expect(init.body).to.equal('{"language":"de"}');
    expect(init.headers).to.deep.equal({ accept: 'application/json', 'content-type': 'application/json' });
  });

  it('sends keepalive when asked and does not read a body without a schema', async () => {
    const response = json(200, { closed: true });
    replyWith(response);
    await hostRequest('https://shop.example/api/flows/f-1', { method: 'DELETE', keepalive: true });
    expect(response.bodyUsed).to.be.false;
    expect(calls[0]!.init.keepalive).to.be.true;
  });

  it('turns a non-2xx answer into an http error with the status and the backend’s message', async () => {
    replyWith(json(409, { error: { code: 'FLOW_OPEN', message: 'a flow is already open' } }));
    const error = await failure(hostRequest('https://shop.example/api/flows', { method: 'POST', schema: createFlowResponse }));
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(409);
    expect(error.message).to.contain('a flow is already open');
  });

  it('reports an http error whose body is not JSON by its status alone', async () => {
    replyWith(new Response('Bad Gateway', { status: 502, headers: { 'content-type': 'text/plain' } }));
    const error = await failure(hostRequest('https://shop.example/api/flows', { method: 'POST' }));
    expect(error).to.include({ code: 'http', status: 502 });
  });

  it('checks the content type before parsing', async () => {
    replyWith(new Response('{"data":{}}', { status: 200, headers: { 'content-type': 'text/html' } }));
    const error = await failure(hostRequest('https://shop.example/api/flows/f-1', { schema: createFlowResponse }));
    expect(error).to.include({ code: 'invalid-response', status: 200 });
    expect(error.message).to.contain('text/html');
  });

  it('rejects malformed JSON', async () => {
    replyWith(new Response('{"data":', { status: 200, headers: { 'content-type': 'application/json' } }));
    const error = await failure(hostRequest('https://shop.example/api/flows/f-1', { schema: createFlowResponse }));
    expect(error).to.include({ code: 'invalid-response', status: 200 });
  });

  it('names the path of an answer of the wrong shape, and keeps the status', async () => {
    replyWith(json(201, { data: { flow_id: 'flow-1', client_token: '', state: 'CONSUMER_INPUT_NEEDED' } }));
    const error = await failure(hostRequest('https://shop.example/api/flows', { method: 'POST', schema: createFlowResponse, what: 'created flow' }));
    expect(error).to.include({ code: 'invalid-response', status: 201, path: 'data.client_token' });
    expect(error.message).to.contain('Invalid created flow at data.client_token');
  });

  it('turns a failed fetch into a network error', async () => {
    replyWith(new TypeError('Failed to fetch'));
    const error = await failure(hostRequest('https://shop.example/api/flows', { method: 'POST' }));
    expect(error.code).to.equal('network');
    expect(error.status).to.equal(undefined);
  });

  it('gives up after the timeout with a network error', async () => {
    replyWith(hang);
    const error = await failure(hostRequest('https://shop.example/api/flows', { method: 'POST', timeout: 5 }));
    expect(error.code).to.equal('network');
    expect(error.message).to.contain('5 ms');
  });

  it('rejects with the caller’s abort reason, not an Xs2aError, and does not retry', async () => {
    replyWith(hang);
    const controller = new AbortController();
    const request = hostRequest('https://shop.example/api/flows/f-1', { signal: controller.signal });
    const reason = new Error('run ended');
    controller.abort(reason);
    expect(await rejection(request)).to.equal(reason);
    expect(calls).to.have.length(1);
  });

  it('retries a GET once after a 5xx', async () => {
    replyWith(json(503, { error: { code: 'DOWN', message: 'restarting' } }), json(200, created));
    const answer = await hostRequest('https://shop.example/api/flows/f-1', { schema: createFlowResponse });
    expect(answer.data.flow_id).to.equal('flow-1');
    expect(calls).to.have.length(2);
  });

  it('retries a GET once after a network error, and reports the second failure', async () => {
    replyWith(new TypeError('Failed to fetch'), new TypeError('Failed to fetch'));
    const error = await failure(hostRequest('https://shop.example/api/flows/f-1', { schema: createFlowResponse }));
    expect(error.code).to.equal('network');
    expect(calls).to.have.length(2);
  });

  it('does not retry a GET after a 4xx, nor a POST after a 5xx', async () => {
    replyWith(json(404, { error: { code: 'NOT_FOUND', message: 'no such flow' } }));
    expect((await failure(hostRequest('https://shop.example/api/flows/f-1'))).status).to.equal(404);
    replyWith(json(500, { error: { code: 'BROKEN', message: 'broken' } }));
    expect((await failure(hostRequest('https://shop.example/api/flows', { method: 'POST' }))).status).to.equal(500);
    expect(calls).to.have.length(2);
  });

  it('sends the binding cookie to an endpoint on another origin, and only there', () => {
    const page = 'https://shop.example/checkout';
    expect(credentialsFor('/api/flows', page)).to.equal('same-origin');
    expect(credentialsFor('https://shop.example/api/flows', page)).to.equal('same-origin');
    expect(credentialsFor('https://api.shop.example/flows', page)).to.equal('include');
    expect(credentialsFor('http://shop.example/api/flows', page)).to.equal('include');
    expect(credentialsFor('https://shop.example:8443/api/flows', page)).to.equal('include');
    // No page (a worker, Node): nothing to compare with, so nothing extra is sent.
    expect(credentialsFor('https://api.shop.example/flows', null)).to.equal('same-origin');
  });
});

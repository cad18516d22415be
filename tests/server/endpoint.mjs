// A real appointment endpoint for the form tests, as dev-server middleware. Each test uses its own id:
//   POST /api/control/<id>   body: { "plan": [{ "status": 500 }, { "status": 201 }] }  scripts the replies
//   POST /api/requests/<id>  records the request and answers with the next step of the plan
//   GET  /api/log/<id>       what arrived: method, url, headers, body, time
// A step may also say `retryAfter` (seconds), `location` (a redirect's target, with a 3xx status),
// `delayMs`, `hang` (never answer), `drop` (cut the connection) or `body` (the JSON to answer with).
const plans = new Map();
const logs = new Map();

const readBody = (req) =>
  new Promise((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
  });

export async function endpointMiddleware(ctx, next) {
  const match = /^\/api\/(control|requests|log)\/([\w-]+)$/.exec(ctx.path);
  if (!match) return next();
  const [, verb, id] = match;
  if (verb === 'control') {
    plans.set(id, JSON.parse(await readBody(ctx.req)).plan ?? []);
    logs.set(id, []);
    ctx.status = 204;
    return;
  }
  if (verb === 'log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(logs.get(id) ?? []);
    return;
  }
  const entry = { method: ctx.method, url: ctx.url, headers: ctx.headers, body: await readBody(ctx.req), at: Date.now() };
  (logs.get(id) ?? logs.set(id, []).get(id)).push(entry);
  const step = (plans.get(id) ?? []).shift() ?? { status: 201 };
  if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
  if (step.hang) {
    await new Promise((resolve) => ctx.req.once('close', resolve));
    ctx.respond = false;
    return;
  }
  if (step.drop) {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (step.retryAfter !== undefined) ctx.set('Retry-After', String(step.retryAfter));
  if (step.location) ctx.set('Location', step.location);
  ctx.status = step.status ?? 201;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(step.body ?? { received: entry.body.length });
}

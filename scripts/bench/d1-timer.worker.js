/**
 * A worker for the dashboard benchmark: it runs SQL on its D1 binding and times each query
 * from inside workerd, so the figures are what the API itself waits for, without the cost
 * of calling in from Node. Time in workerd moves on at each I/O, which a D1 query is.
 */
export default {
  async fetch(request, env) {
    const { op, sql, params = [], rounds = 1 } = await request.json();
    if (op === 'exec') {
      await env.DB.prepare(sql).run();
      return Response.json({ ok: true });
    }
    // Millisecond clock: the mean over many rounds gives the sub-millisecond figure.
    const start = Date.now();
    for (let i = 0; i < rounds; i++) {
      await env.DB.prepare(sql)
        .bind(...params)
        .all();
    }
    return Response.json({ meanMs: (Date.now() - start) / rounds });
  },
};

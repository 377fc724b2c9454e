import { describe, expect, it } from 'vitest';
import express from 'express';
import { schemaRoute } from '../../src/server/schema-route.js';
import { serve } from './serve.js';

describe('server: schemaRoute', () => {
  it('serves the SDL as UTF-8 plain text', async () => {
    const served = await serve(express().use(schemaRoute({ sdl: 'type Query { café: String }\n' })));
    try {
      const res = await fetch(`${served.url}/schema.graphql`);
      expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([
        200,
        'text/plain; charset=utf-8',
        'type Query { café: String }\n',
      ]);
    } finally {
      await served.close();
    }
  });
});

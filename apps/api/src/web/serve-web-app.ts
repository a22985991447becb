import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import * as fs from 'node:fs';
import * as path from 'node:path';

const API_PATHS = /^\/(graphql|ready|live|files)(\/|$)/;

/**
 * Serves the built web app: hashed assets cached for a year, everything else revalidated, and
 * the single-page app's index.html for any other GET so client-side routes load directly.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): void {
  const index = path.join(distDir, 'index.html');
  const built = fs.existsSync(index);
  app.use(
    express.static(distDir, {
      index: false,
      setHeaders(res, file) {
        const immutable = file.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        if (file.endsWith('.webmanifest')) res.setHeader('Content-Type', 'application/manifest+json');
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    if (path.extname(req.path)) return next(); // a missing file stays a 404, not the app shell
    res.setHeader('Cache-Control', 'no-cache');
    if (built) return res.sendFile(index);
    res
      .status(200)
      .type('html')
      .send('<!doctype html><html lang="en"><meta charset="utf-8"><title>Sankofa</title><p>The Sankofa API is running. The web app has not been built: run <code>npm start</code> or <code>npx nx run web:build</code>.</p></html>');
  });
}

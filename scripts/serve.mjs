// Serves the built site on 127.0.0.1 (PORT to change the port) and prints its URL.
import fs from 'node:fs';
import { startServer } from './lib/server.mjs';

if (!fs.existsSync('dist/index.html')) {
  console.error('dist/ has no built site: run `npm run build` first (npm start does both).');
  process.exit(1);
}
const { url } = await startServer({ root: 'dist', port: Number(process.env.PORT ?? 4321) });
console.log(`Forum Texts is served at ${url}/ (Ctrl+C to stop)`);

// Serves the built site on 127.0.0.1 (PORT to change the port) and prints its URL.
import fs from 'node:fs';
import { startServer } from '../src/build/serve.ts';

if (!fs.existsSync('dist/index.html')) {
  console.error('dist/ has no built site: run `npm run build` first (npm start does both).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
try {
  const { url } = await startServer({ root: 'dist', port });
  console.log(`Forum Texts is served at ${url}/ (Ctrl+C to stop)`);
} catch (e) {
  const why = e.code === 'EADDRINUSE' ? `port ${port} is already in use` : e.message;
  console.error(`Could not serve the site: ${why}. Choose another port, for example: PORT=4322 npm start`);
  process.exit(1);
}

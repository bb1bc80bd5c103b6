// Serves the built site (FORUM_DIST, default dist/) on 127.0.0.1 (PORT to change the port) and prints its URL.
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../src/build/serve.ts';
import { config } from '../src/config.ts';

const root = path.relative(process.cwd(), config.dist) || '.';
if (!fs.existsSync(path.join(config.dist, 'index.html'))) {
  console.error(`${root}/ has no built site: run \`npm run build\` first (npm start does both).`);
  process.exit(1);
}
const { port } = config;
try {
  const { url } = await startServer({ root: config.dist, port });
  console.log(`Forum Texts is served at ${url}/ (Ctrl+C to stop)`);
} catch (e) {
  const why = e.code === 'EADDRINUSE' ? `port ${port} is already in use` : e.message;
  console.error(`Could not serve the site: ${why}. Choose another port, for example: PORT=4322 npm start`);
  process.exit(1);
}

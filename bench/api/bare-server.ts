import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// The limit the API is compared with: a bare node:http server in its own process that answers every request with
// the same bytes and headers the API sent for one URL (read from a file), doing nothing else.
// Usage: bare-server.ts <file with the body> <headers-json>; prints the port, stops on SIGTERM.

const [bodyFile, headersJson] = process.argv.slice(2);
const body = readFileSync(bodyFile!);
const headers = JSON.parse(headersJson ?? '{}') as Record<string, string>;
const server = createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${(server.address() as AddressInfo).port}\n`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));

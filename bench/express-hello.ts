// The bare baseline: Express 5 answering "hello", nothing else. Prints its port, then serves.
import express from 'express';

const app = express();
app.get('/hello', (_req, res) => {
  res.send('hello');
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

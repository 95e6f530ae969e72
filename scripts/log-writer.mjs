// The local stack's log files: writes its standard input to <dir>/<name>.log, starts a new file
// every day and deletes rotated files once there are more than <days> of them (7: the retention
// the privacy notice states for server logs). Keycloak's and the app's output are piped through it
// (keycloak/start.sh, scripts/app.sh); in production the containers log to standard output, bounded
// by docker-compose.yml. rotating-file-stream does the rotation and the deletion.
//   node scripts/log-writer.mjs <name> <dir> [days]
import { createStream } from 'rotating-file-stream';

const [name, dir, days = '7'] = process.argv.slice(2);
if (!name || !dir || !/^[1-9][0-9]*$/.test(days)) {
  console.error('usage: node scripts/log-writer.mjs <name> <dir> [days]');
  process.exit(2);
}
const stream = createStream(`${name}.log`, { path: dir, interval: '1d', maxFiles: Number(days) });
stream.on('error', (err) => console.error(`log-writer ${name}: ${err.message}`));
process.stdin.pipe(stream);
// The writer outlives a SIGTERM to its process group long enough to write what is still in the pipe.
process.on('SIGTERM', () => undefined);
process.stdin.on('end', () => stream.end());

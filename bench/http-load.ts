// Drives an HTTP server on loopback with autocannon for a fixed time and prints req/s, p50, p99.
// Usage: tsx bench/http-load.ts NAME URL [connections] [seconds]
import autocannon from 'autocannon';

export async function measure(url: string, connections: number, seconds: number) {
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])[:/]/.test(url))
    throw new Error('benchmarks target loopback addresses only');
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

if (require.main === module) {
  const [name, url, connections = '50', seconds = '10'] = process.argv.slice(2);
  if (!name || !url) throw new Error('usage: http-load.ts NAME URL [connections] [seconds]');
  measure(url, Number(connections), Number(seconds)).then((figures) =>
    console.log(JSON.stringify({ name, connections: Number(connections), ...figures })),
  );
}

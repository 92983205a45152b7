// Preloaded (NODE_OPTIONS=--import) into the action process by bench/live-log.ts: counts the bytes the process
// receives from the storage endpoint (decrypted TLS payload: HTTP headers and bodies) and, at exit, writes them with
// the process's peak RSS to METER_OUT.
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import { setInterval } from 'node:timers';

const port = Number(process.env.METER_STORAGE_PORT);
let storageBytes = 0;
const emit = net.Socket.prototype.emit;
net.Socket.prototype.emit = function (event, ...args) {
  if (event === 'data' && this.remotePort === port && args[0]?.length) storageBytes += args[0].length;
  return emit.call(this, event, ...args);
};
const peak = { heapUsedMb: 0, heapTotalMb: 0, externalMb: 0, arrayBuffersMb: 0 };
setInterval(() => {
  const m = process.memoryUsage();
  peak.heapUsedMb = Math.max(peak.heapUsedMb, m.heapUsed / 2 ** 20);
  peak.heapTotalMb = Math.max(peak.heapTotalMb, m.heapTotal / 2 ** 20);
  peak.externalMb = Math.max(peak.externalMb, m.external / 2 ** 20);
  peak.arrayBuffersMb = Math.max(peak.arrayBuffersMb, m.arrayBuffers / 2 ** 20);
}, 100).unref();
process.on('exit', () => {
  writeFileSync(
    process.env.METER_OUT,
    JSON.stringify({ storageBytes, peakRssMb: process.resourceUsage().maxRSS / 1024, ...peak }),
  );
});

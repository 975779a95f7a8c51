/** The bare figure: a Socket.IO server that acknowledges every event with its payload, nothing else. */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { serveClient: false });
io.on('connection', (socket) => {
  socket.on('chat:send', (payload: unknown, ack: (r: unknown) => void) => {
    if (typeof ack === 'function') ack({ ok: true, message: payload });
  });
});
http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  process.send?.({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('message', (msg: { type: string; id?: number }) => {
  if (msg.type === 'exit') {
    process.exit(0);
  } else if (msg.type === 'memory') {
    global.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ type: 'memory', id: msg.id, rss, heap: heapUsed });
  }
});

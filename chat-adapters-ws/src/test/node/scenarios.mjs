// End-to-end scenarios of the Socket.IO endpoint with the real socket.io-client (run by SocketIoClientTest).
// Usage: node scenarios.mjs <server url> <scenario>. Prints PASS and exits 0, or prints why and exits 1.
import { io } from "socket.io-client";
import { Socket as EngineSocket } from "engine.io-client";
import assert from "node:assert/strict";
import readline from "node:readline";

const [url, scenario] = process.argv.slice(2);

function once(emitter, event) {
  return new Promise((resolve) => emitter.once(event, (...args) => resolve(args)));
}

function emitWithAck(socket, event, ...args) {
  return new Promise((resolve) => socket.emit(event, ...args, (...answer) => resolve(answer)));
}

function connect(options, path = "") {
  const socket = io(url + path, { reconnection: false, forceNew: true, ...options });
  return socket;
}

async function connected(socket) {
  const [outcome] = await Promise.race([
    once(socket, "connect").then(() => ["connect"]),
    once(socket, "connect_error").then(([error]) => [error]),
  ]);
  if (outcome !== "connect") {
    throw new Error("connect_error: " + outcome.message);
  }
}

/** Everything a connected socket does on any transport: acks both ways, binary both ways, a broadcast. */
async function exchange(socket) {
  // Client to server with an acknowledgement.
  const answer = await emitWithAck(socket, "echo", { text: "안녕하세요 👋" }, 42, [true, null]);
  assert.deepEqual(answer, [{ text: "안녕하세요 👋" }, 42, [true, null]]);

  // Client to server without one: the server emits the event back.
  const echoed = once(socket, "echo");
  socket.emit("echo", "plain");
  assert.deepEqual(await echoed, ["plain"]);

  // Binary both ways: attachments in an event and in an acknowledgement.
  const bytes = Buffer.from([0, 1, 2, 253, 254, 255]);
  const binaryBack = once(socket, "binary");
  socket.emit("binary", { name: "file", data: bytes }, Buffer.from("second"));
  const [first, second] = await binaryBack;
  assert.equal(first.name, "file");
  assert.ok(Buffer.from(first.data).equals(bytes), "binary attachment survives the round trip");
  assert.equal(Buffer.from(second).toString(), "second");
  const [ackedBytes] = await emitWithAck(socket, "echo", bytes);
  assert.ok(Buffer.from(ackedBytes).equals(bytes), "binary acknowledgement");

  // Server to client with an acknowledgement: the client answers, the server reports what it got.
  socket.once("question", (value, callback) => callback("yes to " + value));
  const answered = once(socket, "answered");
  socket.emit("ask", "tea");
  assert.deepEqual(await answered, ["yes to tea"]);

  // A broadcast, encoded once by the server, reaches this socket too.
  const broadcast = once(socket, "news");
  socket.emit("broadcast", { headline: "hello everyone" });
  assert.deepEqual(await broadcast, [{ headline: "hello everyone" }]);
}

async function onTransport(transports, expected) {
  const socket = connect({ transports });
  await connected(socket);
  assert.equal(socket.io.engine.transport.name, expected);
  await exchange(socket);
  // The namespace emits "welcome" while it accepts the socket: it arrives right behind CONNECT.
  const other = connect({ transports }, "/socket");
  const welcomed = once(other, "welcome");
  await connected(other);
  const [welcome] = await welcomed;
  assert.equal(welcome.namespace, "/socket");
  other.disconnect();
  socket.disconnect();
}

const scenarios = {
  async polling() {
    await onTransport(["polling"], "polling");
  },

  async websocket() {
    await onTransport(["websocket"], "websocket");
  },

  /** The default: long-polling first, then the upgrade to WebSocket; the exchange runs after it. */
  async upgrade() {
    const socket = connect({});
    await connected(socket);
    if (socket.io.engine.transport.name !== "websocket") {
      await once(socket.io.engine, "upgrade");
    }
    assert.equal(socket.io.engine.transport.name, "websocket");
    await exchange(socket);
    socket.disconnect();
  },

  /** An unknown namespace and a namespace that refuses the auth payload both answer CONNECT_ERROR. */
  async refusals() {
    for (const transports of [["polling"], ["websocket"]]) {
      const unknown = connect({ transports }, "/nowhere");
      const [invalid] = await once(unknown, "connect_error");
      assert.equal(invalid.message, "Invalid namespace");
      unknown.close();

      const refused = connect({ transports, auth: { token: "bad" } });
      const [error] = await once(refused, "connect_error");
      assert.equal(error.message, "bad token");
      assert.deepEqual(error.data, { code: "INVALID_TOKEN" });
      refused.close();
    }
  },

  /** A connection that never sends CONNECT is closed after the connect timeout. */
  async "connect-timeout"() {
    for (const transports of [["polling"], ["websocket"]]) {
      const engine = new EngineSocket(url, { transports, path: "/socket.io/" });
      await once(engine, "open");
      const [reason] = await once(engine, "close");
      assert.match(reason, /transport close|transport error/);
    }
  },

  /** The server disconnects the socket: the client hears "io server disconnect" and does not reconnect. */
  async "server-disconnect"() {
    for (const transports of [["polling"], ["websocket"]]) {
      const socket = connect({ transports });
      await connected(socket);
      const disconnected = once(socket, "disconnect");
      socket.emit("kick");
      const [reason] = await disconnected;
      assert.equal(reason, "io server disconnect");
    }
  },

  /**
   * A client that stops reading: it asks for a flood, stops reading its socket, and resumes when the test
   * (which watches the server) says the server gave up on it; then it finds itself disconnected.
   */
  async "slow-consumer"() {
    const socket = connect({ transports: ["websocket"] });
    await connected(socket);
    const tcp = socket.io.engine.transport.ws._socket;
    const disconnected = once(socket, "disconnect");
    socket.emit("flood", { count: 4000, size: 65536 });
    tcp.pause();
    console.log("PAUSED " + socket.id);
    const input = readline.createInterface({ input: process.stdin });
    await once(input, "line");
    input.close();
    tcp.resume();
    const [reason] = await disconnected;
    assert.match(reason, /transport close|transport error/);
  },
};

const run = scenarios[scenario];
if (!run) {
  console.error("unknown scenario " + scenario);
  process.exit(2);
}
const watchdog = setTimeout(() => {
  console.error("scenario " + scenario + " did not finish in time");
  process.exit(1);
}, 60_000);
try {
  await run();
  clearTimeout(watchdog);
  console.log("PASS");
  process.exit(0);
} catch (error) {
  console.error(error);
  process.exit(1);
}

// Read akhbar's enriched results with your own consumer group, and XACK each one.
//
//   REDIS_URL=redis://127.0.0.1:6379/0 GROUP=my-app node consumer.js
//
// Environment: GROUP (default node-example), CONSUMER (default <host>-<pid>), MAX_RESULTS (stop
// after that many; 0 = never), TIMEOUT_MS (stop after that long without a new result; default
// 30000; 0 = never), AKHBAR_RESULTS_STREAM (default akhbar:results).
//
// The group is created on first use and reads the stream from its beginning. A result is acked
// only after it was handled, so a consumer that crashes sees its unacked results again when it
// restarts with the same CONSUMER name (they are read first, from id 0).
// Prints "<article id>\t<entities>\t<quotes>" per result.
import { hostname } from "node:os";
import { createClient } from "redis";

const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0";
const stream = process.env.AKHBAR_RESULTS_STREAM ?? "akhbar:results";
const group = process.env.GROUP ?? "node-example";
const consumer = process.env.CONSUMER ?? `${hostname()}-${process.pid}`;
const maxResults = Number(process.env.MAX_RESULTS ?? 0);
const timeoutMs = Number(process.env.TIMEOUT_MS ?? 30000);

const client = createClient({ url });
client.on("error", (err) => console.error("redis error:", err.message));
await client.connect();

try {
  await client.xGroupCreate(stream, group, "0", { MKSTREAM: true });
} catch (err) {
  if (!String(err.message).includes("BUSYGROUP")) throw err;
}

function handle(result) {
  // Your code here. The contract: schemas/result.schema.json (or `akhbar schema result`).
  console.log(`${result.id}\t${result.entities.length}\t${result.quotes.length}`);
}

let seen = 0;
let start = "0"; // our own pending entries first, then new ones
let idleSince = Date.now();
while (maxResults === 0 || seen < maxResults) {
  const reply = await client.xReadGroup(group, consumer, { key: stream, id: start }, {
    COUNT: maxResults === 0 ? 10 : Math.min(10, maxResults - seen), // never read more than we ack
    BLOCK: start === "0" ? undefined : 1000,
  });
  const messages = reply?.[0]?.messages ?? [];
  if (start === "0" && messages.length === 0) start = ">";
  for (const { id, message } of messages) {
    if (message) handle(JSON.parse(message.result));
    await client.xAck(stream, group, id);
    seen += 1;
    idleSince = Date.now();
    if (maxResults !== 0 && seen >= maxResults) break;
  }
  if (messages.length === 0 && timeoutMs !== 0 && Date.now() - idleSince >= timeoutMs) break;
}
console.error(`handled ${seen} result(s) as ${group}/${consumer}`);
await client.close();

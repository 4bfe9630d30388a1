// Push raw JSON articles onto akhbar's input stream: one XADD per article, field `article`.
//
//   REDIS_URL=redis://127.0.0.1:6379/0 node producer.js articles.jsonl
//   cat articles.jsonl | node producer.js
//
// Each input line is one JSON object ({"id": ..., "body": ...}); it is sent exactly as written,
// so the worker validates it (an invalid article becomes a dead letter on akhbar:dead).
// Prints "<stream entry id>\t<article id>" per article.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createClient } from "redis";

const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0";
const stream = process.env.AKHBAR_INPUT_STREAM ?? "akhbar:articles";
const source = process.argv[2] ? createReadStream(process.argv[2]) : process.stdin;

const client = createClient({ url });
client.on("error", (err) => console.error("redis error:", err.message));
await client.connect();

let sent = 0;
for await (const line of createInterface({ input: source, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  let id = "?";
  try {
    id = JSON.parse(line).id ?? "?";
  } catch {
    // not JSON: sent anyway, the worker dead-letters it with reason invalid_json
  }
  const entryId = await client.xAdd(stream, "*", { article: line });
  console.log(`${entryId}\t${id}`);
  sent += 1;
}
console.error(`sent ${sent} article(s) to ${stream}`);
await client.close();

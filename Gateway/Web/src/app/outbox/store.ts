import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { Command } from "../outbox";

/** Why a queued command will not be sent: the gateway's refusal, or an earlier refused command it needs. */
export interface Refusal { status: number; title?: string; detail?: string; errors?: Record<string, string[]>; dependsOn?: string }

/** A command kept on the device until the gateway has answered it. Only what the command carries is
 * kept (its path, its body, the version it was given against): never an answer, never a token. */
export interface Queued extends Command {
  seq?: number;
  /** The command's Idempotency-Key, fixed when it was queued, so a send repeated after a crash is harmless. */
  ref: string;
  queuedAt: number;
  refusal?: Refusal;
}

interface OutboxSchema extends DBSchema {
  commands: { key: number; value: Queued; indexes: { ref: string } };
}

let database: Promise<IDBPDatabase<OutboxSchema>> | undefined;

function open(): Promise<IDBPDatabase<OutboxSchema>> {
  database ??= openDB<OutboxSchema>("gridactors.outbox", 1, {
    upgrade(db) {
      db.createObjectStore("commands", { keyPath: "seq", autoIncrement: true }).createIndex("ref", "ref", { unique: true });
    },
  });
  return database;
}

/** Every queued command, oldest first: the order they are sent in. */
export async function all(): Promise<Queued[]> {
  return (await open()).getAll("commands");
}

/** Adds the command <c>prepare</c> gives, made just as its transaction begins, so it can take in
 * every answer recorded before that transaction (see <c>answered</c>). */
export async function add(prepare: () => Queued): Promise<void> {
  await (await open()).add("commands", prepare());
}

export async function put(command: Queued): Promise<void> {
  await (await open()).put("commands", command);
}

export async function remove(ref: string): Promise<void> {
  const db = await open();
  const seq = await db.getKeyFromIndex("commands", "ref", ref);
  if (seq !== undefined) await db.delete("commands", seq);
}

/** Removes an answered command and, in the same transaction, rewrites the commands its answer
 * fills (<c>fill</c> answers undefined for the others): a crash between the two would otherwise lose
 * the answer, and a command added meanwhile is either seen here or added after with the answer known. */
export async function answered(ref: string, fill: (command: Queued) => Queued | undefined): Promise<void> {
  const tx = (await open()).transaction("commands", "readwrite");
  for (const command of await tx.store.getAll()) {
    const filled = command.ref === ref ? undefined : fill(command);
    if (command.ref === ref) await tx.store.delete(command.seq!);
    else if (filled) await tx.store.put(filled);
  }
  await tx.done;
}

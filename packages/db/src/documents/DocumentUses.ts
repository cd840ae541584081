/**
 * The records that cite a document as evidence: plan tasks (their `evidence`, a JSON list of
 * document ids) and PAR Index criteria (their `evidence`, a JSON list of `{ kind: "document", id }`).
 * A removal is refused while there are any (`DocumentInUse`).
 */
import type { DocumentUse } from "@cchc/domain/documents/RegisterEntry";
import { type Kysely, sql } from "kysely";
import type { Schema } from "../Schema.js";

/**
 * The tasks, then the PAR Index criteria, whose evidence names document `id`, in a stable order.
 * Each pattern is sent as text and cast: postgres.js JSON-encodes a parameter the server types as
 * `jsonb` once more (a string becomes a JSON string, which contains nothing).
 */
export const usesOf = async (db: Kysely<Schema>, id: number): Promise<ReadonlyArray<DocumentUse>> => {
  const tasks = await db
    .selectFrom("plan_task")
    .select(["id", "title"])
    .where(sql<boolean>`evidence::jsonb @> ${JSON.stringify([id])}::text::jsonb`)
    .orderBy("id")
    .execute();
  const scores = await db
    .selectFrom("par_score")
    .select(["framework_code", "unit_code", "criterion_code"])
    .where(sql<boolean>`evidence::jsonb @> ${JSON.stringify([{ kind: "document", id }])}::text::jsonb`)
    .orderBy("framework_code")
    .orderBy("unit_code")
    .orderBy("criterion_code")
    .execute();
  return [
    ...tasks.map((t): DocumentUse => ({ kind: "task", id: t.id, title: t.title })),
    ...scores.map((s): DocumentUse => ({ kind: "par-score", framework: s.framework_code, unit: s.unit_code, criterion: s.criterion_code })),
  ];
};

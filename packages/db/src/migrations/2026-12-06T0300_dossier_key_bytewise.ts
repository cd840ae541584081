import { sql } from "kysely";
import type { MigrationDb } from "./MigrationDb.js";

/**
 * The dossier key (source, dossier_id) compared byte by byte (collation "C", ADR 0031). Every
 * import finds each incoming dossier by this key, and the server's default collation is usually a
 * libc one (C.UTF-8, en_US.UTF-8) whose comparisons go through `strcoll`; with "C" the primary key
 * is kept and probed with plain byte comparisons. UTF-8 byte order is code point order, which is
 * the order of C.UTF-8, so no listing changes. The index is rebuilt; the rows are not rewritten.
 */
export async function up(db: MigrationDb): Promise<void> {
  await sql`alter table dossier alter column source type text collate "C", alter column dossier_id type text collate "C"`.execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  await sql`alter table dossier alter column source type text collate "default", alter column dossier_id type text collate "default"`.execute(
    db,
  );
}

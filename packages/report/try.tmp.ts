import { writeFileSync } from "node:fs";
import { assemble } from "./src/assembly/Assemble.js";
import { renderDocx } from "./src/render/Docx.js";
import { seedInput } from "./test/fixtures/seedInput.js";
const r = assemble(seedInput);
writeFileSync("/tmp/rep/seed.docx", await renderDocx(r.document));

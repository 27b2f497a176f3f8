// Format HCL (stdin) with Terraform's own formatter, hclwrite built for Node (@cdktf/hcl-tools); print the result.
// Used by the HCL tests: text this leaves unchanged is what `terraform fmt` leaves unchanged.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const { format } = createRequire(import.meta.url)("@cdktf/hcl-tools");
process.stdout.write(await format(readFileSync(0, "utf8")));

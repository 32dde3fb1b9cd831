import 'reflect-metadata';
import { runVerifyAuditCommand } from './verify-audit-command.js';

process.exitCode = await runVerifyAuditCommand(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});

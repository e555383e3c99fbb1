import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import { loadAuditPackage } from './audit.js';

describe('loadAuditPackage', () => {
  it('says which package to add when @cookie-ledger/audit is not installed (exit 2)', async () => {
    const notInstalled = async () => {
      throw Object.assign(new Error("Cannot find package '@cookie-ledger/audit' imported from /app/node_modules/@cookie-ledger/cli/dist/commands/audit.js"), { code: 'ERR_MODULE_NOT_FOUND' });
    };
    const error = await loadAuditPackage(notInstalled).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).exitCode).toBe(2);
    expect((error as ConfigError).message).toContain('npm install --save-dev @cookie-ledger/audit');
  });

  it("lets another package's missing module through, as the bug it is", async () => {
    const broken = async () => {
      throw Object.assign(new Error("Cannot find package 'playwright-core'"), { code: 'ERR_MODULE_NOT_FOUND' });
    };
    await expect(loadAuditPackage(broken)).rejects.not.toBeInstanceOf(ConfigError);
  });

  it('loads the installed package', async () => {
    const audit = await loadAuditPackage();
    expect(Object.keys(audit.FINDING_CODES)).toEqual(['undeclared', 'set-without-consent', 'lifetime-longer', 'attributes-differ', 'wrong-storage', 'not-seen']);
  });
});

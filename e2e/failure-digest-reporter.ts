/**
 * Writes each failed test's title and the first lines of its error to test-results/failure-digest.txt. `npm test`
 * prints that file after its summary: CI keeps only the end of a run's output, which otherwise shows which test
 * failed but not why.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export const FAILURE_DIGEST_PATH = 'test-results/failure-digest.txt';
const LINES_PER_FAILURE = 8;
// eslint-disable-next-line no-control-regex -- Playwright's messages carry ANSI colour codes.
const ANSI = /\u001b\[[0-9;]*m/g;

export default class FailureDigestReporter implements Reporter {
  private readonly failures: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'passed' || result.status === 'skipped' || result.status === test.expectedStatus) return;
    const where = `${test.location.file.split('/e2e/').pop() ?? test.location.file}:${test.location.line}`;
    const message = (result.error?.message ?? result.status).replace(ANSI, '');
    const lines = message.split('\n').filter((line) => line.trim() !== '').slice(0, LINES_PER_FAILURE);
    this.failures.push([`✘ [${test.parent.project()?.name ?? '?'}] ${where} ${test.title} (${result.status}, ${result.duration} ms)`, ...lines.map((line) => `    ${line}`)].join('\n'));
  }

  onEnd(_result: FullResult): void {
    if (this.failures.length === 0) return;
    mkdirSync(dirname(FAILURE_DIGEST_PATH), { recursive: true });
    writeFileSync(FAILURE_DIGEST_PATH, `${this.failures.join('\n')}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}

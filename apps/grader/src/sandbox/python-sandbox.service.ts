import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import { bwrapLauncher, GraderFaultError, runPythonCases, sandboxAvailable, type PythonRunResult } from '@sankofa/grading';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PythonJob } from '../grading/kinds/python.grader';

/** First uid of the sandbox slots; slot n runs as SLOT_UID_BASE + n. */
const SLOT_UID_BASE = 60001;
/** The address space the sandbox allows; the runner lowers it to the exercise's own limit. */
const SANDBOX_MEMORY_BYTES = 1024 * 1024 * 1024;

export type SandboxState = { mode: 'bubblewrap'; ok: true } | { mode: 'bubblewrap'; ok: false; reason: string } | { mode: 'unsandboxed'; ok: true };

/**
 * Runs learner Python in the bubblewrap sandbox, one submission per slot at a time, each slot
 * with its own unprivileged uid (the kernel counts the process limit per uid, and exempts root).
 * Checked once at start: when no sandbox can start, Python jobs fail as grader faults (the API
 * refuses new Python submissions from the state this service reports).
 */
@Injectable()
export class PythonSandbox implements OnModuleInit {
  private readonly logger = new Logger(PythonSandbox.name);
  private readonly freeSlots: number[];
  private readonly waiting: Array<(slot: number) => void> = [];
  private stateValue: SandboxState = { mode: 'bubblewrap', ok: false, reason: 'not checked yet' };

  constructor(@Inject(SETTINGS) private readonly settings: Settings) {
    this.freeSlots = Array.from({ length: settings.grading.sandboxPoolSize }, (_, i) => i);
  }

  get state(): SandboxState {
    return this.stateValue;
  }

  async onModuleInit(): Promise<void> {
    if (this.settings.grading.sandbox === 'unsandboxed') {
      this.stateValue = { mode: 'unsandboxed', ok: true };
      this.logger.warn('GRADER_SANDBOX=unsandboxed: learner code runs WITHOUT a sandbox, with this process\'s access to files and network. Use it only on a machine where every learner is trusted.');
      return;
    }
    const available = await sandboxAvailable({ uid: SLOT_UID_BASE });
    this.stateValue = available.ok ? { mode: 'bubblewrap', ok: true } : { mode: 'bubblewrap', ok: false, reason: available.reason };
    if (available.ok) this.logger.log(`Python sandbox ready (bubblewrap, ${this.freeSlots.length} slots)`);
    else this.logger.error(`Python submissions cannot be graded: ${available.reason}`);
  }

  async run(job: PythonJob): Promise<PythonRunResult> {
    const state = this.stateValue;
    if (!state.ok) throw new GraderFaultError(`no sandbox: ${state.reason}`);
    const slot = await this.acquire();
    const scratch = mkdtempSync(join(tmpdir(), `sankofa-sandbox-${slot}-`));
    try {
      const uid = SLOT_UID_BASE + slot;
      if (process.getuid?.() === 0) chownSync(scratch, uid, uid);
      const timeLimitMs = job.timeLimitSeconds * 1000;
      return await runPythonCases({
        source: job.source,
        cases: job.cases,
        checks: job.checks,
        memoryMb: job.memoryMb,
        // CPU time is limited to the exercise's time; the wall clock gets twice that (sleeping code).
        timeLimitMs: timeLimitMs * 2,
        cwd: scratch,
        launcher: state.mode === 'bubblewrap' ? bwrapLauncher({ uid, scratchDir: scratch, cpuSeconds: job.timeLimitSeconds, memoryBytes: SANDBOX_MEMORY_BYTES }) : [],
      });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
      this.release(slot);
    }
  }

  private acquire(): Promise<number> {
    const slot = this.freeSlots.pop();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: number): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.freeSlots.push(slot);
  }
}

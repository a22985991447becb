import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import { GraderFaultError, pythonLimits, runPythonCases, SandboxPool, sandboxAvailable, type PythonLimits, type PythonRunResult } from '@sankofa/grading';
import type { PythonJob } from '../grading/kinds/python.grader';

export type SandboxState = { mode: 'bubblewrap'; ok: true } | { mode: 'bubblewrap'; ok: false; reason: string } | { mode: 'unsandboxed'; ok: true };

/**
 * Runs learner Python in a pool of bubblewrap sandboxes started ahead (interpreter and common
 * imports loaded), each used for one submission, then replaced. Every slot has its own
 * unprivileged uid (the kernel counts the process limit per uid, and exempts root). Checked
 * once at start: when no sandbox can start, Python jobs fail as grader faults and the grader
 * reports it, so the API refuses new Python submissions.
 */
@Injectable()
export class PythonSandbox implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PythonSandbox.name);
  private pool?: SandboxPool;
  private stateValue: SandboxState = { mode: 'bubblewrap', ok: false, reason: 'not checked yet' };

  constructor(@Inject(SETTINGS) private readonly settings: Settings) {}

  get state(): SandboxState {
    return this.stateValue;
  }

  async onModuleInit(): Promise<void> {
    const { sandbox, sandboxPoolSize, sandboxFirstUid } = this.settings.grading;
    if (sandbox === 'unsandboxed') {
      this.stateValue = { mode: 'unsandboxed', ok: true };
      this.logger.warn("GRADER_SANDBOX=unsandboxed: learner code runs WITHOUT a sandbox, with this process's access to files and network. Use it only on a machine where every learner is trusted.");
      return;
    }
    const available = await sandboxAvailable({ uid: sandboxFirstUid });
    if (!available.ok) {
      this.stateValue = { mode: 'bubblewrap', ok: false, reason: available.reason };
      this.logger.error(`Python submissions cannot be graded: ${available.reason}`);
      return;
    }
    this.pool = new SandboxPool({ size: sandboxPoolSize, firstUid: sandboxFirstUid });
    this.stateValue = { mode: 'bubblewrap', ok: true };
    this.logger.log(`Python sandboxes: ${sandboxPoolSize} kept warm (bubblewrap, uids ${sandboxFirstUid}–${sandboxFirstUid + sandboxPoolSize - 1})`);
  }

  /** Grades one submission; the limits are the exercise's, clamped to what the grader allows. */
  async run(job: PythonJob): Promise<{ result: PythonRunResult; limits: PythonLimits }> {
    const state = this.stateValue;
    if (!state.ok) throw new GraderFaultError(`no sandbox: ${state.reason}`);
    const limits = pythonLimits({ timeLimitSeconds: job.timeLimitSeconds, memoryMb: job.memoryMb });
    const options = { source: job.source, cases: job.cases, checks: job.checks, limits };
    const result = await runPythonCases(this.pool ? { ...options, sandbox: this.pool } : options);
    return { result, limits };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.close();
  }
}

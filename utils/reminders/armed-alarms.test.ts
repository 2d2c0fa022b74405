// The runtime's alarms are set only when their time moves: the same wake-up time asks the browser
// nothing, a new one (or none) does, and an alarm that rang or a call that failed is set again.
import { describe, expect, it } from 'vitest';
import { ArmedAlarms } from './armed-alarms';

/** Alarms that record each call into the browser; `failNext` makes the next call throw. */
function recordingAlarms() {
  const calls: Array<['create', string, number] | ['clear', string]> = [];
  let failNext = false;
  const take = () => {
    if (failNext) {
      failNext = false;
      throw new Error('alarms unavailable');
    }
  };
  const alarms = {
    create: async (name: string, info: { when?: number }) => {
      take();
      calls.push(['create', name, info.when!]);
    },
    clear: async (name: string) => {
      take();
      calls.push(['clear', name]);
      return true;
    },
  } as unknown as ConstructorParameters<typeof ArmedAlarms>[0];
  return { alarms, calls, failNext: () => (failNext = true) };
}

describe('ArmedAlarms', () => {
  it('sets an alarm at its time once; the same time again asks nothing, a new time sets it again', async () => {
    const { alarms, calls } = recordingAlarms();
    const armed = new ArmedAlarms(alarms);
    await armed.set('ck-next', 1000);
    await armed.set('ck-next', 1000);
    await armed.set('ck-next', 2000);
    expect(calls).toEqual([
      ['create', 'ck-next', 1000],
      ['create', 'ck-next', 2000],
    ]);
  });

  it('no time clears the alarm, once; the first call of a new worker clears it even though none is known', async () => {
    const { alarms, calls } = recordingAlarms();
    const armed = new ArmedAlarms(alarms);
    await armed.set('ck-digest', null);
    await armed.set('ck-digest', null);
    await armed.set('ck-digest', 5);
    await armed.set('ck-digest', null);
    expect(calls).toEqual([
      ['clear', 'ck-digest'],
      ['create', 'ck-digest', 5],
      ['clear', 'ck-digest'],
    ]);
  });

  it('keeps each alarm by its name', async () => {
    const { alarms, calls } = recordingAlarms();
    const armed = new ArmedAlarms(alarms);
    await armed.set('ck-next', 1000);
    await armed.set('ck-digest', 1000);
    await armed.set('ck-next', 1000);
    expect(calls).toEqual([
      ['create', 'ck-next', 1000],
      ['create', 'ck-digest', 1000],
    ]);
  });

  it('an alarm that rang is set again at the same time; another alarm stays known', async () => {
    const { alarms, calls } = recordingAlarms();
    const armed = new ArmedAlarms(alarms);
    await armed.set('ck-next', 1000);
    await armed.set('ck-digest', 3000);
    armed.rang('ck-next');
    await armed.set('ck-next', 1000);
    await armed.set('ck-digest', 3000);
    expect(calls).toEqual([
      ['create', 'ck-next', 1000],
      ['create', 'ck-digest', 3000],
      ['create', 'ck-next', 1000],
    ]);
  });

  it('a call that failed leaves the alarm unknown: the next pass sets it again', async () => {
    const { alarms, calls, failNext } = recordingAlarms();
    const armed = new ArmedAlarms(alarms);
    await armed.set('ck-next', 1000);
    failNext();
    await expect(armed.set('ck-next', 2000)).rejects.toThrow('alarms unavailable');
    await armed.set('ck-next', 1000);
    expect(calls).toEqual([
      ['create', 'ck-next', 1000],
      ['create', 'ck-next', 1000],
    ]);
  });
});

import { nextTurn } from '../../src/db/event-loop-turns';

const iteration = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('nextTurn', () => {
  it('when several requests ask for a turn at once, then one runs per event-loop iteration, in the order asked', async () => {
    const ran: number[] = [];
    const turns = [1, 2, 3].map((n) => nextTurn().then(() => ran.push(n)));
    expect(ran).toEqual([]);
    await iteration();
    expect(ran).toEqual([1]);
    await iteration();
    expect(ran).toEqual([1, 2]);
    await iteration();
    await Promise.all(turns);
    expect(ran).toEqual([1, 2, 3]);
  });

  it('when a turn asks for another, then it queues behind the turns already waiting', async () => {
    const ran: string[] = [];
    const first = nextTurn().then(async () => {
      ran.push('a1');
      await nextTurn();
      ran.push('a2');
    });
    const second = nextTurn().then(() => ran.push('b'));
    await Promise.all([first, second]);
    expect(ran).toEqual(['a1', 'b', 'a2']);
  });
});

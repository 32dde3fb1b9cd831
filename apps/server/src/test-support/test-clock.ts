import type { Clock } from '../config.js';

/** A clock that stands still until a test moves it on, so timing rules are checked without sleeping. */
export class TestClock implements Clock {
  private current: number;

  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  advanceSeconds(seconds: number): void {
    // Dates hold whole milliseconds: a fraction would be cut off without a word.
    this.current += Math.round(seconds * 1000);
  }

  /** Moving backwards would make a timing test pass for the wrong reason. */
  advanceTo(moment: Date): void {
    if (moment.getTime() < this.current) throw new Error(`TestClock cannot go back from ${this.now().toISOString()} to ${moment.toISOString()}`);
    this.current = moment.getTime();
  }
}

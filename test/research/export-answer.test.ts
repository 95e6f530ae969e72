import { releasedAnswer } from '../../app/research/export-answer';

describe('the answer column of an export', () => {
  it('when a pupil typed an unreduced fraction, then the file carries the reduced value, not what was typed', () => {
    expect(releasedAnswer('6/8', 'wrong')).toBe('3/4');
    expect(releasedAnswer('-10/4', 'wrong')).toBe('-5/2');
    expect(releasedAnswer('６/８', 'wrong')).toBe('3/4');
    expect(releasedAnswer('12/6', 'correct')).toBe('2');
  });

  it('when a pupil typed a phone number, then it reaches the file neither as typed nor reduced', () => {
    for (const typed of ['030/12345678', '03012345678', '0151/23456789', '+49 30 1234567'])
      expect(releasedAnswer(typed, 'wrong')).toMatch(/^(out-of-range|unreadable)$/);
  });

  it('when the checker read a decimal, a mixed number, a percentage or letters, then they keep their normalised form', () => {
    expect(releasedAnswer('0,75', 'correct')).toBe('0,75');
    expect(releasedAnswer('1 1/2', 'correct')).toBe('1 1/2');
    expect(releasedAnswer('25 %', 'correct')).toBe('25 %');
    expect(releasedAnswer('99999', 'correct')).toBe('99999');
    expect(releasedAnswer('x = 12/8', 'wrong')).toBe('x = 3/2');
    expect(releasedAnswer('B', 'wrong')).toBe('B');
    expect(releasedAnswer('C, A, B', 'correct')).toBe('C, A, B');
  });

  it('when the attempt was unreadable or the stored reading is not one the checker writes, then the file says "unreadable"', () => {
    expect(releasedAnswer(null, 'unreadable')).toBe('unreadable');
    expect(releasedAnswer('Lena Müller', 'wrong')).toBe('unreadable');
    expect(releasedAnswer(null, 'wrong')).toBeNull();
  });
});

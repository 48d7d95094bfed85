import { describe, expect, it } from 'vitest';
import { extractEvents, findEvents } from '../../../core/article/extract-events';

describe('findEvents', () => {
  it.each([
    ['The 16th Meeting of the Experts\' Working Group on Peacekeeping Operations (EWG PKO) took place via video conference on October 11.', ["The 16th Meeting of the Experts' Working Group on Peacekeeping Operations"]],
    ['such as the 17th meeting of ADMM EWG on peacekeeping operations.', ['the 17th meeting of ADMM EWG on peacekeeping operations']],
    ['A seminar on women, peace and security will be organised.', ['A seminar on women, peace and security']],
    ['to attend training courses on UN peacekeeping organised by Japan.', ['training courses on UN peacekeeping']],
    ['Hamada held talks with Indonesian Defence Minister Prabowo Subianto in Jakarta.', ['talks with Indonesian Defence Minister Prabowo Subianto']],
    ['The Shangri-La Dialogue and a joint exercise with the Philippines began.', ['The Shangri-La Dialogue', 'a joint exercise with the Philippines']],
    ['during the official visit to Japan by the Prime Minister', ['the official visit to Japan']],
  ])('%s', (text, expected) => {
    expect(findEvents(text)).toEqual(expected);
  });

  it.each([
    'The talks went well at multilateral forums.',
    'It took place via video conference on October 11.',
    'Of course, in the course of the year they will visit Japan.',
    'They agreed to exercise restraint.',
  ])('finds none in %j', (text) => {
    expect(findEvents(text)).toEqual([]);
  });
});

describe('extractEvents', () => {
  it('gives each event once with the paragraphs naming it', () => {
    expect(extractEvents(['The ADMM Retreat and the 9th ADMM-Plus meeting.', 'Before the 9th ADMM-Plus meeting, delegates met.'])).toEqual([
      { text: 'the 9th ADMM-Plus meeting', paragraphs: [0, 1] },
    ]);
  });
});

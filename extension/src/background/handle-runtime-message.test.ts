import { describe, expect, it } from 'vitest';

import { handleRuntimeMessage } from './handle-runtime-message.ts';

describe('handleRuntimeMessage', () => {
  it('answers a ping with the extension version', () => {
    expect(handleRuntimeMessage({ type: 'verwonder/ping' }, '0.1.0')).toEqual({
      type: 'verwonder/pong',
      version: '0.1.0',
    });
  });

  it.each([null, 'ping', {}, { type: 'other/ping' }, { type: 'verwonder/ping', extra: 1 }])(
    'ignores %j',
    (message) => {
      expect(handleRuntimeMessage(message, '0.1.0')).toBeUndefined();
    },
  );
});

import { defineMessages } from '../catalogue';

/** Words only assistive technology and keyboard users meet: skip links, landmark names. */
export const a11yMessages = defineMessages({
  en: {
    'a11y.skipToNote': 'Skip to note',
  },
  vi: {
    'a11y.skipToNote': 'Chuyển đến ghi chú',
  },
});

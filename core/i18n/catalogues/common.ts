import { defineMessages } from '../catalogue';

/** Words shared by many screens. */
export const commonMessages = defineMessages({
  en: {
    'common.appName': 'Briefing Desk',
    'common.untitled': 'Untitled',
    'common.ok': 'OK',
    'common.cancel': 'Cancel',
    'common.close': 'Close',
  },
  vi: {
    'common.appName': 'Briefing Desk',
    'common.untitled': 'Chưa đặt tên',
    'common.ok': 'Đồng ý',
    'common.cancel': 'Hủy',
    'common.close': 'Đóng',
  },
});

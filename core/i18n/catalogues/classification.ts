import { defineMessages } from '../catalogue';

/** Choosing a note's classification, and adding a level of one's own. */
export const classificationMessages = defineMessages({
  en: {
    'classification.scheme': 'Marking scheme',
    'classification.schemeLabel': 'Marking ',
    'classification.level': 'Classification',
    'classification.levelLabel': 'Classification ',
    'classification.banner': 'Classification banner',
    'classification.unmarked': 'Unmarked',
    'classification.otherLevel': 'Other level…',
    'classification.addTitle': 'Add a classification level',
    'classification.nameError': 'Give the level a name of at most 60 characters.',
    'classification.levelName': 'Level name',
    'classification.bannerColour': 'Banner colour',
    'classification.addLevel': 'Add level',
  },
  vi: {
    'classification.scheme': 'Hệ thống đánh dấu mật',
    'classification.schemeLabel': 'Hệ thống ',
    'classification.level': 'Độ mật',
    'classification.levelLabel': 'Độ mật ',
    'classification.banner': 'Dải độ mật',
    'classification.unmarked': 'Không đánh dấu',
    'classification.otherLevel': 'Độ mật khác…',
    'classification.addTitle': 'Thêm độ mật',
    'classification.nameError': 'Đặt tên độ mật, tối đa 60 ký tự.',
    'classification.levelName': 'Tên độ mật',
    'classification.bannerColour': 'Màu dải độ mật',
    'classification.addLevel': 'Thêm độ mật',
  },
});
